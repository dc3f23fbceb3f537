import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en, { type PartialStrings, type Plural, type Strings } from '../translations/en.js';
import { pageRoot } from './dom.js';

/** The words loaded or registered so far, by lower-case tag: English ships with the elements. */
const tables: Record<string, Strings> = { en };

/**
 * The other languages' words, loaded the first time an element in that language updates, so an
 * English page downloads none of them.
 */
const loaders: Record<string, () => Promise<{ default: Strings }>> = {
  // The 15 languages of HHS's national sample taglines, by the key `candidates` gives.
  es: () => import('../translations/es.js'),
  'zh-hans': () => import('../translations/zh-Hans.js'),
  'zh-hant': () => import('../translations/zh-Hant.js'),
  vi: () => import('../translations/vi.js'),
  ko: () => import('../translations/ko.js'),
  tl: () => import('../translations/tl.js'),
  fil: () => import('../translations/tl.js'),
  ru: () => import('../translations/ru.js'),
  ar: () => import('../translations/ar.js'),
  ht: () => import('../translations/ht.js'),
  fr: () => import('../translations/fr.js'),
  pl: () => import('../translations/pl.js'),
  pt: () => import('../translations/pt.js'),
  it: () => import('../translations/it.js'),
  de: () => import('../translations/de.js'),
  ja: () => import('../translations/ja.js'),
  fa: () => import('../translations/fa.js'),
};
const loading: Record<string, Promise<void>> = {};

const found = new Map<string, string[]>();

/**
 * The tables that could serve `lang`, closest first: the tag itself (`pt-br`), its language and
 * script (`zh-TW` and `zh-HK` → `zh-hant`, `zh-CN` → `zh-hans`), its language (`pt`).
 */
function candidates(lang: string): string[] {
  let keys = found.get(lang);
  if (!keys) {
    keys = [lang.toLowerCase()];
    try {
      const full = new Intl.Locale(lang).maximize();
      keys.push(`${full.language}-${full.script}`.toLowerCase(), full.language);
    } catch {
      // Not a tag Intl reads: its first part only.
    }
    keys.push(primary(lang));
    found.set(lang, (keys = [...new Set(keys)]));
  }
  return keys;
}

/** The key of the closest table there is or can be loaded for `lang`, if any. */
function keyFor(lang: string): string | undefined {
  return candidates(lang).find((key) => tables[key] || loaders[key]);
}

/** Whether the words for `lang` are there (or there are none to load: English is used). */
export function wordsReady(lang: string): boolean {
  const key = keyFor(lang);
  return !key || Boolean(tables[key]);
}

/** What pages gave `registerTranslation`, by table key: laid over the shipped table, if any. */
const registered: Record<string, PartialStrings> = {};
/** The tables as shipped, once loaded: what a registered table is laid over. */
const shipped: Record<string, Strings> = { en };

/** `base` with what `table` gives; each group in part, a plural's forms together. */
function over(base: Strings, table: PartialStrings = {}): Strings {
  return {
    ...base,
    ...table,
    severity: { ...base.severity, ...table.severity },
    // A plural's forms go together: English's "one" in a Polish sentence would read wrongly.
    progress: table.progress?.other ? (table.progress as Plural) : base.progress,
  } as Strings;
}

/**
 * Adds the elements' words in another language, or replaces some of a language's: `table` may
 * give any of the keys, and each group in part; what it leaves out is the shipped table's, else
 * English. Elements already on the page in that language re-render.
 */
export function registerTranslation(lang: string, table: PartialStrings): void {
  const key = canonical(lang).toLowerCase();
  const before = registered[key];
  registered[key] = {
    ...before,
    ...table,
    severity: { ...before?.severity, ...table.severity },
    progress: table.progress?.other ? table.progress : before?.progress,
  };
  // A shipped table not loaded yet takes the page's words when it loads.
  if (shipped[key] || !loaders[key]) tables[key] = over(shipped[key] ?? en, registered[key]);
  found.clear();
  hosts.forEach((host) => host.requestUpdate());
}

/** Loads the words for `lang`, once; resolves at once when they are there. */
export function loadWords(lang: string): Promise<void> {
  const key = keyFor(lang);
  if (!key || tables[key]) return Promise.resolve();
  loading[key] ??= loaders[key]!().then((table) => {
    shipped[key] = table.default;
    tables[key] = over(table.default, registered[key]);
  });
  return loading[key];
}

/** Loads every language's words: for the server renderer, which renders synchronously. */
export function loadAllWords(): Promise<unknown> {
  return Promise.all(Object.keys(loaders).map(loadWords));
}

/** Fills `{name}` placeholders in one of the strings above. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Picks the plural form for `count` by the language's rules (`Intl.PluralRules`). */
export function plural(forms: Plural, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count) as keyof Plural;
  return forms[category] ?? forms.other;
}

/**
 * A tag `Intl` accepts: CMSs write `es_MX`, and a tag `Intl` rejects would make every date and
 * plural throw. Anything still unreadable is English.
 */
function canonical(lang: string): string {
  for (const candidate of [lang, lang.replaceAll('_', '-')]) {
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {
      // Try the next spelling.
    }
  }
  return 'en';
}

/**
 * The language that applies to `element`: its own `lang`, the nearest ancestor's (crossing shadow
 * roots), the document's, else English.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return canonical(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** The words for a BCP 47 tag: `es-MX` gets Spanish; anything without a table gets English. */
export function stringsFor(lang: string): Strings {
  const key = keyFor(lang);
  return (key && tables[key]) || en;
}

/**
 * The language the element's own words are in for a reader of `lang`: `lang` itself when there is
 * a table for it (`es-MX`, so dates read as in Mexico), else English.
 */
export function wordsLanguage(lang: string): string {
  return keyFor(lang) ? lang : 'en';
}

/** Languages written right to left, by primary subtag. */
const RTL = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(primary(lang)) ? 'rtl' : 'ltr';
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Keeps an element's words in the page's language: it re-renders the element when a `lang`
 * attribute changes anywhere in the document (on the element, an ancestor, or `<html>`).
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The language of the element's place in the page: it picks the notice file's translation. */
  get lang(): string {
    return languageOf(this.host);
  }

  /**
   * The language of the element's own words (buttons, labels, progress), with their dates and
   * plurals: the page's when there is a table for it, else English.
   */
  get wordsLang(): string {
    return wordsLanguage(this.lang);
  }

  get strings(): Strings {
    return stringsFor(this.lang);
  }

  /**
   * `lang` and `dir` for an element holding the element's own words, when those words are not in
   * the page's language (English words on a Vietnamese page), so that a screen reader reads them
   * with the right voice; `undefined` (no attribute) when they are.
   */
  get marks(): { lang?: string; dir?: 'ltr' | 'rtl' } {
    return this.marksWithin(this.lang);
  }

  /** The same, for words placed inside content in another language (`<article lang="es">`). */
  marksWithin(lang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
    const { wordsLang } = this;
    if (primary(lang) === primary(wordsLang)) return {};
    const dir = directionOf(wordsLang);
    return { lang: wordsLang, dir: dir === directionOf(lang) ? undefined : dir };
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(pageRoot()!, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
