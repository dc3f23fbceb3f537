// The size budget, read by size-limit (`npm run size`: `size-limit --config scripts/size.mjs`;
// run by `npm run build` and so by CI). For each page it prints what a patient's browser
// downloads, brotli at quality 11, and fails when a page is over its limit; gzip and minified
// sizes follow, for the CHANGELOG. size-limit writes kB as 1,000 bytes.
// The limits only go down: see the CHANGELOG for the trend. Two exceptions, both measured:
// - issue 13 (shared base classes and controllers): banner page 14,900 -> 15,300 B;
// - issue 14 (hostile input: phone, email and URL readers, link words, field limits, a streamed
//   and origin-checked loader, each with its reason in words): all-elements page 20,500 ->
//   27,700 B, banner page 15,300 -> 22,200 B. About 6.7 KB of the added source is the readers'
//   reasons, which only authors read: issue 16's production file leaves them to the development
//   file and the checker, and per-element loading brings the pages to the 8 and 12 KB goals.
// - issue 15 (pre-rendered pages): Lit's hydration support (@lit-labs/ssr-client), which must run
//   before Lit defines LitElement, so it is in both files: all-elements page 27,700 -> 29,900 B,
//   banner page 22,200 -> 24,100 B. Issue 16's loader can fetch it only for a pre-rendered page.
// Issue 16, first cut: the authoring warnings and the readers' reasons in words left the
// production files (both are in clinic-notice.dev.js): all-elements page 29,900 -> 27,900 B,
// banner page 24,100 -> 22,200 B.
// Goals (issue 8): the whole library in 12 KB brotli, a banner-only page in 8 KB.
// Paths are relative to this file. A page that loads more scripts lists them all in `path`.

const PAGES = [
  { name: 'all-elements page', path: ['../dist/cdn/clinic-notice.js'], limit: '27900 B' },
  { name: 'banner page', path: ['../dist/cdn/notice-banner.js'], limit: '22200 B' },
];

export default [
  ...PAGES,
  ...PAGES.map(({ name, path }) => ({ name: `${name}, gzip`, path, gzip: true })),
  ...PAGES.map(({ name, path }) => ({ name: `${name}, minified`, path, brotli: false })),
];
