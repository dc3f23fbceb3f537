import { html } from 'lit';
import type { Notice } from '../src/index.js';
import sample from '../demo/notice.json';

const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A posting window relative to today: `days(-8)` is eight days ago. */
export const days = day;

/** The demo's sample notice (a fictional clinic), its posting window placed around today. */
export function sampleNotice(): Notice {
  const notice = structuredClone(sample) as unknown as Notice;
  notice.dates.postedFrom = day(-8);
  notice.dates.postedUntil = day(82);
  notice.contact!.activeUntil = day(82);
  return notice;
}

/** Waits until a custom element has rendered (and, with `src`/`notice`, until its file has). */
export async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  root: HTMLElement,
  selector: string,
): Promise<T> {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the story`);
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  return element;
}

/** The element's shadow-root node with the given part. */
export function part(element: Element, name: string): HTMLElement {
  const node = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!node) throw new Error(`no part "${name}" in <${element.localName}>`);
  return node;
}

/**
 * The languages the elements' own words ship in, by tag, with each one's name in itself: the
 * toolbar's list, and the "every language" stories that set them side by side.
 */
export const LANGUAGES: { lang: string; name: string; dir: 'ltr' | 'rtl' }[] = [
  { lang: 'en', name: 'English', dir: 'ltr' },
  { lang: 'es', name: 'Español', dir: 'ltr' },
  { lang: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { lang: 'zh-Hant', name: '繁體中文', dir: 'ltr' },
  { lang: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { lang: 'ko', name: '한국어', dir: 'ltr' },
  { lang: 'tl', name: 'Tagalog', dir: 'ltr' },
  { lang: 'ru', name: 'Русский', dir: 'ltr' },
  { lang: 'ar', name: 'العربية', dir: 'rtl' },
  { lang: 'ht', name: 'Kreyòl ayisyen', dir: 'ltr' },
  { lang: 'fr', name: 'Français', dir: 'ltr' },
  { lang: 'pl', name: 'Polski', dir: 'ltr' },
  { lang: 'pt', name: 'Português', dir: 'ltr' },
  { lang: 'it', name: 'Italiano', dir: 'ltr' },
  { lang: 'de', name: 'Deutsch', dir: 'ltr' },
  { lang: 'ja', name: '日本語', dir: 'ltr' },
  { lang: 'fa', name: 'فارسی', dir: 'rtl' },
];

/**
 * `one` in every shipped language, side by side in columns 320 px wide (a phone's), each with
 * its language's name: a designer checks a long German or Tagalog label at a glance.
 */
export function inEveryLanguage(one: (lang: string) => unknown) {
  return html`<div
    style="display: grid; grid-template-columns: repeat(auto-fill, 320px); gap: 1.5rem; align-items: start"
  >
    ${LANGUAGES.map(
      ({ lang, name, dir }) =>
        html`<section lang=${lang} dir=${dir} aria-label=${name}>
          <p style="margin: 0 0 0.5rem; font-size: 0.875rem; opacity: 0.8">${name} (${lang})</p>
          ${one(lang)}
        </section>`,
    )}
  </div>`;
}
