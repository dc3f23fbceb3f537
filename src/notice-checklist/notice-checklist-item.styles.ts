import { css } from 'lit';
import { controls } from '../internal/styles.js';

// The host's font size and line height are !important: inside a shadow root that beats even
// the page's `all: unset !important`, so no site stylesheet can make the notice illegible.
export const styles = [
  controls,
  css`
    :host {
      --_link: var(--notice-checklist-link-color, light-dark(#0b4f9c, #9cc7ff));
      --_focus: var(--notice-checklist-focus-color, light-dark(#0b4f9c, #ffd54f));

      display: block;
      border-block-end: 1px solid var(--notice-checklist-border-color, light-dark(#b1b4b6, #5c6166));
      overflow-wrap: anywhere;
      font-size: var(--notice-checklist-font-size, 1rem) !important;
      line-height: 1.5 !important;
    }

    [part='base'] {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.75rem;
      padding-block: 0.75rem;
    }

    [part='checkbox'] {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--notice-checklist-accent, light-dark(#0b4f9c, #9cc7ff));
      cursor: pointer;
    }

    [part='label'] {
      display: block;
      font-weight: 700;
      cursor: pointer;
    }

    [part='detail'] {
      margin-block-start: 0.25rem;
    }

    [part='detail'][hidden] {
      display: none;
    }

    [part='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin-block-start: 0.25rem;
    }

    @media (forced-colors: active) {
      [part='checkbox'] {
        accent-color: auto;
      }
    }

    /* On paper: the box to tick by hand, the step, and where its link goes. */
    @media print {
      :host {
        break-inside: avoid;
      }
    }
  `,
];
