import { css } from 'lit';
import { controls, hostStyles } from '../internal/styles.js';

export const styles = [
  hostStyles,
  controls,
  css`
    :host {
      --_link: var(--notice-checklist-link-color, var(--_token-link));
      --_focus: var(--notice-checklist-focus-color, var(--_token-focus));
      border-block-end: 1px solid var(--notice-checklist-border-color, var(--_token-border));
      overflow-wrap: anywhere;
      --_font-size: var(--notice-checklist-font-size);
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
      accent-color: var(--notice-checklist-accent, var(--_token-accent));
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
