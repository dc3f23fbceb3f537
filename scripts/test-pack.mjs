// The package as a clinic's developer receives it (after `npm run build`): packs it, checks the
// file list, installs the tarball into a scratch project and there (a) type-checks a TypeScript
// file that uses the typed events, HTMLElementTagNameMap lookups and the React JSX types, (b) runs
// `npx clinic-notice check` on the shipped sample, (c) loads the tarball's CDN file, with its
// integrity hash, in a plain page in Chromium. Prints the packed files with their sizes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'clinic-notice-pack-'));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: scratch, encoding: 'utf8', stdio: 'pipe', ...options });
let failed = 0;
const fail = (message) => {
  failed++;
  console.log(`  ✗ ${message}`);
};

// The file list.
const [packed] = JSON.parse(run('npm', ['pack', root, '--json', '--pack-destination', scratch]));
const ALLOWED = [
  /^dist\/(?!bench\/)/,
  /^bin\/clinic-notice\.js$/,
  /^(README\.md|LICENSE|CHANGELOG\.md|package\.json|custom-elements\.json|notice\.schema\.json)$/,
  /^demo\/notice\.json$/,
];
const REQUIRED = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cdn/clinic-notice.js',
  'dist/cdn/notice-banner.js',
  'dist/cli/cli.js',
  'dist/jsx.d.ts',
  'dist/vscode.html-custom-data.json',
  'bin/clinic-notice.js',
  'custom-elements.json',
  'notice.schema.json',
  'demo/notice.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
];
const paths = packed.files.map((file) => file.path);
console.log(
  `${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`,
);
const byFolder = new Map();
for (const file of packed.files) {
  const folder = file.path
    .split('/')
    .slice(0, file.path.startsWith('dist/') ? 2 : 1)
    .join('/');
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + file.size);
}
for (const [folder, size] of [...byFolder].sort())
  console.log(`  ${folder.padEnd(30)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
for (const path of paths)
  if (!ALLOWED.some((pattern) => pattern.test(path)))
    fail(`unexpected file in the package: ${path}`);
for (const path of REQUIRED) if (!paths.includes(path)) fail(`missing from the package: ${path}`);

// (a) Types, in a scratch project that installs the tarball.
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
);
run('npm', [
  'install',
  '--no-audit',
  '--no-fund',
  join(scratch, packed.filename),
  '@types/react@^19',
]);
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    },
    include: ['*.ts', '*.tsx'],
  }),
);
writeFileSync(
  join(scratch, 'page.ts'),
  `import 'clinic-notice';
import type { Notice, NoticeBanner, NoticeCheckEvent } from 'clinic-notice';
import { NoticeFaq } from 'clinic-notice/notice-faq.js';
import type { NoticeToggleEvent } from 'clinic-notice/events.js';

const banner: NoticeBanner | null = document.querySelector('notice-banner');
banner?.addEventListener('notice-dismiss', (event) => {
  const id: string | undefined = event.noticeId;
  const revision: string = event.revision;
  console.log(id, revision);
});
document.querySelector('notice-checklist')?.addEventListener('notice-check', (event: NoticeCheckEvent) => {
  const done: number = event.detail.done;
  console.log(done);
});
document.querySelector('notice-faq-item')?.addEventListener('notice-toggle', (event: NoticeToggleEvent) => {
  const open: boolean = event.detail.open;
  console.log(open);
});
const faq = document.createElement('notice-faq');
const isFaq: boolean = faq instanceof NoticeFaq;
const notice: Notice | undefined = faq.notice;
console.log(isFaq, notice);
`,
);
writeFileSync(
  join(scratch, 'app.tsx'),
  `import 'clinic-notice/jsx';
import type { NoticeDismissEvent } from 'clinic-notice/events.js';

export const App = () => (
  <notice-banner heading="Incident" severity="warning" dismissible
    onnotice-dismiss={(event: NoticeDismissEvent) => console.log(event.noticeId)} />
);
`,
);
try {
  run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', scratch]);
  console.log('  ✓ the package type-checks from TypeScript (events, tag map, JSX)');
} catch (error) {
  fail(`type-check in the scratch project:\n${error.stdout}${error.stderr}`);
}

// (b) The checker from the package.
try {
  const out = run('npx', [
    '--no-install',
    'clinic-notice',
    'check',
    'node_modules/clinic-notice/demo/notice.json',
    '--state',
    'CA,MA',
  ]);
  console.log(`  ✓ npx clinic-notice check: ${out.split('\n')[0]}`);
} catch (error) {
  fail(`npx clinic-notice check failed (${error.status}):\n${error.stdout}${error.stderr}`);
}

// (c) The tarball's CDN file, with its integrity hash, in a plain page.
const cdn = join(scratch, 'node_modules/clinic-notice/dist/cdn/clinic-notice.js');
const integrity = readFileSync(`${cdn}.sri`, 'utf8').trim();
const server = createServer((request, response) => {
  if (request.url.startsWith('/clinic-notice.js')) {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(cdn));
  } else {
    response.writeHead(200, { 'content-type': 'text/html' }).end(
      `<!doctype html><html lang="en"><head><title>Packed</title><link rel="icon" href="data:,">
      <script type="module" src="/clinic-notice.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
      <body><notice-banner heading="From the tarball" phone="1-800-555-0142"><p>Text.</p></notice-banner></body></html>`,
    );
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.locator('notice-banner [part=heading]').waitFor({ timeout: 5000 });
  if (errors.length) throw new Error(errors.join('\n'));
  console.log('  ✓ the packed CDN file, with its integrity hash, renders a banner');
} catch (error) {
  fail(`the packed CDN file: ${error.message}`);
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(failed ? `\n${failed} failed` : '\npack test passed');
process.exit(failed ? 1 : 0);
