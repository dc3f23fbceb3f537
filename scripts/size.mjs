// The size budget, read by size-limit (`npm run size`: `size-limit --config scripts/size.mjs`;
// run by `npm run build` and so by CI). Each page is every script a patient's browser downloads
// for it, found by following the built files' own imports: the script-tag file, what it imports
// at once, and what its elements import on demand for that page. Brotli at quality 11, then gzip
// and minified sizes, for the CHANGELOG; size-limit writes kB as 1,000 bytes. CI fails when a
// page is over its limit. test/e2e/dist.spec.ts checks in a browser that the pages fetch exactly
// the files counted here.
// The limits only go down: see the CHANGELOG for the trend. Exceptions, each measured:
// - issue 13 (shared base classes and controllers): banner page 14,900 -> 15,300 B;
// - issue 14 (hostile input: phone, email and URL readers, link words, field limits, a streamed
//   and origin-checked loader, each with its reason in words): all-elements page 20,500 ->
//   27,700 B, banner page 15,300 -> 22,200 B;
// - issue 15 (pre-rendered pages): Lit's hydration support (@lit-labs/ssr-client): all-elements
//   page 27,700 -> 29,900 B, banner page 22,200 -> 24,100 B.
// Issue 16 (what a page downloads, from the one script tag): the authoring warnings and the
// readers' reasons left the production file; the notice-file checker, the localizer and Spanish
// words load on demand; the notice page's elements are one file the script imports when the
// first of them appears. From 29,900 (every page) to 19,100 B for the banner page, 27,000 B for
// the pre-rendered notice page, 30,700 B for a page reading its notice file in the browser.
// (The notice page's own file loses the compression context it had inside the one file: split
// out on the intermediate steps, the same code was 25,600 B.) Then +100 B on the notice pages
// for a fix: a tick the patient gives a pre-rendered box before the script runs is kept.
// Then the pre-rendered notice page in the notice's main language stops fetching the localizer
// (its data block holds no translation): 27,100 -> 26,000 B.
// Then hydration keeps the dates the server wrote (no Intl.DateTimeFormat while hydrating:
// +150 B on every page), paid for by static `properties` in place of decorators (one object
// per class instead of a decorator call per property, and neither the decorator helpers nor
// Lit's decorators ship): banner page 19,069 -> 18,837 B, notice page 25,899 -> 25,635 B,
// notice-file page 30,699 -> 30,435 B. Then the checklist's step warnings leave the
// production file (only their calls were under `DEV`): notice page 25,635 -> 25,378 B,
// notice-file page 30,435 -> 30,177 B.
// - issue 17 (the checker's second edition): the notice file's new fields (an unknown breach
//   date, the scope's date, a delay's kind and dates, the breach's source, the safe harbour, the
//   offer's months, the credit bureaus) in the schema the browser checks a file against, and the
//   document's sentence for an unknown breach date: all-elements page 25,378 -> 25,434 B,
//   notice-file page 30,177 -> 30,335 B; limits 25,500 and 30,400 B.
// - issue 18 (languages): `registerTranslation` in the script-tag file, for pages to add a
//   language, and the closest-table lookup (`zh-TW` -> `zh-Hant`, `pt-BR` -> `pt`): banner page
//   18,831 -> 18,958 B, all-elements page 25,434 -> 25,576 B, notice-file page 30,335 ->
//   30,478 B; limits 19,000, 25,600 and 30,500 B.
//   Then the 15 languages of HHS's taglines, each a file loaded only for a page in it: the
//   script-tag file names each (its hashed file name does not compress): banner page 18,958 ->
//   19,310 B, all-elements page 25,576 -> 25,928 B, notice-file page 30,478 -> 30,830 B; limits
//   19,400, 26,000 and 30,900 B. An English page downloads none of the tables.
//   Then the language-assistance list in <notice-document>: all-elements page 25,929 B.
// - issue 19 (what newcomers see): `contact.websiteText`, so that the contact block never shows
//   a bare address, and its check of the link's words: all-elements page 25,929 -> 26,006 B,
//   notice-file page 30,868 -> 30,954 B; limits 26,100 and 31,000 B.
//   Then a translation's own `contact.website`, and the notice's title as the words of a link to
//   the clinic's own page that has none: all-elements page 26,006 -> 26,087 B, notice-file page
//   30,954 -> 31,038 B; limit 31,100 B.
//   Then phone numbers and dates in notice text isolated left to right (in an Arabic or Persian
//   line, 1-800-555-0142 showed as 0142-555-800-1) and kept on one line, and the taglines' list
//   without bullets: banner page 19,257 -> 19,360 B, all-elements page 26,087 -> 26,216 B,
//   notice-file page 31,038 -> 31,167 B; limits 26,250 and 31,200 B.
//   Then "Read the full notice" (the elements' own words) for a contact link to a page of the
//   site that has no words and no notice title: banner page 19,360 -> 19,400 B, all-elements
//   page 26,216 -> 26,246 B, notice-file page 31,167 -> 31,197 B; banner limit 19,450 B.
// Goals (issue 16): a page with the banner in 8 KB brotli, one with every element in 12 KB.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/** The files `file` imports: `static` are fetched with it, `dynamic` when an element asks. */
export function importsOf(file) {
  const code = readFileSync(dir + file, 'utf8');
  const found = (pattern) => [...code.matchAll(pattern)].map((match) => match[1]);
  return {
    static: found(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g),
    dynamic: found(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g),
  };
}

/** `files` and everything they import statically. */
export function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file).static) visit(next);
  };
  files.forEach(visit);
  return [...seen].sort();
}

/**
 * The file the production script imports on demand for a part (`notice-page`, `localize`), found
 * among its dynamic imports (the development file's own have other names).
 */
const part = (name) => {
  const file = importsOf('clinic-notice.js').dynamic.find((f) =>
    f.startsWith(`clinic-notice.${name}-`),
  );
  if (!file)
    throw new Error(`clinic-notice.js imports no clinic-notice.${name}-*.js: run npm run build`);
  return file;
};

/**
 * What each page downloads from the one script tag (clinic-notice.js): a home page with the
 * pre-rendered banner; a notice page pre-rendered by `clinic-notice render` in the notice's main
 * language (its elements' file: its data block holds no translation, so no localizer); and a
 * page whose elements read the sample notice file, which has a translation, in the browser
 * (`src`: the checker and the localizer too). English pages: a page in a translation also
 * fetches the localizer and that language's words.
 */
export const PAGE_FILES = {
  'banner page': closure(['clinic-notice.js']),
  'all-elements page': closure(['clinic-notice.js', part('notice-page')]),
  'notice-file page': closure([
    'clinic-notice.js',
    part('notice-page'),
    part('localize'),
    part('notice-support'),
  ]),
};

const LIMITS = {
  'banner page': '19450 B',
  'all-elements page': '26250 B',
  'notice-file page': '31200 B',
};
const PAGES = Object.entries(PAGE_FILES).map(([name, files]) => ({
  name,
  path: files.map((file) => `../dist/cdn/${file}`),
  limit: LIMITS[name],
}));

export default [
  ...PAGES,
  ...PAGES.map(({ name, path }) => ({ name: `${name}, gzip`, path, gzip: true })),
  ...PAGES.map(({ name, path }) => ({ name: `${name}, minified`, path, brotli: false })),
];
