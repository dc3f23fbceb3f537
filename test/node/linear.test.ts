// A hostile notice cannot freeze the page or the checker: the cost of reading text, phone numbers
// and addresses, and of checking a notice, grows in proportion to the input, shown as the ratio of
// the cost of a 200,000-character input to that of a 100,000-character one (2 for linear, 4 for
// the quadratic text reader this replaced).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice } from '../../src/model/check/index.js';
import { walk } from '../../src/model/check/walk.js';
import type { Notice } from '../../src/model/notice.types.js';
import { segments } from '../../src/model/paths.js';
import { schema } from '../../src/model/schema.generated.js';
import { readEmail } from '../../src/model/email.js';
import { readUrl } from '../../src/model/links.js';
import { readPhone } from '../../src/model/phone.js';
import { parseText } from '../../src/model/text.js';
import { ALL, clone } from './check-cases.js';
import { itGrowsLinearly } from './timing.js';

const N = 100_000;

/** Inputs of about `size` characters that made a backtracking reader slow, by what they are. */
const hostile: [string, (size: number) => string][] = [
  ['a run of spaces inside a word', (size) => `a${' '.repeat(size)}b`],
  ['a run of tabs', (size) => `a${'\t'.repeat(size)}b`],
  ['a run of spaces after a line break', (size) => `a\n${' '.repeat(size)}b`],
  ['a run of spaces and line breaks', (size) => `a${' \n'.repeat(size / 2)}b`],
  ['blank lines', (size) => `a${'\n \n'.repeat(size / 3)}b`],
  ['one long word', (size) => 'a'.repeat(size)],
  ['opening brackets', (size) => '['.repeat(size)],
  ['an unclosed label', (size) => `[${'a'.repeat(size)}`],
  ['an unclosed URL', (size) => `[a](${'b'.repeat(size)}`],
  ['unclosed links', (size) => '[a]('.repeat(size / 4)],
  ['a URL of empty parentheses', (size) => `[a](x${'[a]()'.repeat(size / 5)}`],
  ['a URL of balanced parentheses', (size) => `[a](${'(b)'.repeat(size / 3)}`],
  ['links', (size) => '[a](b) '.repeat(size / 7)],
  ['a label of digits', (size) => `[${'1 '.repeat(size / 2)}](tel:+18005550142)`],
  ['a label of dots', (size) => `[${'.'.repeat(size)}a](https://clinic.example/)`],
  ['a label of addresses', (size) => `[${'a@b.example '.repeat(size / 12)}](mailto:a@b.example)`],
  [
    'labels that name another site',
    (size) => '[clinic.example](https://evil.example/) '.repeat(size / 40),
  ],
];

describe('parseText cost', () => itGrowsLinearly(parseText, hostile, N));

describe('readPhone cost (an attribute has no schema limit)', () => {
  const values: [string, (size: number) => string][] = [
    ['spaces', (size) => `1${' '.repeat(size)}8005550142`],
    ['digits', (size) => '5'.repeat(size)],
    ['letters', (size) => `1-800-${'FLOWERS'.repeat(size / 7)}`],
    ['hidden characters', (size) => `1-800-555-0142${'\u202e'.repeat(size)}`],
    ['extension markers', (size) => `1-800-555-0142${' x1'.repeat(size / 3)}`],
  ];
  itGrowsLinearly(readPhone, values, N);
});

describe('readEmail cost (an attribute has no schema limit)', () => {
  const values: [string, (size: number) => string][] = [
    ['a long mailbox name', (size) => `${'a'.repeat(size)}@clinic.example`],
    ['dots', (size) => `privacy@${'a.'.repeat(size / 2)}example`],
    ['a long non-ASCII domain', (size) => `privacy@${'é'.repeat(size)}.example`],
    ['hidden characters', (size) => `privacy@clinic.example${'\u200b'.repeat(size)}`],
  ];
  itGrowsLinearly(readEmail, values, N);
});

describe('readUrl cost (an attribute has no schema limit)', () => {
  const values: [string, (size: number) => string][] = [
    ['a long path', (size) => `https://clinic.example/${'a/'.repeat(size / 2)}`],
    ['a long host', (size) => `https://${'a.'.repeat(size / 2)}example/`],
    ['a long relative URL', (size) => `${'../'.repeat(size / 3)}notice.html`],
    ['slashes and backslashes', (size) => `${'/\\'.repeat(size / 2)}evil.example`],
    ['a long scheme', (size) => `${'a'.repeat(size)}:x`],
  ];
  itGrowsLinearly(readUrl, values, N);
});

/** The sample with every text field but the summary (in every language) set to `text`. */
function everyText(text: string): Notice {
  const notice = clone();
  const paths: string[] = [];
  walk(notice, schema, '', (ref, _, path) => {
    if (ref === '#/$defs/text' && !path.endsWith('summary')) paths.push(path);
  });
  for (const path of paths) {
    const keys = segments(path);
    const last = keys.pop()!;
    const parent = keys.reduce<any>((node, key) => node[key], notice); // eslint-disable-line @typescript-eslint/no-explicit-any
    parent[last] = text;
  }
  return notice;
}

describe('checkNotice cost', () => {
  const refused: [string, (size: number) => unknown][] = [
    [
      'a summary of a run of spaces (refused by its length)',
      (size) => ({ ...clone(), summary: `a${' '.repeat(size)}b` }),
    ],
    [
      'questions (refused by their number)',
      (size) => ({ ...clone(), faq: Array.from({ length: size / 100 }, () => clone().faq![0]) }),
    ],
  ];
  const nearLimit: [string, (size: number) => unknown] = [
    'every text field near its limit: runs of spaces, line breaks and unclosed links',
    (size) => everyText(`a${' \n'.repeat(size / 4)}${'[a]('.repeat(size / 8)}`),
  ];
  const check = (notice: unknown) => checkNotice(notice, ALL);
  itGrowsLinearly(check, refused, N);
  itGrowsLinearly(check, [nearLimit], 8_000);

  it('refuses a summary of 450,000 spaces by its length, naming the limit', () => {
    const findings = checkNotice({ ...clone(), summary: `a${' '.repeat(450_000)}b` }, ALL);
    assert.deepEqual(
      findings.map((f) => `${f.path}: ${f.message}`),
      [
        'summary: "summary" is longer than the 1,000 characters the summary may hold (it has 450,002). The file must match notice.schema.json.',
      ],
    );
  });
});
