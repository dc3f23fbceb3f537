import { translatableFields } from './fields.js';
import type { Notice, Translation } from './notice.types.js';
import { join, segments, valueAt } from './paths.js';

/** A notice in one language: the translation's fields where it has them, the main text elsewhere. */
export interface LocalizedNotice extends Notice {
  /** The translation used, or `undefined` for the main language (`lang` stays the main one). */
  translation?: string;
  /** Paths of the text fields that fell back to the main language (`sections.whatHappened`). */
  fallbacks: Set<string>;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The key of the translation that suits `lang` (`es-MX` → `es-MX`, else `es`), if any. */
export function pickTranslation(notice: Notice, lang: string): string | undefined {
  if (primary(lang) === primary(notice.lang) && lang.toLowerCase() !== notice.lang.toLowerCase()) {
    const exact = Object.keys(notice.translations ?? {}).find(
      (key) => key.toLowerCase() === lang.toLowerCase(),
    );
    return exact;
  }
  if (primary(lang) === primary(notice.lang)) return undefined;
  const keys = Object.keys(notice.translations ?? {});
  return (
    keys.find((key) => key.toLowerCase() === lang.toLowerCase()) ??
    keys.find((key) => key.toLowerCase() === primary(lang)) ??
    keys.find((key) => primary(key) === primary(lang))
  );
}

/**
 * The notice as a reader of `lang` should see it. Each translatable field (see `fields.ts`) comes
 * from the matching translation when it has that field, else from the main language (recorded in
 * `fallbacks`).
 */
export function localize(notice: Notice, lang: string): LocalizedNotice {
  const key = pickTranslation(notice, lang);
  const translation: Translation | undefined = key ? notice.translations?.[key] : undefined;
  const fallbacks = new Set<string>();
  if (!translation) return { ...notice, fallbacks };
  const view: LocalizedNotice = { ...structuredClone(notice), translation: key, fallbacks };
  for (const field of translatableFields(notice, translation)) {
    if (field.own !== undefined && setAt(view, field.path, field.own)) continue;
    if (field.main !== undefined) fallbacks.add(field.path);
  }
  return view;
}

/** Sets the value at `path` when everything above it exists; returns whether it did. */
function setAt(root: object, path: string, value: string): boolean {
  const keys = segments(path);
  const last = keys.pop()!;
  const parent = valueAt(
    root,
    keys.reduce<string>((at, k) => join(at, k), ''),
  );
  if (parent === null || typeof parent !== 'object') return false;
  (parent as Record<string | number, unknown>)[last] = value;
  return true;
}
