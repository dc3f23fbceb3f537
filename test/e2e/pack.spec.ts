// The package as a clinic's developer receives it (after `npm run build`): packs it, checks the
// file list, installs the tarball into a scratch project and there (a) type-checks a TypeScript
// file that uses the typed events, HTMLElementTagNameMap lookups and the React JSX types, (b) runs
// `npx clinic-notice check` on the shipped sample, and `npx clinic-notice snippet`, whose tag must
// carry the hash of the tarball's own CDN file, (c) loads the tarball's CDN file, with its
// integrity hash, in a plain page. Prints the packed files with their sizes.
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scriptRoutes, serve } from '../../scripts/static-server.mjs';
import { expect, repo, test } from './fixtures.js';

const ALLOWED = [
  /^dist\/(?!bench\/)/,
  /^bin\/clinic-notice\.js$/,
  /^(README\.md|LICENSE|CHANGELOG\.md|package\.json|custom-elements\.json|notice\.schema\.json)$/,
  /^demo\/notice(\.schema)?\.json$/,
];
const REQUIRED = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cdn/clinic-notice.js',
  'dist/cdn/clinic-notice.dev.js',
  'dist/cli/cli.js',
  'dist/jsx.d.ts',
  'dist/vscode.html-custom-data.json',
  'bin/clinic-notice.js',
  'custom-elements.json',
  'notice.schema.json',
  'demo/notice.json',
  'demo/notice.schema.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
];

const PAGE_TS = `import 'clinic-notice';
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
`;

const APP_TSX = `import 'clinic-notice/jsx';
import type { NoticeDismissEvent } from 'clinic-notice/events.js';

export const App = () => (
  <notice-banner heading="Incident" severity="warning" dismissible
    onnotice-dismiss={(event: NoticeDismissEvent) => console.log(event.noticeId)} />
);
`;

const TSCONFIG = {
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
};

interface Packed {
  filename: string;
  size: number;
  files: { path: string; size: number }[];
}

let scratch: string;
let packed: Packed;
const run = (command: string, args: string[], options: ExecFileSyncOptions = {}) =>
  execFileSync(command, args, {
    cwd: scratch,
    encoding: 'utf8',
    stdio: 'pipe',
    ...options,
  }) as string;

/** Prints the packed files with their sizes, by folder (dist/ one level deeper). */
function printSizes({ filename, files, size }: Packed) {
  console.log(`${filename}: ${files.length} files, ${(size / 1024).toFixed(1)} KB packed`);
  const byFolder = new Map<string, number>();
  for (const file of files) {
    const depth = file.path.startsWith('dist/') ? 2 : 1;
    const folder = file.path.split('/').slice(0, depth).join('/');
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + file.size);
  }
  for (const [folder, bytes] of [...byFolder].sort())
    console.log(`  ${folder.padEnd(30)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  scratch = mkdtempSync(join(tmpdir(), 'clinic-notice-pack-'));
  [packed] = JSON.parse(run('npm', ['pack', repo(''), '--json', '--pack-destination', scratch]));
  printSizes(packed);
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
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  writeFileSync(join(scratch, 'page.ts'), PAGE_TS);
  writeFileSync(join(scratch, 'app.tsx'), APP_TSX);
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the package holds no file beyond the allowed ones', () => {
  const unexpected = packed.files
    .map((file) => file.path)
    .filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
  expect(unexpected, 'unexpected files in the package').toEqual([]);
});

test('the package holds every file a clinic needs', () => {
  const paths = packed.files.map((file) => file.path);
  expect(
    REQUIRED.filter((path) => !paths.includes(path)),
    'missing from the package',
  ).toEqual([]);
});

/** Runs a command in the scratch project; a failure shows its exit status and output. */
function attempt(command: string, args: string[]) {
  try {
    return { status: 0, output: run(command, args) };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}${stderr}` };
  }
}

test('the package type-checks from TypeScript (events, tag map, JSX)', () => {
  const { status, output } = attempt('node', [
    repo('node_modules/typescript/bin/tsc'),
    '-p',
    scratch,
  ]);
  expect(status, output).toBe(0);
});

test('npx clinic-notice check passes the shipped sample', () => {
  const { status, output } = attempt('npx', [
    '--no-install',
    'clinic-notice',
    'check',
    'node_modules/clinic-notice/demo/notice.json',
    '--state',
    'CA,MA',
  ]);
  expect(status, output).toBe(0);
  console.log(output.split('\n')[0]);
});

test('npx clinic-notice snippet prints the tag with the hash of the packed CDN file', () => {
  const cdn = join(scratch, 'node_modules/clinic-notice/dist/cdn');
  const cases: [string[], string, string][] = [
    [[], 'clinic-notice.js', '/clinic-notice.js'],
    [
      ['--dev', '--script', 'https://your-site.example/js/clinic-notice.dev.js'],
      'clinic-notice.dev.js',
      'https://your-site.example/js/clinic-notice.dev.js',
    ],
  ];
  for (const [options, file, src] of cases) {
    const { status, output } = attempt('npx', [
      '--no-install',
      'clinic-notice',
      'snippet',
      ...options,
    ]);
    expect(status, output).toBe(0);
    const hash = createHash('sha384')
      .update(readFileSync(join(cdn, file)))
      .digest('base64');
    expect(output, 'stdout: the tag alone').toBe(
      `<script type="module" src="${src}" integrity="sha384-${hash}" crossorigin="anonymous"></script>\n`,
    );
  }
});

test('the packed CDN file, with its integrity hash, renders a banner', async ({ page }) => {
  const cdn = join(scratch, 'node_modules/clinic-notice/dist/cdn/clinic-notice.js');
  const integrity = readFileSync(`${cdn}.sri`, 'utf8').trim();
  const server = await serve({
    routes: {
      '/': {
        body: `<!doctype html><html lang="en"><head><title>Packed</title><link rel="icon" href="data:,">
      <script type="module" src="/clinic-notice.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
      <body><notice-banner heading="From the tarball" phone="1-800-555-0142"><p>Text.</p></notice-banner></body></html>`,
      },
      ...scriptRoutes(dirname(cdn)),
    },
  });
  try {
    await page.goto(server.url);
    await page.locator('notice-banner [part=heading]').waitFor({ timeout: 5000 });
  } finally {
    await server.close();
  }
});
