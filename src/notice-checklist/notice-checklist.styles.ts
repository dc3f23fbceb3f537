import { css } from 'lit';
import { blockHeading, controls, visuallyHidden } from '../internal/styles.js';

// The host's font size and line height are !important: inside a shadow root that beats even
// the page's `all: unset !important`, so no site stylesheet can make the notice illegible.
export const styles = [
  controls,
  blockHeading,
  visuallyHidden,
  css`
    :host {
      --_link: var(--notice-checklist-link-color, light-dark(#0b4f9c, #9cc7ff));
      --_focus: var(--notice-checklist-focus-color, light-dark(#0b4f9c, #ffd54f));
      --_heading-size: var(--notice-checklist-heading-size, 1.5em);

      display: block;
      font-family: var(--notice-checklist-font-family, inherit);
      font-size: var(--notice-checklist-font-size, 1rem) !important;
      line-height: 1.5 !important;
    }

    [hidden] {
      display: none !important;
    }

    [part='progress-line'] {
      display: grid;
      gap: 0.25rem;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--notice-checklist-border-color, light-dark(#b1b4b6, #5c6166));
    }

    [part='progress-text'] {
      font-weight: 700;
    }

    progress {
      appearance: none;
      inline-size: 100%;
      block-size: 0.5rem;
      border: 0;
      border-radius: 0.25rem;
      background: var(--notice-checklist-track-color, light-dark(#dfe3e6, #3a3f44));
      overflow: hidden;
    }

    progress::-webkit-progress-bar {
      background: var(--notice-checklist-track-color, light-dark(#dfe3e6, #3a3f44));
    }

    progress::-webkit-progress-value {
      background: var(--notice-checklist-accent, light-dark(#0b4f9c, #9cc7ff));
    }

    progress::-moz-progress-bar {
      background: var(--notice-checklist-accent, light-dark(#0b4f9c, #9cc7ff));
    }

    [part='start-over'] {
      margin-block-start: 0.5rem;
    }

    /* Links in steps rendered from a notice file, which live here. */
    notice-checklist-item a {
      color: var(--_link);
    }

    @media (prefers-reduced-motion: no-preference) {
      progress::-webkit-progress-value {
        transition: inline-size 0.2s ease;
      }
    }

    @media (forced-colors: active) {
      progress {
        appearance: auto;
        border: 1px solid CanvasText;
      }
    }

    /* On paper: the heading and the steps with their boxes, nothing to press. */
    @media print {
      [part='progress-line'],
      [part='start-over'] {
        display: none;
      }
    }
  `,
];
