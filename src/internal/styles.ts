import { css } from 'lit';

/**
 * Styles every element shares. Each element sets `--_link`, `--_focus`, `--_font-family` and
 * `--_font-size` on its host from its own public custom properties (`--notice-faq-focus-color` …),
 * which default to the design tokens below.
 */

/**
 * Every element's host: the design tokens, and the type no site stylesheet can shrink. Font size
 * and line height are !important: inside a shadow root that beats even the page's
 * `all: unset !important`, so no site stylesheet can make the notice illegible.
 *
 * The tokens (`--_token-*`) are the one palette; a page can move every element at once through
 * `--notice-link-color`, `--notice-focus-color`, `--notice-border-color` and
 * `--notice-accent-color`, and each element's own properties still win over them.
 */
export const hostStyles = css`
  :host {
    --_token-link: var(--notice-link-color, light-dark(#0b4f9c, #9cc7ff));
    --_token-focus: var(--notice-focus-color, light-dark(#0b4f9c, #ffd54f));
    --_token-accent: var(--notice-accent-color, light-dark(#0b4f9c, #9cc7ff));
    --_token-border: var(--notice-border-color, light-dark(#b1b4b6, #5c6166));
    --_token-track: light-dark(#dfe3e6, #3a3f44);

    display: block;
    font-family: var(--_font-family, inherit);
    font-size: var(--_font-size, 1rem) !important;
    line-height: var(--_line-height, 1.5) !important;
  }

  /* A phone number or a date in notice text (see render.ts): read whole, on one line. */
  .number {
    white-space: nowrap;
  }
`;

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

  /* No inline padding: its words line up with the text above them ("Start over"). */
  .link-button {
    min-block-size: 44px;
    padding: 0.5rem 0;
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
