import { svg, type SVGTemplateResult } from 'lit';
import type { BannerSeverity } from './notice-banner.js';

/** The icon of each severity, drawn on a 24-unit square. */
export const SEVERITY_ICONS: Record<BannerSeverity, SVGTemplateResult> = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
    <path d="M12 10.5v6.5M12 7v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  warning: svg`<path d="M12 2.5 22.5 21h-21z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
    <path d="M12 9.5v5M12 17.5v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  critical: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor"/>
    <path d="M12 6.5v7M12 17v.5" stroke="Canvas" stroke-width="2.5" stroke-linecap="round"/>`,
};

/** The dismiss button's cross. */
export const CLOSE_ICON = svg`<path d="M5 5l14 14M19 5 5 19" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`;
