import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, machineDate, type NoticeDate } from '../model/dates.js';
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

/** A date as the reader's language writes it, inside a machine-readable `<time>`. */
export function renderDate(value: NoticeDate, lang: string) {
  return html`<time datetime=${machineDate(value)}>${formatDate(value, lang)}</time>`;
}

/** "Posted November 20, 2026": a label and a date, or nothing without a date. */
export function renderDated(label: string, value: NoticeDate | undefined, lang: string) {
  return value ? html`<span>${label} ${renderDate(value, lang)}</span>` : nothing;
}
