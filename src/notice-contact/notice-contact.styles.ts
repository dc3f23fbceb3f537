import { css } from 'lit';
import { blockHeading, controls } from '../internal/styles.js';

// The host's font size and line height are !important: inside a shadow root that beats even
// the page's `all: unset !important`, so no site stylesheet can make the notice illegible.
export const styles = [
  controls,
  blockHeading,
  css`
    :host {
      --_link: var(--notice-contact-link-color, light-dark(#0b4f9c, #9cc7ff));
      --_focus: var(--notice-contact-focus-color, light-dark(#0b4f9c, #ffd54f));
      --_heading-size: var(--notice-contact-heading-size, 1.5em);

      display: block;
      font-family: var(--notice-contact-font-family, inherit);
      overflow-wrap: anywhere;
      font-size: var(--notice-contact-font-size, 1rem) !important;
      line-height: 1.5 !important;
    }

    [part='base'] {
      padding: var(--notice-contact-padding, 1rem 1.25rem);
      border: 1px solid var(--notice-contact-border-color, light-dark(#b1b4b6, #5c6166));
      border-inline-start-width: 0.5rem;
      border-radius: 0.25rem;
      background: var(--notice-contact-background, transparent);
    }

    [part='list'] {
      display: grid;
      gap: 0.75rem;
      margin: 0;
    }

    dt {
      font-weight: 700;
    }

    dd {
      margin: 0;
    }

    [part='phone'] {
      font-size: 1.25em;
      font-weight: 700;
    }

    [part='active-until'] {
      display: block;
    }

    [part='address'] {
      white-space: pre-line;
    }

    ::slotted(*) {
      margin-block: 0.75rem 0;
    }

    @media (forced-colors: active) {
      [part='base'] {
        border-color: CanvasText;
      }
    }

    @media print {
      [part='base'] {
        border-color: #000;
      }
    }
  `,
];
