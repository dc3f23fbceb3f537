import { css } from 'lit';
import { blockHeading, controls, hostStyles } from '../internal/styles.js';

export const styles = [
  hostStyles,
  controls,
  blockHeading,
  css`
    :host {
      --_link: var(--notice-contact-link-color, var(--_token-link));
      --_focus: var(--notice-contact-focus-color, var(--_token-focus));
      --_heading-size: var(--notice-contact-heading-size, 1.5em);
      --_font-family: var(--notice-contact-font-family);
      overflow-wrap: anywhere;
      --_font-size: var(--notice-contact-font-size);
    }

    [part='base'] {
      padding: var(--notice-contact-padding, 1rem 1.25rem);
      border: 1px solid var(--notice-contact-border-color, var(--_token-border));
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
