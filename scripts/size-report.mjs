// `npm run size:report` (after `npm run build`): what `npm run size` counts, file by file. For
// each page (scripts/size.mjs's PAGE_FILES): its total; for each production file a page can
// fetch: minified, gzip and brotli (quality 11) bytes; then, through each file's source map, what
// its minified bytes are made of (Lit's packages by name, our modules by path), largest first.
// The closing notes and the CHANGELOG take their figures from here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { PAGE_FILES } from './size.mjs';

const dir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const read = (file) => readFileSync(dir + file);
const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const n = (value) => value.toLocaleString('en-US');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

console.log('## What each page downloads (brotli)\n');
console.log(
  table(
    ['page', 'files', 'brotli'],
    Object.entries(PAGE_FILES).map(([page, files]) => [
      page,
      String(files.length),
      `${n(files.reduce((sum, file) => sum + brotli(read(file)), 0))} B`,
    ]),
  ),
);

const files = [...new Set(Object.values(PAGE_FILES).flat())];
// The other files a page may fetch: each language's words, the localizer on a translated page.
const all = [
  ...files,
  ...readFileSync(dir + 'clinic-notice.js', 'utf8')
    .match(/\.\/clinic-notice\.[\w-]+\.js/g)
    .map((path) => path.slice(2))
    .filter((file, i, list) => !files.includes(file) && list.indexOf(file) === i),
];
console.log('\n## Files (bytes)\n');
console.log(
  table(
    ['file', 'minified', 'gzip', 'brotli'],
    all.map((file) => {
      const body = read(file);
      return [file, n(body.length), n(gzipSync(body, { level: 9 }).length), n(brotli(body))];
    }),
  ),
);

/** Where a source path comes from: a package by name, or our module by its path in src/. */
function origin(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg;
  const own = /src\/(.+)$/.exec(source)?.[1];
  return own ? own : source;
}

/** Minified bytes per origin, from the source map's segments. */
function attribution(file) {
  const code = read(file).toString('utf8');
  const lines = code.split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}${file}.map`, 'utf8')));
  const segments = [];
  map.eachMapping((m) => segments.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const bytes = new Map();
  let mapped = 0;
  segments.forEach((m, i) => {
    const next = segments[i + 1];
    const end =
      next && next.generatedLine === m.generatedLine
        ? next.generatedColumn
        : lines[m.generatedLine - 1].length;
    const length = end - m.generatedColumn;
    if (!m.source || length <= 0) return;
    const key = origin(m.source);
    bytes.set(key, (bytes.get(key) ?? 0) + length);
    mapped += length;
  });
  return { total: code.length, mapped, bytes: [...bytes].sort((a, b) => b[1] - a[1]) };
}

for (const file of files) {
  const { total, mapped, bytes } = attribution(file);
  console.log(
    `\n## ${file}: what its ${n(total)} minified bytes are (${n(total - mapped)} unmapped)\n`,
  );
  console.log(
    table(
      ['from', 'minified', 'share'],
      bytes
        .filter(([, size]) => size / total >= 0.01)
        .map(([key, size]) => [key, n(size), `${((size / total) * 100).toFixed(1)} %`]),
    ),
  );
}
