import { LitElement, css, html } from 'lit';

/**
 * The benchmark's baseline: one trivial Lit element that shows its text, with the same words as
 * the notice pages. It costs what Lit itself costs; the ratio to it is what clinic-notice adds.
 */
class BenchText extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  protected override render() {
    return html`<slot></slot>`;
  }
}

customElements.define('bench-text', BenchText);
