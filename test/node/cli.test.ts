// `clinic-notice check`, run in-process with collected output and files in a temporary folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { checkNotice } from '../../src/model/check/index.js';
import type { CliIO } from '../../src/cli/cli.js';
import type { Notice } from '../../src/model/notice.types.js';
import { refuses, runCli } from './cli-run.js';

const sampleText = readFileSync('demo/notice.json', 'utf8');
const sample: Notice = JSON.parse(sampleText);
const ALL = ['--state', 'CA,MA', '--today', '2026-12-01'];

let dir: string;

/** Runs the command in `dir`; returns the exit status and everything written. */
const run = (argv: string[], options: { tty?: boolean; env?: CliIO['env'] } = {}) =>
  runCli(argv, { cwd: dir, ...options });

function write(name: string, notice: unknown) {
  writeFileSync(join(dir, name), typeof notice === 'string' ? notice : JSON.stringify(notice));
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinic-notice-cli-'));
  write('notice.json', sampleText);
  const broken = structuredClone(sample);
  broken.dates.postedUntil = '2027-01-19'; // error: 60 days
  broken.contact!.email = 'mailto:privacy@larkspurvalley.example'; // error
  delete broken.contact!.activeUntil; // warning
  write('broken.json', broken);
  const warned = structuredClone(sample);
  delete warned.contact!.activeUntil; // warning only
  write('warned.json', warned);
  write('not-json.json', '{ "id": "x", }');
  write('empty.json', '');
  write('bom.json', `\uFEFF${sampleText}`);
  write('list.json', '[]');
  mkdirSync(join(dir, 'folder.json'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('clinic-notice check', () => {
  describe('exit status 0', () => {
    it('passes the sample and says it is ready, naming what was checked', async () => {
      const { code, stdout, stderr } = await run(['check', 'notice.json', ...ALL]);
      assert.equal(code, 0);
      const lines = stdout.split('\n');
      assert.equal(
        lines[0],
        'notice.json: ready to publish (checked: HIPAA, CA, MA), with 5 notes',
      );
      // The notes: the notices the file cannot show, HIPAA's and each state's.
      assert.equal(stdout.match(/^note {5}\(notices\)$/gm)?.length, 5);
      assert.match(stdout, /\[HIPAA 45 CFR 164\.408\]/);
      assert.match(stdout, /\[Cal\. Civ\. Code 1798\.82\(f\)\]/);
      assert.equal(stderr, '');
    });

    it('names only HIPAA without --state', async () => {
      const { code, stdout } = await run(['check', 'notice.json', '--today', '2026-12-01']);
      assert.equal(code, 0);
      assert.equal(
        stdout.split('\n')[0],
        'notice.json: ready to publish (checked: HIPAA), with 3 notes',
      );
    });

    it('passes a notice with warnings only, and lists them', async () => {
      const { code, stdout } = await run(['check', 'warned.json', ...ALL]);
      assert.equal(code, 0);
      assert.equal(stdout.split('\n')[0], 'warned.json: 0 errors, 1 warning, 5 notes');
      assert.match(stdout, /^warning {2}contact\.activeUntil$/m);
    });

    it('notes a state it does not know, checks the rest, and exits by the findings', async () => {
      const { code, stdout } = await run([
        'check',
        'notice.json',
        '--state',
        'CA,ZZ',
        '--today',
        '2026-12-01',
      ]);
      assert.equal(code, 0);
      const lines = stdout.split('\n');
      assert.equal(lines[0], 'notice.json: ready to publish (checked: HIPAA, CA), with 5 notes');
      assert.match(stdout, /^note {5}--state$/m);
      assert.match(stdout, /"ZZ"; it knows CA \(California\), MA \(Massachusetts\)/);
      const json = JSON.parse(
        (await run(['check', 'notice.json', '--json', '--state', 'ZZ', '--today', '2026-12-01']))
          .stdout,
      );
      assert.deepEqual([json.ok, json.errors, json.notes, json.states], [true, 0, 4, []]);
    });

    it('reads a file that starts with a byte-order mark', async () => {
      assert.equal((await run(['check', 'bom.json', ...ALL])).code, 0);
    });

    it('prints the usage for --help and -h', async () => {
      for (const argv of [['--help'], ['check', '-h'], ['check', 'notice.json', '--help']]) {
        const { code, stdout, stderr } = await run(argv);
        assert.equal(code, 0);
        assert.match(stdout, /^Usage: clinic-notice check <notice\.json>/);
        assert.equal(stderr, '');
      }
    });
  });

  describe('exit status 1', () => {
    it('lists errors first, each with its path, message and rule', async () => {
      const { code, stdout, stderr } = await run(['check', 'broken.json', ...ALL]);
      assert.equal(code, 1);
      assert.equal(stderr, '');
      const lines = stdout.split('\n');
      assert.equal(lines[0], 'broken.json: 2 errors, 1 warning, 5 notes');
      assert.deepEqual(lines.slice(1, 5), [
        '',
        'error    dates.postedUntil',
        '  The web posting runs from 2026-11-20 to 2027-01-19, only 60 days. A substitute notice on the home page must stay up for 90 days. Set dates.postedUntil to 2027-02-18 or later.',
        '  [HIPAA 45 CFR 164.404(d)(2)(ii)]',
      ]);
      assert.match(stdout, /^error {4}contact\.email\n {2}.+\n {2}\[clinic-notice: links\]$/m);
      assert.match(stdout, /^warning {2}contact\.activeUntil$/m);
      assert.ok(stdout.indexOf('contact.email') < stdout.indexOf('contact.activeUntil'));
    });

    it('reports a file that breaks the schema, and says the rules wait for it', async () => {
      const { code, stdout } = await run(['check', 'list.json', ...ALL]);
      assert.equal(code, 1);
      assert.equal(stdout.split('\n')[0], 'list.json: 1 error, 0 warnings');
      assert.match(stdout, /\[notice\.schema\.json\]/);
      assert.match(stdout, /checked once the file matches notice\.schema\.json\.\n$/);
    });

    it('applies the state rules asked for (lower case too)', async () => {
      const notice = structuredClone(sample);
      delete notice.patientRights;
      write('no-rights.json', notice);
      assert.equal((await run(['check', 'no-rights.json', '--today', '2026-12-01'])).code, 0);
      const ma = await run(['check', 'no-rights.json', '--state=ma', '--today=2026-12-01']);
      assert.equal(ma.code, 1);
      assert.equal(ma.stdout.split('\n')[0], 'no-rights.json: 2 errors, 0 warnings, 4 notes');
    });
  });

  describe('--json', () => {
    it('prints one JSON document with its keys in a fixed order', async () => {
      const { code, stdout } = await run(['check', 'broken.json', '--json', ...ALL]);
      assert.equal(code, 1);
      const report = JSON.parse(stdout);
      assert.deepEqual(Object.keys(report), [
        'file',
        'ok',
        'errors',
        'warnings',
        'notes',
        'states',
        'today',
        'findings',
      ]);
      const findings = checkNotice(JSON.parse(readFileSync(join(dir, 'broken.json'), 'utf8')), {
        states: ['CA', 'MA'],
        today: '2026-12-01',
      });
      assert.deepEqual(report, {
        file: 'broken.json',
        ok: false,
        errors: 2,
        warnings: 1,
        notes: 5,
        states: ['CA', 'MA'],
        today: '2026-12-01',
        findings,
      });
      for (const finding of report.findings) {
        assert.deepEqual(Object.keys(finding), ['severity', 'path', 'message', 'rule', 'id']);
      }
    });

    it('says ok for the sample, with its notes only', async () => {
      const { code, stdout } = await run(['check', '--json', 'notice.json', '--state', 'ma,ca']);
      assert.equal(code, 0);
      const report = JSON.parse(stdout);
      assert.equal(report.ok, true);
      assert.deepEqual(
        report.findings.map((f: { severity: string }) => f.severity),
        ['note', 'note', 'note', 'note', 'note'],
      );
      assert.deepEqual(report.states, ['CA', 'MA']);
      assert.match(report.today, /^\d{4}-\d{2}-\d{2}$/);
    });

    it('defaults --today to the local date', async () => {
      const now = new Date();
      const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((part) => String(part).padStart(2, '0'))
        .join('-');
      const { stdout } = await run(['check', 'notice.json', '--json']);
      assert.equal(JSON.parse(stdout).today, today);
    });
  });

  describe('exit status 2, with one line on stderr', () => {
    const cases: [string, string[], string][] = [
      ['no command', [], 'clinic-notice: no command given; try clinic-notice --help'],
      [
        'an unknown command',
        ['lint', 'notice.json'],
        'clinic-notice: unknown command "lint"; try "check", "render" or "snippet"',
      ],
      ['no file', ['check'], 'clinic-notice: check needs a notice file: check notice.json'],
      ['two files', ['check', 'a.json', 'b.json'], 'clinic-notice: check takes one notice file'],
      [
        'a missing file',
        ['check', 'missing.json'],
        'clinic-notice: cannot read missing.json: no such file',
      ],
      [
        'a folder',
        ['check', 'folder.json'],
        'clinic-notice: cannot read folder.json: it is a directory',
      ],
      [
        'an empty file',
        ['check', 'empty.json'],
        'clinic-notice: empty.json is not JSON: the file is empty',
      ],
      [
        'an unknown option',
        ['check', 'notice.json', '--fix'],
        'clinic-notice: unknown option --fix',
      ],
      [
        '--today without a value',
        ['check', 'notice.json', '--today'],
        'clinic-notice: --today needs a value',
      ],
      [
        '--json with a value',
        ['check', 'notice.json', '--json=yes'],
        'clinic-notice: --json takes no value',
      ],
      [
        'a bad --today',
        ['check', 'notice.json', '--today', '2026-02-30'],
        'clinic-notice: --today should be a date written YYYY-MM-DD, not "2026-02-30"',
      ],
    ];
    refuses(cases, run);

    it('for a file that is not JSON, saying so on one line', async () => {
      const { code, stdout, stderr } = await run(['check', 'not-json.json']);
      assert.equal(code, 2);
      assert.match(stderr, /^clinic-notice: not-json\.json is not JSON: \S.*\n$/);
      assert.equal(stdout, '');
    });
  });

  describe('colour', () => {
    it('colours severities on a terminal', async () => {
      const { stdout } = await run(['check', 'broken.json', ...ALL], { tty: true });
      assert.ok(stdout.includes('\x1b[1;31merror'));
      assert.ok(stdout.includes('\x1b[1;33mwarning'));
    });

    it('uses none when stdout is not a terminal, or NO_COLOR is set', async () => {
      for (const options of [{}, { tty: true, env: { NO_COLOR: '1' } }]) {
        const { stdout } = await run(['check', 'broken.json', ...ALL], options);
        assert.ok(!stdout.includes('\x1b'), 'no escape codes');
      }
    });
  });

  it('times a check of the sample (printed, not asserted)', async () => {
    const options = { states: ['CA', 'MA'], today: '2026-12-01' };
    let start = performance.now();
    checkNotice(structuredClone(sample), options);
    const first = performance.now() - start;
    const rounds = 1000;
    start = performance.now();
    for (let i = 0; i < rounds; i++) checkNotice(sample, options);
    const each = (performance.now() - start) / rounds;
    start = performance.now();
    await run(['check', 'notice.json', ...ALL]);
    const command = performance.now() - start;
    console.log(
      `checkNotice(sample): one run ${first.toFixed(2)} ms, ${each.toFixed(3)} ms on average over ${rounds} runs; ` +
        `main(["check", "notice.json"]) in-process with the file read: ${command.toFixed(2)} ms`,
    );
  });
});
