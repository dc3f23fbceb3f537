/**
 * `clinic-notice render`: the notice page and the home-page banner as HTML, written once when the
 * notice is published, with every element pre-rendered by Lit's server renderer into declarative
 * shadow roots. The page reads complete without script; the script-tag file then hydrates the
 * elements in place (the same nodes, no second drawing, no layout shift).
 *
 * Node only. Lit's DOM shim must be installed before the elements' modules run (they register
 * themselves with `customElements`), so they are imported on the first render, after it.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import type { TemplateResult } from 'lit';
import { langOf } from '../model/lang-of.js';
import { localize, pickTranslation, type LocalizedNotice } from '../model/localize.js';
import type { Notice } from '../model/notice.types.js';
import {
  autonym,
  dataBlock,
  description,
  dirOf,
  escapeHtml,
  PAGE_CSS,
  styleHashesOf,
  tidy,
} from './html.js';

export interface RenderOptions {
  /** URL of the script-tag file, as the pages' `<script src>` gives it. */
  script: string;
  /** `sha384-…` of that file, for the tag's `integrity`; left out when unknown. */
  integrity?: string;
  /** Where DIR is served from: `/`, or `https://www.clinic.example/breach/`. Ends with `/`. */
  baseUrl: string;
  /** The day the banner's posting window is judged on, `YYYY-MM-DD`. */
  today: string;
  /**
   * The files the script imports for a page, with their `sha384-…`, named beside it: `page` for
   * the notice page, `translated` for a page in a translation (the localizer), `words` by
   * language. Each becomes a `<link rel="modulepreload">` with its integrity after the page's
   * content (so they never come before its first paint): the browser fetches them with the
   * script instead of after it, and checks them.
   */
  preload?: { page: Preload[]; translated: Preload[]; words: Record<string, Preload[]> };
}

/** A file the script imports, by name beside it, with its integrity hash. */
export interface Preload {
  name: string;
  integrity: string;
}

export interface RenderedFile {
  /** Path inside DIR, with `/`: `notice.html`, `es/banner.html`. */
  path: string;
  content: string;
}

export interface RenderedSite {
  files: RenderedFile[];
  /** The languages written, the main one first. */
  languages: string[];
  /** `'sha256-…'` of every inline style the files hold, for the page's `style-src`. */
  styleHashes: string[];
}

export type Lit = {
  html: typeof import('lit').html;
  ifDefined: typeof import('lit/directives/if-defined.js').ifDefined;
  renderText: typeof import('../internal/render.js').renderText;
  setServerToday: typeof import('../internal/posting-window.js').setServerToday;
  ssr: (template: unknown) => string;
};
let lit: Promise<Lit>;

/**
 * Lit's renderer and the elements, loaded once the DOM shim is in place, with everything the
 * elements load on demand in a browser; `ssr(template)` renders a template to HTML.
 */
export function loadRenderer(): Promise<Lit> {
  lit ??= (async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const { ifDefined } = await import('lit/directives/if-defined.js');
    const { renderText } = await import('../internal/render.js');
    const { setServerToday } = await import('../internal/posting-window.js');
    await import('../index.js');
    // The server renders synchronously: what the elements load on demand in the browser (the
    // notice-file support, every language's words) must be there beforehand.
    await (await import('../internal/notice-source.js')).loadNoticeSupport();
    await (await import('../internal/language.js')).loadAllWords();
    const ssr = (template: unknown) => collectResultSync(render(template));
    return { html, ifDefined, renderText, setServerToday, ssr };
  })();
  return lit;
}

export { dataBlock, escapeHtml, styleHashesOf } from './html.js';

