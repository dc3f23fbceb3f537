// The README's table of what each page downloads, written from the built files between
// <!-- sizes:start --> and <!-- sizes:end -->: the same files `npm run size` counts (scripts/size.mjs),
// brotli at quality 11. `npm run build` runs it after the size check, and CI fails when the
// committed README differs from what the build wrote (as for custom-elements.json), so the
// README's figures cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { PAGE_FILES, importsOf } from './size.mjs';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const dir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';

const brotli = (file) =>
  brotliCompressSync(readFileSync(dir + file), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const total = (files) => files.reduce((sum, file) => sum + brotli(file), 0);

const onDemand = (part) =>
  importsOf('clinic-notice.js').dynamic.find((f) => f.startsWith(`clinic-notice.${part}-`));
const spanish = onDemand('es');
/** The localizer with what it imports that a pre-rendered English notice page does not fetch. */
const localizer = importsOf(onDemand('localize'))
  .static.concat(onDemand('localize'))
  .filter((file) => !PAGE_FILES['all-elements page'].includes(file));
const rows = [
  [
    'only the banner (the home page)',
    'banner page',
    '`clinic-notice.js`: Lit, its hydration support, the banner',
  ],
  [
    'the pre-rendered notice page (`clinic-notice render`)',
    'all-elements page',
    "that, and the notice page's elements",
  ],
  [
    'elements that read `notice.json` in the browser (`src`)',
    'notice-file page',
    'that, the notice-file checker, and the localizer (the sample has a translation)',
  ],
];
const table = [
  '| a page with | downloads (brotli) |',
  '| --- | --- |',
  ...rows.map(([page, key, what]) => `| ${page} | ${what}: ${kB(total(PAGE_FILES[key]))} |`),
  `| any of these in Spanish | the Spanish words too: ${kB(brotli(spanish))}; on a pre-rendered page in a translation, the localizer: ${kB(total(localizer))} |`,
].join('\n');

const options = { ...(await resolveConfig(README)), parser: 'markdown' };
const formatted = await format(`${table}\n`, options);
const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END, start);
if (start < 0 || end < 0) throw new Error(`README.md needs ${START} and ${END} around the table`);
const updated = `${readme.slice(0, start + START.length)}\n\n${formatted}\n${readme.slice(end)}`;
if (updated !== readme) writeFileSync(README, updated);
console.log(
  `README.md: what each page downloads${updated === readme ? ' (unchanged)' : ', rewritten'}`,
);
