// The notice format: notice.schema.json, the validator the elements and the checker share, and
// Ajv (the reference implementation) must agree on every file here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { schema as stripped } from '../../src/model/schema.generated.js';
import { validate } from '../../src/model/validate.js';
import type { Notice } from '../../src/model/notice.types.js';
import { join } from '../../src/model/paths.js';
import { es, PROTOTYPE_KEYS, withKey } from './check-cases.js';

const published = JSON.parse(readFileSync('notice.schema.json', 'utf8'));
const sample: Notice = JSON.parse(readFileSync('demo/notice.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const reference = ajv.compile(published);

const clone = (): Notice => structuredClone(sample);
const ours = (value: unknown) => validate(value, stripped);

/** Ajv's error paths, in the same `a.b[2].c` form ours uses. */
function ajvPaths(value: unknown): string[] {
  reference(value);
  return (reference.errors ?? []).map((error) => {
    const base = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<string>((at, part) => join(at, /^\d+$/.test(part) ? Number(part) : part), '');
    const named =
      (error as { propertyName?: string }).propertyName ??
      (error.params as { propertyName?: string }).propertyName;
    if (named) return join(base, named);
    const extra =
      error.keyword === 'required'
        ? (error.params as { missingProperty: string }).missingProperty
        : error.keyword === 'additionalProperties'
          ? (error.params as { additionalProperty: string }).additionalProperty
          : undefined;
    return extra ? (base ? `${base}.${extra}` : extra) : base || '(the notice)';
  });
}

describe('notice.schema.json', () => {
  it('is what the sample names in $schema, beside it, so a copied pair still resolves', () => {
    const named = (JSON.parse(readFileSync('demo/notice.json', 'utf8')) as { $schema: string })
      .$schema;
    const beside = joinPath('demo', named);
    assert.ok(existsSync(beside), `demo/notice.json names ${named}, which is not beside it`);
    assert.equal(readFileSync(beside, 'utf8'), readFileSync('notice.schema.json', 'utf8'));
  });

  it('accepts the sample notice, and so does the shared validator', () => {
    assert.equal(reference(sample), true, JSON.stringify(reference.errors));
    assert.deepEqual(ours(sample), []);
  });

  const required: [string, (notice: Notice) => void][] = [
    ['id', (n) => delete (n as Partial<Notice>).id],
    ['revision', (n) => delete (n as Partial<Notice>).revision],
    ['lang', (n) => delete (n as Partial<Notice>).lang],
    ['organization', (n) => delete (n as Partial<Notice>).organization],
    ['organization.name', (n) => delete (n.organization as { name?: string }).name],
    ['summary', (n) => delete (n as Partial<Notice>).summary],
    ['dates', (n) => delete (n as Partial<Notice>).dates],
    ['dates.noticeDate', (n) => delete (n.dates as { noticeDate?: string }).noticeDate],
    ['dates.postedFrom', (n) => delete (n.dates as { postedFrom?: string }).postedFrom],
    ['dates.postedUntil', (n) => delete (n.dates as { postedUntil?: string }).postedUntil],
    [
      'lawEnforcementDelay.delayed',
      (n) => delete (n.lawEnforcementDelay as { delayed?: boolean }).delayed,
    ],
    [
      'sections.informationInvolved.types',
      (n) => delete (n.sections!.informationInvolved as { types?: unknown }).types,
    ],
    [
      'sections.whatYouCanDo.steps[0].id',
      (n) => delete (n.sections!.whatYouCanDo!.steps![0] as { id?: string }).id,
    ],
    [
      'sections.whatYouCanDo.steps[2].title',
      (n) => delete (n.sections!.whatYouCanDo!.steps![2] as { title?: string }).title,
    ],
    ['faq[1].answer', (n) => delete (n.faq![1] as { answer?: string }).answer],
    ['faq[0].id', (n) => delete (n.faq![0] as { id?: string }).id],
    [
      'identityTheftProtection.offered',
      (n) => delete (n.identityTheftProtection as { offered?: boolean }).offered,
    ],
  ];

  for (const [path, remove] of required) {
    it(`fails without ${path}, naming it`, () => {
      const notice = clone();
      remove(notice);
      assert.deepEqual(ajvPaths(notice), [path]);
      assert.deepEqual(
        ours(notice).map((problem) => problem.path),
        [path],
      );
      assert.match(ours(notice)[0].message, /is missing/);
    });
  }

  const broken: [string, string, (notice: Notice) => void][] = [
    ['a bad date', 'dates.noticeDate', (n) => (n.dates.noticeDate = '11/20/2026')],
    ['an impossible date', 'dates.postedUntil', (n) => (n.dates.postedUntil = '2027-02-30')],
    ['an unknown severity', 'severity', (n) => ((n as { severity: string }).severity = 'high')],
    ['an unknown status', 'status', (n) => ((n as { status: string }).status = 'done')],
    [
      'a misspelt field',
      'dates.postedUnitl',
      (n) => ((n.dates as unknown as Record<string, string>).postedUnitl = '2027-01-01'),
    ],
    [
      'a number for text',
      'sections.whatHappened',
      (n) => ((n.sections as Record<string, unknown>).whatHappened = 42),
    ],
    ['an empty string', 'summary', (n) => (n.summary = '')],
    ['a bad id', 'id', (n) => (n.id = 'has spaces')],
    ['revision 0', 'revision', (n) => (n.revision = 0)],
    ['a bad language tag', 'lang', (n) => (n.lang = 'english!')],
    [
      'a bad translation key',
      'translations["not a tag"]',
      (n) => (n.translations!['not a tag'] = {}),
    ],
    [
      'an empty list of types',
      'sections.informationInvolved.types',
      (n) => (n.sections!.informationInvolved!.types = [] as never),
    ],
    [
      'an unknown category',
      'sections.informationInvolved.types[0].category',
      (n) => ((n.sections!.informationInvolved!.types[0] as { category: string }).category = 'dna'),
    ],
    [
      'a list for an object',
      'contact',
      (n) => ((n as unknown as Record<string, unknown>).contact = []),
    ],
    [
      'a field unknown to a translation',
      'translations.es.sections.whatHappend',
      (n) => ((n.translations!.es!.sections as Record<string, string>).whatHappend = 'x'),
    ],
  ];

  for (const [what, path, breakIt] of broken) {
    it(`fails on ${what}, at ${path}, as Ajv does`, () => {
      const notice = clone();
      breakIt(notice);
      const found = ours(notice);
      assert.equal(found[0]?.path, path, JSON.stringify(found));
      assert.equal(reference(notice), false);
      assert.ok(ajvPaths(notice).includes(path), `Ajv: ${ajvPaths(notice).join(', ')}`);
    });
  }

  const word = (length: number) => 'x'.repeat(length);
  const questions = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `q${i}`,
      question: 'Why?',
      answer: 'Because.',
    }));
  const steps = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `s${i}`, title: 'Do' }));
  const types = (count: number) => Array.from({ length: count }, () => ({ label: 'Names' }));
  const byKey = <T>(count: number, make: (i: number) => [string, T]) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => make(i)));
  const languages = (count: number) =>
    byKey(count, (i) => [`x${String.fromCharCode(97 + (i % 26))}-${1000 + i}`, {}]);

  /** [field, limit, a value at the limit, one over it, where to put it]. */
  const limits: [string, string, (n: Notice, over: boolean) => void][] = [
    ['summary', '1,000 characters', (n, over) => (n.summary = word(over ? 1001 : 1000))],
    [
      'sections.whatHappened',
      '20,000 characters',
      (n, over) => (n.sections!.whatHappened = `a${' '.repeat(over ? 19_999 : 19_998)}b`),
    ],
    [
      'translations.es.summary',
      '1,000 characters',
      (n, over) => (es(n).summary = word(over ? 1001 : 1000)),
    ],
    [
      'faq[3].answer',
      '20,000 characters',
      (n, over) => (n.faq![3].answer = '😀'.repeat(over ? 20_001 : 20_000)),
    ],
    ['title', '500 characters', (n, over) => (n.title = word(over ? 501 : 500))],
    [
      'sections.whatYouCanDo.steps[1].title',
      '500 characters',
      (n, over) => (n.sections!.whatYouCanDo!.steps![1].title = word(over ? 501 : 500)),
    ],
    [
      'contact.tollFreePhone',
      '50 characters',
      (n, over) => (n.contact!.tollFreePhone = `1-800-555-0142${' '.repeat(over ? 37 : 36)}`),
    ],
    [
      'contact.email',
      '254 characters',
      (n, over) => (n.contact!.email = `${word(over ? 240 : 239)}@clinic.example`),
    ],
    [
      'organization.website',
      '500 characters',
      (n, over) => (n.organization.website = `/${word(over ? 500 : 499)}`),
    ],
    ['id', '100 characters', (n, over) => (n.id = word(over ? 101 : 100))],
    [
      'lang',
      '35 characters',
      (n, over) => (n.lang = `en-${'abcdefgh-'.repeat(3)}${over ? 'abcdef' : 'abcde'}`),
    ],
    ['faq', '100 items', (n, over) => (n.faq = questions(over ? 101 : 100))],
    [
      'sections.whatYouCanDo.steps',
      '30 items',
      (n, over) => (n.sections!.whatYouCanDo!.steps = steps(over ? 31 : 30)),
    ],
    [
      'sections.informationInvolved.types',
      '30 items',
      (n, over) => (n.sections!.informationInvolved!.types = types(over ? 31 : 30) as never),
    ],
    ['translations', '20 entries', (n, over) => (n.translations = languages(over ? 21 : 20))],
    [
      'translations.es.faq',
      '100 entries',
      (n, over) =>
        (es(n).faq = byKey(over ? 101 : 100, (i) => [`q${i}`, { question: '¿Por qué?' }])),
    ],
    [
      'translations.es.sections.whatYouCanDo.steps',
      '30 entries',
      (n, over) =>
        (es(n).sections!.whatYouCanDo!.steps = byKey(over ? 31 : 30, (i) => [`s${i}`, {}])),
    ],
  ];

  for (const [path, limit, set] of limits) {
    it(`holds ${path} to ${limit}, naming the limit, as Ajv does`, () => {
      const atLimit = clone();
      set(atLimit, false);
      assert.deepEqual(ours(atLimit), []);
      assert.equal(reference(atLimit), true, JSON.stringify(reference.errors));
      const over = clone();
      set(over, true);
      const found = ours(over);
      assert.deepEqual(
        found.map((problem) => problem.path),
        [path],
      );
      assert.match(found[0].message, new RegExp(`the ${limit.replace(/ .*/, '')} `));
      assert.equal(reference(over), false);
      assert.ok(ajvPaths(over).includes(path), `Ajv: ${ajvPaths(over).join(', ')}`);
    });
  }

  for (const [key, at, path] of PROTOTYPE_KEYS) {
    it(`refuses a key named ${key}, at ${path}, as Ajv does`, () => {
      const notice = withKey(at, key, { answer: 'x' });
      assert.ok(Object.hasOwn(at(notice as Notice), key), 'JSON.parse made it an own key');
      assert.deepEqual(
        ours(notice).map((problem) => problem.path),
        [path],
      );
      assert.equal(reference(notice), false);
      assert.ok(ajvPaths(notice).includes(path), `Ajv: ${ajvPaths(notice).join(', ')}`);
    });
  }

  it('rejects values that are not a notice at all', () => {
    for (const value of [null, [], 'notice', 42]) {
      assert.equal(reference(value), false);
      assert.equal(ours(value)[0].path, '(the notice)');
    }
  });
});
