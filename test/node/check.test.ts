// The checker as a whole: the sample passes every rule, a file that breaks the schema gets the
// schema's findings only, and the options. Each law and concern has its own file, named after
// its module: check-hipaa.test.ts, check-states.test.ts, check-links.test.ts, …
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STATES, checkNotice, type CheckOptions } from '../../src/model/check/index.js';
import type { Notice } from '../../src/model/notice.types.js';
import { ALL, clone, es, PROTOTYPE_KEYS, sample, show, withKey } from './check-cases.js';

describe('checkNotice()', () => {
  it('finds nothing wrong with the sample, for HIPAA, CA and MA', () => {
    assert.equal(show(checkNotice(sample, ALL)), '(none)');
  });

  it('finds nothing wrong with the sample in any state it knows, and notes each one', () => {
    const states = Object.keys(STATES);
    assert.deepEqual(states, ['CA', 'MA', 'NY', 'TX', 'FL', 'WA', 'IL', 'CT']);
    const findings = checkNotice(sample, { states, today: '2026-12-01' });
    assert.equal(show(findings), '(none)');
    // HIPAA's three reminders, and one for each state.
    assert.equal(findings.filter((f) => f.severity === 'note').length, 3 + states.length);
  });

  it('does not change the notice it checks', () => {
    const notice = clone();
    checkNotice(notice, ALL);
    assert.deepEqual(notice, sample);
  });

  describe('what is not a finding', () => {
    const fine: [string, (n: Notice) => void, CheckOptions?][] = [
      ['a posting that has not begun', () => {}, { ...ALL, today: '2026-11-01' }],
      ['an expired posting when no day is given', () => {}, { states: ['CA', 'MA'] }],
      ['a notice exactly 30 days after discovery', (n) => (n.dates.noticeDate = '2026-12-10')],
      ['a line open until the posting ends', (n) => (n.contact!.activeUntil = '2027-02-18')],
      [
        'no title (California gets its default; the Spanish one is no stray)',
        (n) => delete n.title,
      ],
      [
        'a toll-free number written +1 (888) …',
        (n) => (n.contact!.tollFreePhone = '+1 (888) 555-0142'),
      ],
      [
        'a toll-free number with an extension',
        (n) => (n.contact!.tollFreePhone = '1-800-555-0142 ext. 12'),
      ],
      [
        'a step with an international phone number',
        (n) => (n.sections!.whatYouCanDo!.steps![5].phone = '+44 20 7946 0958'),
      ],
      ['an ongoing breach discovered before it ended', (n) => (n.dates.breachEnd = '2026-11-12')],
      ['an update after the notice', (n) => (n.dates.updated = '2026-11-25')],
      [
        'relative and http links',
        (n) => (n.summary += ' See [the FAQ](#faq) or [this](http://example.org/).'),
      ],
      ['an organisation name left in the main language', (n) => delete es(n).organization],
      [
        'an ID-number type with the protection offered',
        (n) => {
          n.sections!.informationInvolved!.types.push({ label: 'SSNs', category: 'ssn' });
          es(n).sections!.informationInvolved!.types!.push('Números de Seguro Social');
          n.identityTheftProtection!.offered = true;
          n.identityTheftProtection!.months = 24;
          n.patientRights!.creditBureaus =
            'Call any of the three nationwide credit bureaus; their numbers are on IdentityTheft.gov.';
          es(n).patientRights!.creditBureaus =
            'Llame a cualquiera de las tres agencias de crédito; sus números están en IdentityTheft.gov.';
        },
      ],
    ];
    for (const [what, mutate, options] of fine) {
      it(what, () => {
        const notice = clone();
        mutate(notice);
        assert.equal(show(checkNotice(notice, options ?? ALL)), '(none)');
      });
    }
  });

  describe('schema first', () => {
    it('returns only the schema findings when the file does not match the schema', () => {
      const notice = clone();
      notice.dates.noticeDate = '11/20/2026';
      delete notice.sections!.whatHappened;
      delete notice.contact;
      const findings = checkNotice(notice, ALL);
      assert.deepEqual(
        findings.map(({ severity, path, rule }) => ({ severity, path, rule })),
        [{ severity: 'error', path: 'dates.noticeDate', rule: 'notice.schema.json' }],
      );
      assert.match(findings[0].message, /YYYY-MM-DD/);
    });

    it('names a missing required field', () => {
      const notice = clone() as Partial<Notice>;
      delete notice.summary;
      const [finding, ...rest] = checkNotice(notice, ALL);
      assert.deepEqual(rest, []);
      assert.equal(finding.path, 'summary');
      assert.match(finding.message, /"summary" is missing/);
    });

    it('refuses a prototype-named key at every level as a field the schema does not know', () => {
      for (const [key, at, path] of PROTOTYPE_KEYS) {
        const findings = checkNotice(withKey(at, key, { summary: 'javascript:alert(1)' }), ALL);
        assert.deepEqual(
          findings.map((f) => `${f.path} [${f.rule}]`),
          [`${path} [notice.schema.json]`],
          key,
        );
      }
    });

    it('quotes at most 60 characters of a field it does not know', () => {
      const key = `x${'y'.repeat(10_000)}`;
      const [finding] = checkNotice({ ...clone(), [key]: 1 }, ALL);
      assert.equal(finding.path, key);
      assert.ok(finding.message.length < 200, finding.message);
    });

    it('turns away what is not a notice at all', () => {
      for (const value of [null, [], 'notice', 42]) {
        const findings = checkNotice(value, ALL);
        assert.equal(findings.length, 1);
        assert.equal(findings[0].path, '(the notice)');
        assert.equal(findings[0].rule, 'notice.schema.json');
      }
    });
  });

  describe('options', () => {
    it('reads state codes in any case', () => {
      const notice = clone();
      delete notice.patientRights;
      const problems = checkNotice(notice, { states: ['ma'] }).filter((f) => f.severity !== 'note');
      assert.equal(problems.length, 2);
    });

    it('notes a state it does not know, and checks the rest', () => {
      const findings = checkNotice(sample, { states: ['CA', 'ZZ'], today: '2026-12-01' }).filter(
        (f) => f.path === '--state',
      );
      assert.deepEqual(
        findings.map((f) => [f.severity, f.path, f.rule]),
        [['note', '--state', 'clinic-notice: states']],
      );
      assert.match(findings[0]!.message, /"ZZ".*CA \(California\).*MA \(Massachusetts\)/);
      // The known state's rules still run beside the note.
      const broken = structuredClone(sample);
      broken.title = 'Important Notice';
      const both = checkNotice(broken, { states: ['CA', 'ZZ'] });
      assert.deepEqual(
        both.filter((f) => f.path !== '(notices)').map((f) => f.severity),
        ['error', 'note'],
      );
    });

    it('throws on a day that is not a date', () => {
      assert.throws(() => checkNotice(sample, { today: '2026-02-30' }), RangeError);
    });
  });
});
