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

/**
 * A phone number or a date: three groups of digits or more, with hyphens, dots or spaces between
 * (`1-800-555-0142`, `(800) 555-0142`, `2026-11-20`).
 */
const NUMBER = /(\+?(?:\(\d+\)[ .-]?)?\d+(?:[ .-]\d+){2,})/;

/**
 * Text with each number in it isolated left to right. In Arabic or Persian text the bidirectional
 * algorithm reads digits as Arabic numbers and the hyphens between them as neutral, and so shows
 * 1-800-555-0142 as 0142-555-800-1: a patient would dial other digits than were written.
 */
function isolateNumbers(text: string) {
  return text
    .split(NUMBER)
    .map((part, index) => (index % 2 ? html`<span class="number" dir="ltr">${part}</span>` : part));
}

function renderRun(run: Paragraph[number]) {
  if (typeof run === 'string') return isolateNumbers(run);
  if (!run.href) return isolateNumbers(run.label);
  return run.href.startsWith('tel:')
    ? html`<a class="number" href=${run.href} dir="ltr">${run.label}</a>`
    : html`<a href=${run.href}>${isolateNumbers(run.label)}</a>`;
}

/**
 * Keeps text the server wrote while its key stays the same (`NoticeElement.keep`): gives `text()`,
 * or a stand-in Lit leaves the server's words in place of.
 */
export type Keep = (key: string, text: () => string, stays?: boolean) => string;

/**
 * Text with dates in it (`text` makes it), kept as the server wrote it while the dates and `key`
 * (what else the text depends on: the language, …) stay the same. A time of day is written again
 * once hydrated: its calendar day depends on the reader's time zone.
 */
export function datedText(
  dates: (NoticeDate | undefined)[],
  key: string,
  keep: Keep,
  text: () => string,
) {
  const days = dates.map((date) => (date ? machineDate(date) : '')).join();
  return keep(
    `${days} ${key}`,
    text,
    dates.every((date) => !date || date.dateOnly),
  );
}

/** A date as the reader's language writes it, inside a machine-readable `<time>`. */
export function renderDate(value: NoticeDate, lang: string, keep: Keep) {
  const text = datedText([value], lang, keep, () => formatDate(value, lang));
  return html`<time datetime=${machineDate(value)}>${text}</time>`;
}

/** "Posted November 20, 2026": a label and a date, or nothing without a date. */
export function renderDated(
  label: string,
  value: NoticeDate | undefined,
  lang: string,
  keep: Keep,
) {
  return value ? html`<span>${label} ${renderDate(value, lang, keep)}</span>` : nothing;
}
