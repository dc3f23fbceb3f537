import { html, nothing } from 'lit';
import { directionOf } from '../internal/language.js';
import { renderInline } from '../internal/render.js';
import type { Notice } from '../model/notice.types.js';

/**
 * The notice's taglines (`languageAssistance`), each in its own language: every line carries its
 * `lang` and `dir`, so a screen reader switches voice and Arabic or Persian reads right to left
 * inside an English page (Section 1557, 45 CFR 92.11: patients are told, in their languages,
 * that language help is free).
 */
export function renderTaglines(lines: Notice['languageAssistance']) {
  if (!lines?.length) return nothing;
  return html`<ul part="taglines" class="taglines">
    ${lines.map(
      (line) =>
        html`<li lang=${line.lang} dir=${directionOf(line.lang)}>${renderInline(line.text)}</li>`,
    )}
  </ul>`;
}
