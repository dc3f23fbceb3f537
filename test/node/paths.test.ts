// Paths into a notice as messages write them: src/model/paths.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join, segments, valueAt } from '../../src/model/paths.js';

describe('join', () => {
  it('writes names with a dot, indexes and other keys in brackets', () => {
    assert.equal(join('', 'dates'), 'dates');
    assert.equal(join('dates', 'postedUntil'), 'dates.postedUntil');
    assert.equal(join('faq', 2), 'faq[2]');
    assert.equal(join('', 0), '[0]');
    assert.equal(join('translations.es.faq', 'call-us'), 'translations.es.faq["call-us"]');
    assert.equal(join('translations', 'es-MX'), 'translations["es-MX"]');
    assert.equal(join('a', '2'), 'a["2"]');
  });
});

describe('segments', () => {
  it('reads back what join writes', () => {
    assert.deepEqual(segments('faq[2].answer'), ['faq', 2, 'answer']);
    assert.deepEqual(segments('translations.es.faq["call-us"].answer'), [
      'translations',
      'es',
      'faq',
      'call-us',
      'answer',
    ]);
    for (const keys of [
      ['a', 'b'],
      ['a', 3, 'b-c'],
      ['x', 'say "hi"'],
      ['a', '2'],
    ]) {
      const path = keys.reduce<string>((at, key) => join(at, key), '');
      assert.deepEqual(segments(path), keys, path);
    }
  });

  it('reads an empty path as no keys', () => {
    assert.deepEqual(segments(''), []);
  });
});

describe('valueAt', () => {
  const root = { a: { b: [10, { c: 'x' }] }, 'call-us': 1 };

  it('follows names, indexes and quoted keys', () => {
    assert.equal(valueAt(root, 'a.b[1].c'), 'x');
    assert.equal(valueAt(root, 'a.b[0]'), 10);
    assert.equal(valueAt(root, '["call-us"]'), 1);
    assert.equal(valueAt(root, ''), root);
  });

  it('gives undefined where a step is missing, instead of throwing', () => {
    assert.equal(valueAt(root, 'a.b[5]'), undefined);
    assert.equal(valueAt(root, 'a.z.q'), undefined);
    assert.equal(valueAt(null, 'a'), undefined);
    assert.equal(valueAt('text', 'length'), undefined);
  });

  it('reads own fields only, never inherited ones', () => {
    assert.equal(valueAt(root, 'toString'), undefined);
    assert.equal(valueAt(root, 'a.constructor'), undefined);
  });
});
