/**
 * The HTML around the pre-rendered elements, for render.ts: escaping, the notice's data block,
 * the server output tidied, the page's own few rules, and the hashes a policy needs.
 */
import { createHash } from 'node:crypto';
import type { LocalizedNotice } from '../model/localize.js';
import type { Notice } from '../model/notice.types.js';
import { parseText } from '../model/text.js';

/** Languages written right to left, by primary subtag (as the elements decide it). */
const RTL = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);
export const dirOf = (lang: string) => (RTL.has(lang.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr');

/** The notice page's own few rules: a readable column; the elements bring their own styles. */
export const PAGE_CSS = `body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
main{box-sizing:border-box;max-inline-size:46rem;margin:0 auto;padding:1rem 1rem 3rem}
.languages{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-block-end:1rem;font-size:.95em}
a{color:#0b4f9c}a:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}`;

/** Text for an HTML attribute or element, with the five characters that matter escaped. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * The notice as a data block for the page's `<notice-document>`: JSON in which no `<` can close
 * the `<script>` early or open a comment.
 */
export function dataBlock(notice: Notice): string {
  const json = JSON.stringify(notice).replace(/</g, '\\u003c');
  return `<script type="application/json">${json}</script>`;
}

/**
 * The server's HTML without the markers of the one-element template around it (only the
 * element's own shadow root is hydrated), and without the blank lines its attribute bindings
 * leave in the start tag.
 */
export function tidy(html: string): string {
  return html
    .replace(/^<!--lit-part [^>]*--><!--lit-node \d+-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<(notice-[a-z-]+)\s+/, '<$1 ');
}

/** The summary as one line for `<meta name="description">`, cut at a word near 300 characters. */
export function description(view: LocalizedNotice): string {
  const text = parseText(view.summary)
    .flat()
    .map((run) => (typeof run === 'string' ? run : run.label))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= 300) return text;
  return `${text.slice(0, 300).replace(/\s+\S*$/, '')}…`;
}

/** The hashes of the inline `<style>` elements in `html`, for a Content-Security-Policy. */
export function styleHashesOf(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css!, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The language's own name for itself: "English", "Español". */
export function autonym(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}
