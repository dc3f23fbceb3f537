// The validator's own words: src/model/validate.ts on a small schema, one keyword at a time. (That
// it agrees with Ajv on notice.schema.json is schema.test.ts.) The checker shows these messages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate, type Schema } from '../../src/model/validate.js';

const schema: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { $ref: '#/$defs/text' },
    day: { type: 'string', format: 'date' },
    start: { type: 'string', minLength: 1, format: 'date', pattern: '^2' },
    code: { type: 'string', pattern: '^[a-z]+$' },
    level: { enum: ['low', 'high'] },
    count: { type: 'integer', minimum: 1 },
    revision: { type: ['integer', 'string'] },
    ratio: { type: 'number' },
    tags: { type: 'array', minItems: 1, items: { $ref: '#/$defs/text' } },
    byLang: {
      type: 'object',
      propertyNames: { $ref: '#/$defs/languageTag' },
      additionalProperties: { $ref: '#/$defs/text' },
    },
    open: { type: 'object', properties: { known: { type: 'boolean' } } },
    short: { $ref: '#/$defs/text', type: 'string', maxLength: 3 },
    few: { type: 'array', maxItems: 2, items: { $ref: '#/$defs/text' } },
    some: { type: 'object', maxProperties: 2, additionalProperties: { $ref: '#/$defs/text' } },
  },
  $defs: {
    text: { type: 'string', minLength: 1, maxLength: 5 },
    languageTag: { type: 'string', pattern: '^[a-z]{2}$' },
  },
};

const problems = (value: unknown) =>
  validate(value, schema).map(({ path, message }) => `${path}: ${message}`);

describe('validate', () => {
  it('finds nothing wrong with a value that fits', () => {
    const value = {
      name: 'x',
      day: '2028-02-29',
      code: 'abc',
      level: 'low',
      count: 2,
      revision: 'r2',
      ratio: 3,
      tags: ['a'],
      byLang: { es: 'y' },
      open: { known: true, other: 1 },
    };
    assert.deepEqual(problems(value), []);
  });

  it('names each problem at its path, in document order', () => {
    assert.deepEqual(
      problems({
        code: 'ABC',
        day: '2026-02-30',
        level: 'medium',
        count: 0,
        tags: [],
        extra: true,
      }),
      [
        'name: is missing',
        'code: "ABC" is not in the expected form (^[a-z]+$)',
        'day: should be a date written YYYY-MM-DD, not "2026-02-30"',
        'level: should be one of "low", "high", not "medium"',
        'count: should be at least 1',
        'tags: should list at least 1',
        'extra: is not a field here; check its spelling',
      ],
    );
  });

  it('says which type it wanted and which it got, in words', () => {
    assert.deepEqual(problems({ name: 42 }), ['name: should be a string, not a whole number']);
    assert.deepEqual(problems({ name: 'x', count: 1.5 }), [
      'count: should be a whole number, not a number',
    ]);
    assert.deepEqual(problems({ name: 'x', revision: true }), [
      'revision: should be a whole number or a string, not true or false',
    ]);
    assert.deepEqual(problems({ name: 'x', ratio: 2 }), [], 'an integer is a number');
    assert.deepEqual(problems({ name: 'x', tags: {} }), ['tags: should be a list, not an object']);
    assert.deepEqual(problems(null), ['(the notice): should be an object, not null']);
    assert.deepEqual(problems([]), ['(the notice): should be an object, not a list']);
  });

  it('follows $ref, items and additionalProperties, with their paths', () => {
    assert.deepEqual(problems({ name: '', tags: ['a', ''], byLang: { es: '' } }), [
      'name: should not be empty',
      'tags[1]: should not be empty',
      'byLang.es: should not be empty',
    ]);
  });

  it('checks the names of an object’s keys', () => {
    assert.deepEqual(problems({ name: 'x', byLang: { 'not a tag': 'y' } }), [
      'byLang["not a tag"]: "not a tag" is not a language tag such as "es" or "es-MX"',
    ]);
  });

  it('knows only the object’s own fields and keys, never those it inherits', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const value = JSON.parse(`{"name": "x", ${JSON.stringify(key)}: {"x": 1}}`);
      assert.deepEqual(problems(value), [`${key}: is not a field here; check its spelling`]);
      const keyed = JSON.parse(`{"name": "x", "byLang": {${JSON.stringify(key)}: "y"}}`);
      assert.deepEqual(problems(keyed), [
        `byLang.${key}: "${key}" is not a language tag such as "es" or "es-MX"`,
      ]);
    }
    assert.deepEqual(problems(Object.create({ name: 'x' })), ['name: is missing']);
  });

  it('names the limit a string, a list or an object goes over', () => {
    assert.deepEqual(problems({ name: 'abcdef' }), [
      'name: is longer than the 5 characters a text field may hold (it has 6)',
    ]);
    assert.deepEqual(problems({ name: 'x', short: 'abcd' }), [
      'short: is longer than the 3 characters the short may hold (it has 4)',
    ]);
    assert.deepEqual(problems({ name: 'x', short: 'abcdef' }), [
      'short: is longer than the 3 characters the short may hold (it has 6)',
    ]);
    assert.deepEqual(problems({ name: 'x', few: ['a', 'b', 'c'] }), [
      'few: has 3 items, more than the 2 this list may hold',
    ]);
    assert.deepEqual(problems({ name: 'x', some: { a: 'x', b: 'y', c: 'z' } }), [
      'some: has 3 entries, more than the 2 this field may hold',
    ]);
    assert.deepEqual(problems({ name: 'x', few: ['a', 'b'], some: { a: 'x', b: 'y' } }), []);
  });

  it('counts characters as Ajv does: an emoji is one, however JavaScript stores it', () => {
    assert.deepEqual(problems({ name: '😀😀😀😀😀' }), []);
    assert.deepEqual(problems({ name: '😀😀😀😀😀😀' }), [
      'name: is longer than the 5 characters a text field may hold (it has 6)',
    ]);
  });

  it('checks a limit before anything else, and nothing inside what goes over it', () => {
    const long = `2${'0'.repeat(200_000)}`;
    assert.deepEqual(problems({ name: long }), [
      'name: is longer than the 5 characters a text field may hold (it has 200,001)',
    ]);
    assert.deepEqual(problems({ name: 'x', few: [1, 2, 3] }), [
      'few: has 3 items, more than the 2 this list may hold',
    ]);
    assert.deepEqual(problems({ name: 'x', some: { a: 1, b: 2, c: 3 } }), [
      'some: has 3 entries, more than the 2 this field may hold',
    ]);
  });

  it('quotes at most 60 characters of a value it refuses', () => {
    const [problem] = problems({ name: 'x', level: 'x'.repeat(1000) });
    assert.ok(problem.length < 150, problem);
    assert.match(problem, /not "x+…$/);
  });

  it('gives one problem a value, the most basic first', () => {
    assert.deepEqual(problems({ name: 'x', start: 5 }), [
      'start: should be a string, not a whole number',
    ]);
    assert.deepEqual(problems({ name: 'x', start: '' }), ['start: should not be empty']);
    assert.deepEqual(problems({ name: 'x', start: '1999-02-30' }), [
      'start: should be a date written YYYY-MM-DD, not "1999-02-30"',
    ]);
    assert.deepEqual(problems({ name: 'x', start: '1999-02-28' }), [
      'start: "1999-02-28" is not in the expected form (^2)',
    ]);
  });
});
