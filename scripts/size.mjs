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
// Issue 16: the authoring warnings and the readers' reasons left the production files (29,900 ->
// 27,900 B and 24,100 -> 22,200 B); then the notice-file checker and the localizer load on
// demand: banner page 22,200 -> 19,000 B, all-elements page (pre-rendered) 27,900 -> 25,900 B,
// and a page reading its notice file in the browser, counted from here, 29,600 B; then Spanish
// words load only for a page in Spanish: 18,700 / 25,600 / 29,200 B.
// Goals (issue 16): a page with the banner in 8 KB brotli, one with every element in 12 KB.
import { readdirSync, readFileSync } from 'node:fs';
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

/** The on-demand file of the production build whose name starts `clinic-notice.<part>-`. */
const part = (name) => {
  const file = readdirSync(dir).find((f) => f.startsWith(`clinic-notice.${name}-`));
  if (!file) throw new Error(`dist/cdn has no clinic-notice.${name}-*.js: run npm run build`);
  return file;
};

/**
 * What each page downloads: a home page with the pre-rendered banner (notice-banner.js); a notice
 * page pre-rendered by `clinic-notice render` (the data block needs the localizer); and a page
 * whose elements read a notice file in the browser (`src`: the checker too).
 */
export const PAGE_FILES = {
  'banner page': closure(['notice-banner.js']),
  'all-elements page': closure(['clinic-notice.js', part('localize')]),
  'notice-file page': closure(['clinic-notice.js', part('localize'), part('notice-support')]),
};

const LIMITS = {
  'banner page': '18700 B',
  'all-elements page': '25600 B',
  'notice-file page': '29200 B',
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
