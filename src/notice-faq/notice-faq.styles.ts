import { css } from 'lit';
import { controls } from '../internal/styles.js';

// The host's font size and line height are !important: inside a shadow root that beats even
// the page's `all: unset !important`, so no site stylesheet can make the notice illegible.
export const styles = [
  controls,
  css`
    :host {
      --_link: var(--notice-faq-accent, light-dark(#0b4f9c, #9cc7ff));
      --_focus: var(--notice-faq-focus-color, light-dark(#0b4f9c, #ffd54f));

      display: block;
      font-family: var(--notice-faq-font-family, inherit);
      font-size: var(--notice-faq-font-size, 1rem) !important;
      line-height: 1.5 !important;
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
      border-block-end: 1px solid var(--notice-faq-border-color, light-dark(#b1b4b6, #5c6166));
    }

    /* Answers rendered from a notice file live here, out of the page's reach. */
    notice-faq-item p {
      margin-block: 0 0.75em;
    }

    notice-faq-item a {
      color: var(--_link);
    }

    @media print {
      [part='controls'] {
        display: none;
      }
    }
  `,
];
