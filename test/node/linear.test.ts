// A hostile notice cannot freeze the page or the checker: the text reader's cost grows in
// proportion to the text, shown as the ratio of the cost of a 200,000-character input to that of a
// 100,000-character one (2 for linear, 4 for the quadratic reader this replaced).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseText } from '../../src/model/text.js';
import { growth, LINEAR } from './timing.js';

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
];

describe('parseText cost', () => {
  for (const [what, make] of hostile) {
    it(`grows linearly with ${what}`, (t) => {
      const ratio = growth(make, parseText, N);
      t.diagnostic(`${what}: 200k / 100k = ${ratio.toFixed(2)}`);
      assert.ok(ratio <= LINEAR, `doubling the input multiplied the cost by ${ratio.toFixed(2)}`);
    });
  }
});
