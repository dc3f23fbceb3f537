/**
 * The layers of src/ (ARCHITECTURE.md) hold: the lint rule rejects each forbidden import and
 * accepts the allowed ones, ARCHITECTURE.md names every folder of src/, and no source file has
 * grown past one screen-and-a-bit (300 lines).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The `no-restricted-imports` messages ESLint gives `code` as if it were the file `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const probe = (source: string) => `import * as probe from '${source}';\nexport default probe;\n`;

describe('the import rule (npm run lint)', () => {
  const forbidden: [string, string][] = [
    ['src/model/probe.ts', '../internal/language.js'],
    ['src/model/probe.ts', 'lit'],
    ['src/model/probe.ts', 'node:fs'],
    ['src/model/check/probe.ts', '../../internal/authoring.js'],
    ['src/translations/probe.ts', '../internal/language.js'],
    ['src/internal/probe.ts', '../notice-banner/notice-banner.js'],
    ['src/internal/probe.ts', '../cli/cli.js'],
    ['src/notice-banner/probe.ts', '../cli/cli.js'],
    ['src/notice-banner/probe.ts', 'node:fs'],
    ['src/cli/probe.ts', '../internal/load.js'],
  ];
  for (const [file, source] of forbidden) {
    it(`refuses ${source} in ${file}`, async () => {
      const errors = await layerErrors(file, probe(source));
      assert.equal(errors.length, 1, `expected one layer error, got ${JSON.stringify(errors)}`);
      assert.match(errors[0], /ARCHITECTURE\.md|imports no library/);
    });
  }

  const allowed: [string, string][] = [
    ['src/model/probe.ts', './dates.js'],
    ['src/model/check/probe.ts', '../dates.js'],
    ['src/translations/probe.ts', '../model/california-form.js'],
    ['src/internal/probe.ts', '../model/links.js'],
    ['src/internal/probe.ts', 'lit'],
    ['src/notice-document/probe.ts', '../notice-faq/notice-faq.js'],
    ['src/cli/probe.ts', '../model/check/index.js'],
  ];
  for (const [file, source] of allowed) {
    it(`allows ${source} in ${file}`, async () => {
      assert.deepEqual(await layerErrors(file, probe(source)), []);
    });
  }
});

describe('ARCHITECTURE.md', () => {
  const page = readFileSync('ARCHITECTURE.md', 'utf8');

  it('names every folder and top-level file of src/', () => {
    for (const entry of readdirSync('src')) {
      const isFolder = statSync(join('src', entry)).isDirectory();
      const name =
        isFolder && entry.startsWith('notice-')
          ? 'src/notice-*/'
          : `src/${entry}${isFolder ? '/' : ''}`;
      assert.ok(page.includes(`\`${name}\``), `ARCHITECTURE.md does not name ${name}`);
    }
  });

  it('names only files that exist', () => {
    const real = (path: string) => !/notice-x|<|\bprobe\b/.test(path); // examples of a new thing
    for (const [, path] of page.matchAll(/`((?:src|test|scripts)\/[\w./-]+\.(?:ts|mjs|js))`/g)) {
      if (!real(path)) continue;
      assert.ok(
        statSync(path, { throwIfNoEntry: false }),
        `ARCHITECTURE.md names ${path}, which is gone`,
      );
    }
  });
});

describe('file size', () => {
  // The files `npm run schema` writes from notice.schema.json are as long as the schema is.
  const GENERATED = ['src/model/notice.types.ts', 'src/model/schema.generated.ts'];

  it('keeps every file in src/ within 300 lines, but those generated from the schema', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const long = files('src')
      .filter((path) => !GENERATED.includes(path.replaceAll('\\', '/')))
      .map((path) => [path, readFileSync(path, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 300);
    assert.deepEqual(long, []);
  });
});
