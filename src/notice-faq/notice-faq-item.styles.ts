import { css } from 'lit';
import { controls, hostStyles, visuallyHidden } from '../internal/styles.js';

export const styles = [
  hostStyles,
  controls,
  visuallyHidden,
  css`
    :host {
      --_focus: var(--notice-faq-focus-color, var(--_token-focus));
      border-block-start: 1px solid var(--notice-faq-border-color, var(--_token-border));
      color: inherit;
      --_font-family: var(--notice-faq-font-family);
      --_font-size: var(--notice-faq-font-size);
    }

    [part='heading'] {
      margin: 0;
      font-size: var(--notice-faq-heading-size, 1.125em);
      font-weight: 700;
      line-height: 1.35;
    }

    /* The containing block of the visually hidden comma: without one of its own, every item's lands
       on the page's, and Chromium's layout grows with the square of their number (opening 4,000
       items at once took seconds). */
    button {
      position: relative;
      display: flex;
      /* "Show ⌄" is smaller than the question: on its first line's baseline, not its top. */
      align-items: baseline;
      justify-content: space-between;
      gap: 1rem;
      inline-size: 100%;
      min-block-size: 44px;
      margin: 0;
      padding: 0.75rem 0.25rem;
      border: 0;
      background: none;
      color: var(--notice-faq-accent, var(--_token-accent));
      font: inherit;
      text-align: start;
      cursor: pointer;
    }

    button:hover [part='heading-text'] {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    [part='heading-text'] {
      flex: 1;
    }

    [part='state'] {
      display: inline-flex;
      flex: none;
      align-items: center;
      gap: 0.25rem;
      font-size: 0.875rem;
      font-weight: 400;
    }

    [part='icon'] {
      inline-size: 1em;
      block-size: 1em;
    }

    :host([open]) [part='icon'] {
      transform: rotate(180deg);
    }

    /* Space goes on the inner box: a closed answer (content-visibility: hidden) keeps its own. */
    .answer {
      padding: 0 0.25rem 1rem;
    }

    .answer ::slotted(:first-child) {
      margin-block-start: 0;
    }

    .answer ::slotted(:last-child) {
      margin-block-end: 0;
    }

    /* Only the question the patient is on turns its chevron smoothly: WebKit's cost of opening
       many answers at once ("Show all sections") grows with the square of the running
       transitions. */
    @media (prefers-reduced-motion: no-preference) {
      button:is(:hover, :focus) [part='icon'] {
        transition: transform 0.2s ease;
      }
    }

    @media (forced-colors: active) {
      button {
        color: ButtonText;
      }
    }

    /* On paper, and in a browser without script, every answer shows (the button cannot open it
       there); the screen state is untouched. */
    @media print, (scripting: none) {
      [part='content'] {
        display: block !important;
        content-visibility: visible !important;
      }

      [part='state'] {
        display: none;
      }

      button {
        color: inherit;
      }
    }
  `,
];
