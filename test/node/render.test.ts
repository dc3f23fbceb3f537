// `clinic-notice render`, run in-process from the sources with files in a temporary folder. The
// built command, the script's integrity and the pages in a real browser: test/e2e/prerender.spec.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Notice } from '../../src/model/notice.types.js';
import { forPage } from '../../src/render/render.js';
import { runCli } from './cli-run.js';

const sampleText = readFileSync('demo/notice.json', 'utf8');
const sample: Notice = JSON.parse(sampleText);
const TODAY = ['--today', '2026-12-01'];

let dir: string;

const run = (argv: string[]) => runCli(argv, { cwd: dir });

const write = (name: string, value: unknown) =>
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const lines = (text: string) => text.trim().split('\n');

/** The text a browser shows of some HTML: Lit's markers and the tags out. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinic-notice-render-'));
  write('notice.json', sampleText);
  const legal = structuredClone(sample);
  legal.dates.postedUntil = '2027-01-19'; // a legal error: 60 days of posting
  write('legal.json', legal);
  const hostile = structuredClone(sample);
  hostile.summary = 'Read this </script><script>alert(1)</script> <!-- and this';
  write('hostile.json', hostile);
  write('not-json.json', '{ "id": "x", }');
  write('schema.json', { id: 'x' });
  write('a-file', 'in the way');
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('clinic-notice render', () => {
  it('writes the page and the banner in each language, and says what it wrote', async () => {
    const { code, stdout, stderr } = await run([
      'render',
      'notice.json',
      '--out',
      'site',
      ...TODAY,
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    for (const path of ['notice.html', 'banner.html', 'es/notice.html', 'es/banner.html']) {
      assert.ok(existsSync(join(dir, 'site', path)), path);
      assert.match(stdout, new RegExp(`^  ${path.replace('.', '\\.')}\\s+\\d+\\.\\d KB$`, 'm'));
    }
    assert.match(stdout, /^Wrote \d+ files to site\/ \(en, es\):$/m);
    assert.match(stdout, /banner\.html into the home page/);
    assert.match(stdout, /^ {2}<script type="module" src="\/clinic-notice\.js"><\/script>$/m);
  });

  it('writes a complete page: language, title, description, alternates, script, notice', () => {
    const page = read('site/notice.html');
    assert.match(page, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(page, /<title>Notice of Data Breach – Larkspur Valley Family Clinic<\/title>/);
    assert.match(page, /<meta name="description" content="An unauthorized person[^"]*">/);
    assert.match(page, /<link rel="alternate" hreflang="en" href="\/notice\.html">/);
    assert.match(page, /<link rel="alternate" hreflang="es" href="\/es\/notice\.html">/);
    assert.match(page, /<script type="module" src="\/clinic-notice\.js"><\/script>/);
    assert.match(page, /<a href="\/es\/notice\.html" hreflang="es" lang="es">Español<\/a>/);
    // The element, rendered into its shadow root, and the notice it hydrates from.
    assert.match(
      page,
      /<notice-document lang="en"><template shadowroot="open" shadowrootmode="open">/,
    );
    // The notice without its translations, which this page does not read.
    const block = /<script type="application\/json">(.*?)<\/script>/s.exec(page)![1]!;
    const { translations, ...main } = sample;
    assert.ok(translations?.es, 'the sample has a translation');
    assert.deepEqual(JSON.parse(block), main);
    const shown = text(page);
    for (const title of ['What Happened', 'What You Can Do', 'Questions and Answers']) {
      assert.ok(shown.includes(title), title);
    }
    for (const question of sample.faq!) assert.ok(page.includes(question.question), question.id);
    assert.match(page, /href="tel:\+18005550142"/);
  });

  it('writes the translation under its language, in that language', () => {
    const page = read('site/es/notice.html');
    assert.match(page, /<html lang="es" dir="ltr">/);
    assert.match(page, /<title>Aviso de violación de datos – /);
    assert.match(page, /<link rel="canonical" href="\/es\/notice\.html">/);
    assert.match(text(page), /¿Qué sucedió\?/);
    assert.match(page, /<a href="\/notice\.html" hreflang="en" lang="en">English<\/a>/);
    // The notice with the one translation this page reads.
    const block = /<script type="application\/json">(.*?)<\/script>/s.exec(page)![1]!;
    assert.deepEqual(JSON.parse(block), sample);
    assert.deepEqual(Object.keys(sample.translations!), ['es']);
  });

  it('writes a banner fragment with heading, text, link and helpline, and no JSON', () => {
    const banner = read('site/banner.html');
    assert.match(banner, /<notice-banner[^>]* heading="Notice of Data Breach"/);
    assert.match(banner, /<a\s+part="link"\s+href="\/notice\.html"/);
    assert.match(
      banner,
      /<a part="phone" href="tel:\+18005550142" dir="ltr">(<!--[^>]*-->)*1-800-555-0142/,
    );
    assert.match(text(banner), /An unauthorized person/);
    assert.doesNotMatch(banner, /application\/json/);
    assert.match(read('site/es/banner.html'), /href="\/es\/notice\.html"/);
    assert.match(text(read('site/es/banner.html')), /Línea gratuita:/);
  });

  it('prints a policy whose hashes allow every inline style the files hold', () => {
    const policy = read('site/content-security-policy.txt').trim();
    assert.match(policy, /^default-src 'self'; script-src 'self'; style-src 'self' 'sha256-/);
    for (const path of ['notice.html', 'banner.html', 'es/notice.html', 'es/banner.html']) {
      for (const [, css] of read(`site/${path}`).matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        const hash = createHash('sha256').update(css!).digest('base64');
        assert.ok(policy.includes(`'sha256-${hash}'`), `${path}: a style without its hash`);
      }
    }
  });

  it('takes --base-url for the links and --today for the posting window', async () => {
    const absolute = await run([
      'render',
      'notice.json',
      '--out',
      'absolute',
      '--base-url',
      'https://www.clinic.example/breach',
      ...TODAY,
    ]);
    assert.equal(absolute.code, 0, absolute.stderr);
    assert.match(
      read('absolute/notice.html'),
      /hreflang="es" href="https:\/\/www\.clinic\.example\/breach\/es\/notice\.html"/,
    );
    assert.match(
      read('absolute/banner.html'),
      /href="https:\/\/www\.clinic\.example\/breach\/notice\.html"/,
    );
    // Before the posting window opens, the banner renders nothing.
    const early = await run(['render', 'notice.json', '--out', 'early', '--today', '2026-11-01']);
    assert.equal(early.code, 0, early.stderr);
    assert.doesNotMatch(text(read('early/banner.html')), /Notice of Data Breach|helpline/);
  });

  it('keeps a hostile summary from closing the data block', async () => {
    const { code } = await run(['render', 'hostile.json', '--out', 'hostile', ...TODAY]);
    assert.equal(code, 0);
    const page = read('hostile/notice.html');
    assert.equal(page.match(/<\/script>/g)!.length, 2); // the data block's and the module's
    const block = /<script type="application\/json">(.*?)<\/script>/s.exec(page)![1]!;
    assert.equal(JSON.parse(block).summary, JSON.parse(read('hostile.json')).summary);
    assert.doesNotMatch(page, /<script>alert/);
  });

  it('prints legal findings and still writes the files; --strict writes nothing', async (t) => {
    // Rendering the 60-day banner, the development build's banner warns in the console as it
    // does in a browser: expected here, so checked rather than printed.
    const warn = t.mock.method(console, 'warn', () => {});
    const lenient = await run(['render', 'legal.json', '--out', 'legal', ...TODAY]);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /posting window .* is 60 days/);
    assert.equal(lenient.code, 0);
    assert.match(lenient.stderr, /^legal\.json: 1 error/);
    assert.match(lenient.stderr, /dates\.postedUntil/);
    assert.ok(existsSync(join(dir, 'legal/notice.html')));
    const strict = await run(['render', 'legal.json', '--out', 'strict', '--strict', ...TODAY]);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /--strict and the checker found errors; nothing written/);
    assert.equal(existsSync(join(dir, 'strict')), false);
  });

  describe('exit status 2, one line, nothing written', () => {
    const cases: [string, string[], RegExp][] = [
      [
        'a missing file',
        ['render', 'missing.json', '--out', 'x'],
        /cannot read missing\.json: no such file/,
      ],
      [
        'a file that is not JSON',
        ['render', 'not-json.json', '--out', 'x'],
        /not-json\.json is not JSON: /,
      ],
      ['no --out', ['render', 'notice.json'], /render needs --out DIR/],
      ['--json', ['render', 'notice.json', '--out', 'x', '--json'], /--json is an option of check/],
      [
        'a bad --base-url',
        ['render', 'notice.json', '--out', 'x', '--base-url', 'clinic'],
        /--base-url should be/,
      ],
      ['--out on check', ['check', 'notice.json', '--out', 'x'], /--out is an option of render/],
    ];
    for (const [name, argv, message] of cases) {
      it(`for ${name}`, async () => {
        const { code, stdout, stderr } = await run(argv);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.equal(lines(stderr).length, 1, stderr);
        assert.match(stderr, message);
        assert.equal(existsSync(join(dir, 'x')), false);
      });
    }

    it('for a file that breaks the schema, after the checker says where', async () => {
      const { code, stdout, stderr } = await run(['render', 'schema.json', '--out', 'x']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /error {2}/);
      assert.match(
        lines(stderr).at(-1)!,
        /schema\.json does not match the schema; nothing written/,
      );
      assert.equal(existsSync(join(dir, 'x')), false);
    });

    it('for an --out that cannot be written', async () => {
      const { code, stderr } = await run(['render', 'notice.json', '--out', 'a-file', ...TODAY]);
      assert.equal(code, 2);
      assert.equal(lines(stderr).length, 1, stderr);
      assert.match(
        stderr,
        /^clinic-notice: cannot write to a-file: a file of that name is in the way\n$/,
      );
      assert.equal(read('a-file'), 'in the way');
    });
  });
});

describe('forPage: the notice one page reads', () => {
  const notice = structuredClone(sample);
  notice.translations = { es: notice.translations!.es!, fr: { title: 'Avis de violation' } };

  it('leaves every translation out of the main language page', () => {
    assert.equal(forPage(notice, 'en').translations, undefined);
    assert.equal(forPage(notice, 'en-US').translations, undefined);
    assert.equal(forPage(notice, 'en').summary, notice.summary);
  });

  it('keeps the one translation a page in another language reads', () => {
    assert.deepEqual(Object.keys(forPage(notice, 'fr').translations!), ['fr']);
    assert.deepEqual(Object.keys(forPage(notice, 'es-MX').translations!), ['es']);
    assert.equal(forPage(notice, 'fr').translations!.fr, notice.translations!.fr);
  });

  it('leaves translations out of a page in a language the notice lacks', () => {
    assert.equal(forPage(notice, 'de').translations, undefined);
  });
});
