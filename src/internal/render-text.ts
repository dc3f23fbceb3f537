import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseText, type Paragraph } from '../model/text.js';

/**
 * A notice text field as DOM: one `<p>` per paragraph, `<a>` for each safe link, and the label
 * alone for a link that was refused. Lit puts every string in a text node: nothing is parsed as
 * HTML.
 */
export function renderText(text: string | undefined, lang?: string) {
  const paragraphs = parseText(text);
  if (!paragraphs.length) return nothing;
  return paragraphs.map((runs) => html`<p lang=${ifDefined(lang)}>${runs.map(renderRun)}</p>`);
}

/** One paragraph's content, for places that hold phrasing content only (a `<li>`, a `<dd>`). */
export function renderInline(text: string | undefined) {
  return parseText(text).map(
    (runs: Paragraph, index) => html`${index ? html`<br /><br />` : nothing}${runs.map(renderRun)}`,
  );
}

function renderRun(run: Paragraph[number]) {
  if (typeof run === 'string') return run;
  return run.href ? html`<a href=${run.href}>${run.label}</a>` : run.label;
}
