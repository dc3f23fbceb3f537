import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--notice-faq-font-family, inherit);
  }

  [part='controls'] {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.25rem;
  }

  [part='toggle-all'] {
    min-block-size: 44px;
    padding: 0.5rem 0.25rem;
    border: 0;
    background: none;
    color: var(--notice-faq-accent, light-dark(#0b4f9c, #9cc7ff));
    font: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  [part='toggle-all']:focus-visible {
    outline: 3px solid var(--notice-faq-focus-color, light-dark(#0b4f9c, #ffd54f));
    outline-offset: 2px;
  }

  [part='items'] {
    border-block-end: 1px solid var(--notice-faq-border-color, light-dark(#b1b4b6, #5c6166));
  }

  @media (forced-colors: active) {
    [part='toggle-all'] {
      color: ButtonText;
    }
  }

  @media print {
    [part='controls'] {
      display: none;
    }
  }
`;
