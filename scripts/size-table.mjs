// The README's table of what each page downloads, written from the built files between
// <!-- sizes:start --> and <!-- sizes:end -->: the same files `npm run size` counts (scripts/size.mjs),
// brotli at quality 11. `npm run build` runs it after the size check, and CI fails when the
// committed README differs from what the build wrote (as for custom-elements.json), so the
// README's figures cannot drift from the code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { markdown, rewriteReadme } from './readme-block.mjs';
import { PAGE_FILES, importsOf } from './size.mjs';

const dir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

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

await rewriteReadme({ sizes: await markdown(`${table}\n`) }, 'the built files');
