// Prints the size of the CDN file as a patient's browser downloads it: raw, gzip and brotli.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = 'dist/cdn/clinic-notice.js';
const source = readFileSync(file);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
console.log(`${file}: ${kb(source.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
