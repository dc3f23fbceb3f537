import { css } from 'lit';
import { hostStyles, visuallyHidden } from '../internal/styles.js';

export const styles = [
  hostStyles,
  visuallyHidden,
  css`
    :host {
      /* The severity's palette; each custom property the page sets wins over it. */
      --_accent: light-dark(#8a4b00, #ffb347);
      --_background: light-dark(#fff4e5, #2e1f0a);
      --_color: light-dark(#1f1a14, #fbf4ea);
      --_link: var(--_token-link);
      --_focus: var(--_token-focus);
      container-type: inline-size;
      box-sizing: border-box;
      color: var(--notice-banner-color, var(--_color));
      --_font-family: var(--notice-banner-font-family);
      overflow-wrap: anywhere;
      --_font-size: var(--notice-banner-font-size);
    }

    .banner[data-severity='info'] {
      --_accent: light-dark(#0b5cab, #7fb8ff);
      --_background: light-dark(#eef5fc, #0d2238);
    }

    .banner[data-severity='critical'] {
      --_accent: light-dark(#b3261e, #ff8a80);
      --_background: light-dark(#fdeceb, #3a1210);
    }

    :host(:state(dismissed)),
    :host(:state(scheduled)),
    :host(:state(expired)) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    .banner {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: start;
      gap: var(--notice-banner-gap, 0.75rem);
      padding: var(--notice-banner-padding, 1rem 1.25rem);
      background: var(--notice-banner-background, var(--_background));
      border: 1px solid var(--notice-banner-accent, var(--_accent));
      border-inline-start-width: 0.5rem;
      border-radius: var(--notice-banner-radius, 0.25rem);
      /* The space the page reserved before the script ran (see the README): same height, no shift.
         Room beyond what the content needs goes below it: the rows keep their own height. */
      min-block-size: var(--notice-banner-min-block-size, auto);
      align-content: start;
    }

    .icon {
      grid-column: 1;
      grid-row: 1;
      inline-size: 1.75rem;
      block-size: 1.75rem;
      color: var(--notice-banner-accent, var(--_accent));
    }

    .icon svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }

    .content {
      grid-column: 2;
      min-inline-size: 0;
    }

    /* On a phone, or at 400 % zoom, the text takes the full width under the icon and button. */
    @container (max-width: 30rem) {
      .content {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }

    [part='label'] {
      margin: 0;
      font-size: 0.875em;
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
      color: var(--notice-banner-accent, var(--_accent));
    }

    [part='heading'] {
      margin: 0.125rem 0 0.5rem;
      font-size: var(--notice-banner-heading-size, 1.25em);
      font-weight: 700;
      line-height: 1.3;
    }

    .body ::slotted(*) {
      margin-block: 0 0.5rem;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0.5rem 0 0;
    }

    a {
      display: inline-block;
      min-block-size: 24px;
      color: var(--notice-banner-link-color, var(--_link));
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    a:hover {
      text-decoration-thickness: 0.15em;
    }

    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin: 0.5rem 0 0;
      font-size: 0.875em;
    }

    .dismiss {
      grid-column: 3;
      grid-row: 1;
      display: inline-grid;
      place-items: center;
      min-inline-size: 44px;
      min-block-size: 44px;
      margin-block: -0.5rem;
      margin-inline-end: -0.75rem;
      padding: 0.5rem;
      border: 2px solid transparent;
      border-radius: var(--notice-banner-radius, 0.25rem);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }

    .dismiss svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }

    .dismiss:hover {
      border-color: currentColor;
    }

    a:focus-visible,
    .dismiss:focus-visible {
      outline: 3px solid var(--notice-banner-focus-color, var(--_focus));
      outline-offset: 2px;
    }

    @media (prefers-reduced-motion: no-preference) {
      .dismiss {
        transition: border-color 0.15s ease;
      }
    }

    @media (forced-colors: active) {
      .banner {
        border-color: CanvasText;
      }

      .icon,
      [part='label'] {
        color: CanvasText;
      }

      .dismiss {
        border-color: ButtonText;
      }

      a:focus-visible,
      .dismiss:focus-visible {
        outline-color: Highlight;
      }
    }

    /* Without script the button could not dismiss anything. */
    @media print, (scripting: none) {
      .dismiss {
        display: none;
      }
    }

    @media print {
      .banner {
        background: none;
        color: #000;
      }
    }
  `,
];
