import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

export const styles = [
  hostStyles,
  css`
    :host {
      /* A notice page is long: holding a screen's height from the start keeps what follows the
       notice below the fold, so nothing visible moves when the file arrives. */
      min-block-size: var(--notice-document-min-block-size, 100vh);
      color: inherit;
      --_font-family: var(--notice-document-font-family);
      overflow-wrap: anywhere;
      --_font-size: var(--notice-document-font-size);
      --_line-height: 1.55;
    }

    [part='base'] {
      max-inline-size: var(--notice-document-max-width, 44rem);
    }

    [part='title'] {
      margin: 0 0 0.25rem;
      color: var(--notice-document-heading-color, inherit);
      font-size: 2em;
      line-height: 1.2;
    }

    /* One line per language, no bullets: a right-to-left line's bullet would sit past the list's
       right edge (outside the page at 320 px). */
    .taglines {
      padding: 0;
      list-style: none;
    }

    .taglines li + li {
      margin-block-start: 0.5rem;
    }

    [part='meta'],
    [part='status'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0 0 0.25rem;
    }

    [part='status'] {
      font-weight: 700;
    }

    [part='section'] {
      margin-block-start: 2rem;
    }

    [part='section-heading'] {
      margin: 0 0 0.75rem;
      color: var(--notice-document-heading-color, inherit);
      font-size: 1.5em;
      line-height: 1.25;
    }

    p {
      margin: 0 0 0.75em;
    }

    ul {
      margin: 0 0 0.75em;
      padding-inline-start: 1.5em;
    }

    a {
      color: var(--notice-document-link-color, var(--_token-link));
      text-underline-offset: 0.15em;
    }

    a:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }

    [part='checklist'],
    [part='contact'],
    [part='faq'] {
      margin-block-start: 1rem;
    }

    @media (forced-colors: active) {
      a {
        color: LinkText;
      }
    }

    /* On letter paper: legal sizes (never below 10pt), headings kept with their text. */
    @media print {
      :host {
        font-size: 11pt;
      }

      [part='base'] {
        max-inline-size: none;
      }

      [part='title'] {
        font-size: 18pt;
      }

      [part='section-heading'] {
        font-size: 14pt;
        break-after: avoid;
      }

      [part='section'] {
        margin-block-start: 14pt;
      }

      p,
      li {
        orphans: 3;
        widows: 3;
      }

      a[href^='http']::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