/** Renders the notice page and the banner fragment in every language of `notice`. */
export async function renderSite(notice: Notice, options: RenderOptions): Promise<RenderedSite> {
  const renderer = await loadRenderer();
  renderer.setServerToday(options.today);
  const main = notice.lang;
  const languages = [main, ...Object.keys(notice.translations ?? {})];
  const folder = (lang: string) => (lang === main ? '' : `${lang}/`);
  const pageUrl = (lang: string) => `${options.baseUrl}${folder(lang)}notice.html`;
  const scriptTag =
    `<script type="module" src="${escapeHtml(options.script)}"` +
    (options.integrity ? ` integrity="${options.integrity}" crossorigin="anonymous"` : '') +
    '></script>';
  const folderOfScript = options.script.replace(/[^/]*$/, '');
  const preloads = (files: Preload[] = []) =>
    files
      .map(
        ({ name, integrity }) =>
          `<link rel="modulepreload" href="${escapeHtml(folderOfScript + name)}" integrity="${integrity}">\n`,
      )
      .join('');

  const files: RenderedFile[] = [];
  for (const lang of languages) {
    const view = localize(notice, lang);
    const dir = dirOf(lang);

    const documentWithData = await renderNoticeDocument(notice, lang);
    const title = `${view.title ?? 'Notice of Data Breach'} – ${view.organization.name}`;
    const alternates = languages
      .map(
        (other) =>
          `<link rel="alternate" hreflang="${escapeHtml(other)}" href="${escapeHtml(pageUrl(other))}">`,
      )
      .join('\n');
    const switcher =
      languages.length > 1
        ? `<p class="languages">${languages
            .filter((other) => other !== lang)
            .map(
              (other) =>
                `<a href="${escapeHtml(pageUrl(other))}" hreflang="${escapeHtml(other)}" lang="${escapeHtml(other)}">${escapeHtml(autonym(other))}</a>`,
            )
            .join('')}</p>`
        : '';
    files.push({
      path: `${folder(lang)}notice.html`,
      content: `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description(view))}">
<link rel="canonical" href="${escapeHtml(pageUrl(lang))}">
${alternates}
<style>${PAGE_CSS}</style>
${scriptTag}
</head>
<body>
<main>
${switcher}
${documentWithData}
</main>
${preloads([
  ...(options.preload?.page ?? []),
  ...(lang === main ? [] : (options.preload?.translated ?? [])),
  ...(options.preload?.words[lang] ?? []),
])}
</body>
</html>
`,
    });

    files.push({
      path: `${folder(lang)}banner.html`,
      content: `<!-- clinic-notice: the breach notice banner (${escapeHtml(lang)}). Paste it where the banner goes; the script tag at the end can move to the page's <head>. -->
${await renderBanner(notice, lang, pageUrl(lang))}
${scriptTag}
${preloads(options.preload?.words[lang])}`,
    });
  }

  const styleHashes = [...new Set(files.flatMap((file) => styleHashesOf(file.content)))];
  return { files, languages, styleHashes };
}

/**
 * `<notice-document>` pre-rendered in `lang`, with the notice as a data block for hydration: the
 * server renders from the notice given as a property, which leaves no trace in the HTML, and the
 * browser reads the same object from the block, the element's last child. For a site's own
 * template (the demo's pages, a static site generator).
 */
export async function renderNoticeDocument(notice: Notice, lang: string): Promise<string> {
  const { html, ssr } = await loadRenderer();
  const page = forPage(notice, lang);
  const rendered = tidy(
    ssr(html`<notice-document lang=${lang} .notice=${page}></notice-document>`),
  );
  const end = rendered.lastIndexOf('</notice-document>');
  return `${rendered.slice(0, end)}${dataBlock(page)}${rendered.slice(end)}`;
}

/**
 * The notice as one page in `lang` needs it: with the one translation that page reads, or none
 * on the main language's page. The data block is smaller, and a page with no translation in it
 * needs no localizer in the browser (its notice is shown as written).
 */
export function forPage(notice: Notice, lang: string): Notice {
  const { translations, ...rest } = notice;
  const key = pickTranslation(notice, lang);
  return key && translations ? { ...rest, translations: { [key]: translations[key]! } } : rest;
}

/**
 * `<notice-banner>` pre-rendered in `lang` from attributes, with the summary as its content (so the
 * home page carries no JSON), linking to `href`, the notice page in that language.
 */
export async function renderBanner(notice: Notice, lang: string, href: string): Promise<string> {
  const renderer = await loadRenderer();
  return tidy(renderer.ssr(bannerTemplate(renderer, localize(notice, lang), lang, href)));
}

/** `<notice-contact>` pre-rendered from its attributes alone (no notice file). */
export async function renderContact(attributes: {
  lang: string;
  heading?: string;
  phone?: string;
  email?: string;
  website?: string;
  websiteText?: string;
}): Promise<string> {
  const { html, ifDefined, ssr } = await loadRenderer();
  const a = attributes;
  return tidy(
    ssr(
      html`<notice-contact
        lang=${a.lang}
        heading=${ifDefined(a.heading)}
        phone=${ifDefined(a.phone)}
        email=${ifDefined(a.email)}
        website=${ifDefined(a.website)}
        website-text=${ifDefined(a.websiteText)}
      ></notice-contact>`,
    ),
  );
}

function bannerTemplate(
  { html, ifDefined, renderText }: Lit,
  view: LocalizedNotice,
  lang: string,
  href: string,
): TemplateResult {
  const summaryLang = langOf(view, 'summary');
  return html`<notice-banner
    lang=${lang}
    notice-id=${view.id}
    revision=${String(view.revision)}
    severity=${ifDefined(view.severity)}
    heading=${view.title ?? 'Notice of Data Breach'}
    href=${href}
    phone=${ifDefined(view.contact?.tollFreePhone)}
    posted=${ifDefined(view.dates.postedFrom)}
    expires=${ifDefined(view.dates.postedUntil)}
    updated=${ifDefined(view.dates.updated)}
    dismissible
    >${renderText(view.summary, summaryLang === lang ? undefined : summaryLang)}</notice-banner
  >`;
}
