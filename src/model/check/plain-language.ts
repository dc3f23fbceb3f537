/**
 * HIPAA asks for a notice "written in plain language" (164.404(c)(2)). The checker estimates the
 * school grade each English section reads at (the Flesch–Kincaid grade level: longer sentences
 * and longer words read harder) and warns above grade 8, the usual target for patient
 * materials. An estimate, not a judgement: a short, clear text with one long word can score
 * high, so texts of fewer than 40 words are not scored.
 */
import type { Notice } from '../notice.types.js';
import { valueAt } from '../paths.js';
import type { Report } from './rules.js';

export const TARGET_GRADE = 8;
const MIN_WORDS = 40;

/** The sections patients read as prose, in the order of the notice. */
const PROSE = [
  'summary',
  'sections.whatHappened',
  'sections.informationInvolved.text',
  'sections.whatWeAreDoing',
  'sections.whatYouCanDo.text',
  'sections.otherImportantInformation',
  'sections.forMoreInformation',
];

/** Syllables in an English word, by its vowel groups (a silent final "e" is not one). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 1);
}

/** The Flesch–Kincaid grade of `text`, or `undefined` for a text too short to score. */
export function gradeLevel(text: string): number | undefined {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a link reads as its label
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/\+?\d[\d\s().-]{6,}\d/g, ' '); // phone numbers are read, not parsed
  const words = plain.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const sentences = Math.max(
    1,
    plain.split(/[.!?]+(?:\s|$)|\n\s*\n/).filter((s) => /[A-Za-z]/.test(s)).length,
  );
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}

export function plainLanguage(n: Notice, report: Report) {
  if (!/^en\b/i.test(n.lang)) return;
  for (const path of PROSE) {
    const text = valueAt(n, path);
    if (typeof text !== 'string') continue;
    const score = gradeLevel(text);
    const grade = score === undefined ? undefined : Math.round(score);
    if (grade === undefined || grade <= TARGET_GRADE) continue;
    report(
      'plainLanguage',
      path,
      `${path} reads at about grade ${grade} (Flesch–Kincaid); patient materials aim for grade ${TARGET_GRADE} or under, and HIPAA asks for plain language. Shorter sentences and everyday words bring it down.`,
    );
  }
}
