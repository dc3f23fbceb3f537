// What the checker's tests share: the sample notice, which passes every rule, and the way each
// rule is tested: broken once in a copy of the sample, it must give its finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { checkNotice, type CheckOptions, type Finding } from '../../src/model/check/index.js';
import type { Notice } from '../../src/model/notice.types.js';

export const sample: Notice = JSON.parse(readFileSync('demo/notice.json', 'utf8'));
export const ALL: CheckOptions = { states: ['CA', 'MA'], today: '2026-12-01' };

export const clone = (): Notice => structuredClone(sample);
export const es = (n: Notice) => n.translations!.es!;
/** The errors and warnings, a line each; notes (reminders every notice gets) are left out. */
export const show = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity !== 'note')
    .map((f) => `${f.severity} ${f.path} [${f.rule}]`)
    .join('\n') || '(none)';

/**
 * The notice as `JSON.parse` reads it with the key `key` added to the object `at` picks out:
 * `JSON.parse` makes even `__proto__` an own key, as a fetched notice file does.
 */
export function withKey(at: (n: Notice) => object, key: string, value: unknown): unknown {
  const notice = clone();
  (at(notice) as Record<string, unknown>)['\u0000key'] = value;
  return JSON.parse(JSON.stringify(notice).replace('"\\u0000key"', JSON.stringify(key)));
}

/** Objects of the notice and a prototype-named key for each, with the path the key is found at. */
export const PROTOTYPE_KEYS: [string, (n: Notice) => object, string][] = [
  ['__proto__', (n) => n, '__proto__'],
  ['constructor', (n) => n.dates, 'dates.constructor'],
  [
    'toString',
    (n) => n.sections!.whatYouCanDo!.steps![0],
    'sections.whatYouCanDo.steps[0].toString',
  ],
  ['hasOwnProperty', (n) => n.contact!, 'contact.hasOwnProperty'],
  ['__proto__', (n) => n.translations!, 'translations.__proto__'],
  ['constructor', (n) => es(n), 'translations.es.constructor'],
  ['__proto__', (n) => es(n).sections!, 'translations.es.sections.__proto__'],
  ['__proto__', (n) => es(n).faq!, 'translations.es.faq.__proto__'],
  ['toString', (n) => es(n).faq!['is-it-real']!, 'translations.es.faq["is-it-real"].toString'],
  [
    '__proto__',
    (n) => es(n).sections!.whatYouCanDo!.steps!,
    'translations.es.sections.whatYouCanDo.steps.__proto__',
  ],
];

/** [what breaks, the mutation, the finding expected, options when not CA + MA on 2026-12-01]. */
export type Case = [
  string,
  (n: Notice) => void,
  { severity: Finding['severity']; path: string; rule: string },
  CheckOptions?,
];

const finding = (severity: Finding['severity']) => (path: string, rule: string) => ({
  severity,
  path,
  rule,
});
export const error = finding('error');
export const warning = finding('warning');

/** A test that `mutate` applied to the sample gives the expected finding, in a sentence. */
export function expectFinding([what, mutate, expected, options]: Case) {
  it(`${expected.severity}: ${what} (${expected.path})`, () => {
    const notice = clone();
    mutate(notice);
    const findings = checkNotice(notice, options ?? ALL);
    const hit = findings.find(
      (f) =>
        f.severity === expected.severity &&
        f.path === expected.path &&
        f.rule.includes(expected.rule),
    );
    assert.ok(
      hit,
      `expected ${expected.severity} ${expected.path} [${expected.rule}], got\n${show(findings)}`,
    );
    assert.match(hit.message, /^\S.{20,}\.$/s, 'a sentence or more, ending with a full stop');
  });
}
