import { css } from 'lit';
import { controls, hostStyles } from '../internal/styles.js';

export const styles = [
  hostStyles,
  controls,
  css`
    :host {
      --_link: var(--notice-faq-accent, var(--_token-accent));
      --_focus: var(--notice-faq-focus-color, var(--_token-focus));
      --_font-family: var(--notice-faq-font-family);
      --_font-size: var(--notice-faq-font-size);
    }

    [part='controls'] {
      display: flex;
      justify-content: flex-end;
      margin-block-end: 0.25rem;
    }

    [part='toggle-all'] {
      font-weight: 700;
    }

    [part='items'] {
      border-block-end: 1px solid var(--notice-faq-border-color, var(--_token-border));
    }

    /* Answers rendered from a notice file live here, out of the page's reach. */
    notice-faq-item p {
      margin-block: 0 0.75em;
    }

    notice-faq-item a {
      color: var(--_link);
    }

    /* "Show all sections" has nothing to do on paper or without script: every answer shows. */
    @media print, (scripting: none) {
      [part='controls'] {
        display: none;
      }
    }
  `,
];
