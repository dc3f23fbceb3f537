import { css } from 'lit';

/**
 * Styles every element shares. Each element sets `--_link`, `--_focus` and `--_border` on its
 * host from its own public custom properties (`--notice-faq-focus-color` …).
 */

/** Text for screen readers only: status messages, the words that give a button its full name. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Links, buttons that read as links (`.link-button`), and one visible focus ring for all. */
export const controls = css`
  a,
  .link-button {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  a {
    display: inline-block;
    min-block-size: 24px;
  }

  .link-button {
    min-block-size: 44px;
    padding: 0.5rem 0.25rem;
    border: 0;
    background: none;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    a {
      color: LinkText;
    }

    .link-button {
      color: ButtonText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* On paper a link shows where it goes. */
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;

/** The heading of a block (checklist, contact). */
export const blockHeading = css`
  [part='heading'] {
    margin: 0 0 0.5rem;
    font-size: var(--_heading-size);
    line-height: 1.25;
  }
`;
