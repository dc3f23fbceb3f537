import { css } from 'lit';
import { blockHeading, controls, hostStyles, visuallyHidden } from '../internal/styles.js';

export const styles = [
  hostStyles,
  controls,
  blockHeading,
  visuallyHidden,
  css`
    :host {
      --_link: var(--notice-checklist-link-color, var(--_token-link));
      --_focus: var(--notice-checklist-focus-color, var(--_token-focus));
      --_heading-size: var(--notice-checklist-heading-size, 1.5em);
      --_font-family: var(--notice-checklist-font-family);
      --_font-size: var(--notice-checklist-font-size);
    }

    [hidden] {
      display: none !important;
    }

    [part='progress-line'] {
      display: grid;
      gap: 0.25rem;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--notice-checklist-border-color, var(--_token-border));
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
      background: var(--notice-checklist-track-color, var(--_token-track));
      overflow: hidden;
    }

    progress::-webkit-progress-bar {
      background: var(--notice-checklist-track-color, var(--_token-track));
    }

    progress::-webkit-progress-value {
      background: var(--notice-checklist-accent, var(--_token-accent));
    }

    progress::-moz-progress-bar {
      background: var(--notice-checklist-accent, var(--_token-accent));
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

    /* Forced colours would paint the fill in the page's background colour, i.e. not at all: the
       bar keeps its own colours, taken from the system's (a Highlight fill on a Canvas track). */
    @media (forced-colors: active) {
      progress {
        forced-color-adjust: none;
        border: 1px solid CanvasText;
        background: Canvas;
        color: Highlight;
      }

      progress::-webkit-progress-bar {
        background: Canvas;
      }

      progress::-webkit-progress-value {
        background: currentcolor;
      }

      progress::-moz-progress-bar {
        background: currentcolor;
      }
    }

    /* On paper, and without script (where nothing would count the ticks or remember them): the
       heading and the steps with their boxes. */
    @media print, (scripting: none) {
      [part='progress-line'],
      [part='start-over'] {
        display: none;
      }
    }
  `,
];
