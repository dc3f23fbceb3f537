// Subresource Integrity for the script-tag files: prints the sha384 of each and writes it beside
// the file (`clinic-notice.js.sri`), for `<script integrity="…" crossorigin="anonymous">`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of [
  'dist/cdn/clinic-notice.js',
  'dist/cdn/clinic-notice.dev.js',
  'dist/cdn/notice-banner.js',
]) {
  const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  writeFileSync(`${file}.sri`, `${integrity}\n`);
  console.log(`${file}: integrity="${integrity}"`);
}
