import { html, type TemplateResult } from 'lit';
import type { AttributeCheck } from './authoring.js';

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Clamps any attribute value to a heading level, falling back to `fallback`. */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = Number(value);
  return HEADING_LEVELS.includes(level as HeadingLevel) ? (level as HeadingLevel) : fallback;
}

/** The check of a `heading-level` attribute, for an element whose default level is `fallback`. */
export function headingLevelCheck(fallback: HeadingLevel): AttributeCheck<number> {
  return {
    valid: (value) => HEADING_LEVELS.includes(value as HeadingLevel),
    problem: (value) => `heading-level="${value}" is not a number from 1 to 6; using ${fallback}.`,
  };
}

/** A real `<h1>`–`<h6>` with the given id and part, so headings navigation finds it. */
export function heading(
  level: HeadingLevel,
  id: string,
  content: unknown,
  part = 'heading',
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
  }
}
