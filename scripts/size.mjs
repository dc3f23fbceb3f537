// The size budget: prints min, gzip and brotli for each script-tag file as a patient's browser
// downloads it, and exits non-zero when one is over its budget (`npm run size`; run by
// `npm run build` and so by CI). The budgets only go down: see the CHANGELOG for the trend.
// Goals (issue 8): the whole library in 12 KB brotli, a banner-only page in 8 KB.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli budgets in bytes, set from what was measured. */
const BUDGETS = {
  'dist/cdn/clinic-notice.js': 20_500,
  'dist/cdn/notice-banner.js': 14_900,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(8);
let over = 0;
console.log('file                          min       gzip      brotli    budget (brotli)');
for (const [file, budget] of Object.entries(BUDGETS)) {
  const source = readFileSync(file);
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const verdict = brotli > budget ? `OVER by ${brotli - budget} B` : 'ok';
  if (brotli > budget) over++;
  console.log(
    `${file.padEnd(28)}${kb(source.length)}  ${kb(gzip)}  ${kb(brotli)}  ${kb(budget)} ${verdict}`,
  );
}
if (over) {
  console.error(`${over} file(s) over the size budget in scripts/size.mjs.`);
  process.exit(1);
}
