// Subresource Integrity for the script-tag files. Each script-tag file's sha384 (the production
// clinic-notice.js and the development clinic-notice.dev.js) is printed and written beside it
// (`clinic-notice.js.sri`), for `<script integrity="…" crossorigin="anonymous">`. That covers the
// file the tag names; the files it imports when a page needs them get theirs in
// `integrity.json`, keyed by their URL relative to the script, ready for an import map's
// `integrity` (the browsers that support it then check those files too).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

for (const name of ['clinic-notice.js', 'clinic-notice.dev.js']) {
  const integrity = hash(`${dir}/${name}`);
  writeFileSync(`${dir}/${name}.sri`, `${integrity}\n`);
  console.log(`${dir}/${name}: integrity="${integrity}"`);
}

const imported = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => /^clinic-notice\..+-[\w-]+\.js$/.test(name))
    .sort()
    .map((name) => [`./${name}`, hash(`${dir}/${name}`)]),
);
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(imported, null, 2)}\n`);
console.log(`${dir}/integrity.json: ${Object.keys(imported).length} files imported on demand`);
