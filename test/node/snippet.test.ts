// `clinic-notice snippet`, run in-process from the sources. The sources have no built script file,
// so each case hands the command a folder of its own (`builtScripts`); the tarball's real
// dist/cdn/clinic-notice.js is hashed by `npx clinic-notice snippet` in test/e2e/pack.spec.ts.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { refuses, runCli } from './cli-run.js';

let dir: string;
let built: string;
const files: Record<string, Buffer> = {};

/** Runs the command in `dir` on the built files in `scripts`; the exit status and all written. */
const run = (argv: string[], scripts = built) => runCli(argv, { cwd: dir, builtScripts: scripts });

/** The hash computed here, not by the command. */
const sha384 = (content: Buffer) => createHash('sha384').update(content).digest('base64');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinic-notice-snippet-'));
  built = join(dir, 'node_modules/clinic-notice/dist/cdn');
  mkdirSync(built, { recursive: true });
  mkdirSync(join(dir, 'empty'));
  for (const name of ['clinic-notice.js', 'clinic-notice.dev.js']) {
    files[name] = randomBytes(4096);
    writeFileSync(join(built, name), files[name]);
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('clinic-notice snippet', () => {
  it('prints the tag alone on stdout, with the hash of the built clinic-notice.js', async () => {
    const { code, stdout, stderr } = await run(['snippet']);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      `<script type="module" src="/clinic-notice.js" integrity="sha384-${sha384(files['clinic-notice.js'])}" crossorigin="anonymous"></script>\n`,
    );
    const [hashed, others] = stderr.split('\n');
    assert.equal(
      hashed,
      'The hash is of node_modules/clinic-notice/dist/cdn/clinic-notice.js: serve that file, unchanged, at /clinic-notice.js.',
    );
    assert.match(
      others,
      /other clinic-notice\.\*\.js files of node_modules\/clinic-notice\/dist\/cdn\/ in the same folder/,
    );
  });

  it('puts --script in src, and hashes clinic-notice.dev.js with --dev', async () => {
    const script = 'https://your-site.example/js/clinic-notice.js';
    const production = await run(['snippet', '--script', script]);
    assert.match(
      production.stdout,
      /^<script type="module" src="https:\/\/your-site\.example\/js\/clinic-notice\.js" integrity=/,
    );
    const dev = await run(['snippet', '--dev']);
    assert.equal(dev.code, 0);
    assert.equal(
      dev.stdout,
      `<script type="module" src="/clinic-notice.dev.js" integrity="sha384-${sha384(files['clinic-notice.dev.js'])}" crossorigin="anonymous"></script>\n`,
    );
    assert.match(
      dev.stderr,
      /^The hash is of node_modules\/clinic-notice\/dist\/cdn\/clinic-notice\.dev\.js:/,
    );
  });

  it('prints the usage for --help', async () => {
    const { code, stdout } = await run(['snippet', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^ {7}clinic-notice snippet \[--script URL\] \[--dev\]$/m);
  });

  describe('exit status 2, with one line on stderr', () => {
    const cases: [string, string[], string][] = [
      ['an unknown option', ['snippet', '--fix'], 'clinic-notice: unknown option --fix'],
      ['a notice file', ['snippet', 'notice.json'], 'clinic-notice: snippet takes no notice file'],
      [
        'an option of check',
        ['snippet', '--json'],
        'clinic-notice: --json is not an option of snippet',
      ],
      [
        '--dev on check',
        ['check', 'notice.json', '--dev'],
        'clinic-notice: --dev is an option of snippet',
      ],
      [
        '--script without a value',
        ['snippet', '--script'],
        'clinic-notice: --script needs a value',
      ],
      [
        'a --script a tag cannot hold',
        ['snippet', '--script', '/js/clinic notice.js'],
        'clinic-notice: --script should be the URL of clinic-notice.js, not "/js/clinic notice.js"',
      ],
    ];
    refuses(cases, run);

    it('when the built file is missing, saying to build', async () => {
      const { code, stdout, stderr } = await run(['snippet'], join(dir, 'empty'));
      assert.equal(code, 2);
      assert.equal(
        stderr,
        'clinic-notice: cannot read empty/clinic-notice.js: no such file; run npm run build first\n',
      );
      assert.equal(stdout, '');
    });
  });
});
