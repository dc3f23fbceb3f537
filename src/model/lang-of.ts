import type { LocalizedNotice } from './localize.js';

/**
 * The language a field of the view is in: the translation's, or the main one where it fell back.
 * Apart from localize.ts, which the elements load only with a notice file, because every element
 * asks it while rendering.
 */
export function langOf(view: LocalizedNotice, path: string): string {
  return view.translation && !view.fallbacks.has(path) ? view.translation : view.lang;
}
