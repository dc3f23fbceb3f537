// The states kept as data (src/model/check/state-tables.ts) and read by one check
// (state-checks.ts): for each, a lawful notice passes, each rule of its table broken in turn
// gives its finding, and its reminders come as a note citing its statute.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice, RULES, STATES } from '../../src/model/check/index.js';
import { STATE_TABLES } from '../../src/model/check/state-tables.js';
import type { Notice } from '../../src/model/notice.types.js';
import { clone, error, es, expectFinding, show, type Case } from './check-cases.js';

const TODAY = '2026-12-01';

/** The sample, with what every table asks for: the agencies and the credit bureaus. */
function lawful(): Notice {
  const n = clone();
  n.patientRights!.creditBureaus = 'Call any of the three nationwide credit bureaus.';
  n.patientRights!.agencies =
    'The Federal Trade Commission: 1-877-438-4338, [IdentityTheft.gov](https://www.identitytheft.gov/).';
  es(n).patientRights!.creditBureaus = 'Llame a cualquiera de las tres agencias de crédito.';
  es(n).patientRights!.agencies =
    'La Comisión Federal de Comercio: 1-877-438-4338, [IdentityTheft.gov](https://www.identitytheft.gov/).';
  return n;
}

/** A case on the lawful notice, for one state. */
const on = (state: string, [what, mutate, expected]: Case): Case => [
  what,
  (n) => {
    Object.assign(n, lawful());
    mutate(n);
  },
  expected,
  { states: [state], today: TODAY },
];

/** Social Security numbers among the types, in both languages. */
function ssn(n: Notice) {
  n.sections!.informationInvolved!.types.push({
    label: 'Social Security numbers',
    category: 'ssn',
  });
  es(n).sections!.informationInvolved!.types!.push('Números de Seguro Social');
}

/** Discovered 2026-11-10: the notice dated `days` after it. */
const dated = (days: number) => (n: Notice) => {
  const day = new Date(Date.UTC(2026, 10, 10 + days));
  n.dates.noticeDate = day.toISOString().slice(0, 10);
};

const cases: Case[] = [
  on('NY', ['31 days after discovery', dated(31), error('dates.noticeDate', '899-aa(2)')]),
  on('NY', [
    'no agencies',
    (n) => delete n.patientRights!.agencies,
    error('patientRights.agencies', '899-aa(7)'),
  ]),
  on('TX', ['61 days after discovery', dated(61), error('dates.noticeDate', '521.053(b)')]),
  on('FL', ['31 days after discovery', dated(31), error('dates.noticeDate', '501.171(4)(a)')]),
  on('WA', ['31 days after discovery', dated(31), error('dates.noticeDate', '19.255.010(8)')]),
  on('WA', [
    'no credit bureaus',
    (n) => delete n.patientRights!.creditBureaus,
    error('patientRights.creditBureaus', '19.255.010(6)'),
  ]),
  on('IL', [
    'no credit bureaus',
    (n) => delete n.patientRights!.creditBureaus,
    error('patientRights.creditBureaus', '530/10(a)'),
  ]),
  on('IL', [
    'no agencies',
    (n) => delete n.patientRights!.agencies,
    error('patientRights.agencies', '530/10(a)'),
  ]),
  on('IL', [
    'no fraud alert or security freeze',
    (n) => delete n.patientRights!.securityFreeze,
    error('patientRights.securityFreeze', '530/10(a)'),
  ]),
  on('IL', [
    'a count of the Illinois residents affected',
    (n) => (n.sections!.whatHappened += ' It affected 2,400 Illinois residents.'),
    error('sections.whatHappened', '530/10(a)'),
  ]),
  on('CT', ['61 days after discovery', dated(61), error('dates.noticeDate', '36a-701b(b)(1)')]),
  on('CT', [
    'Social Security numbers and no offer',
    ssn,
    error('identityTheftProtection', '36a-701b(b)(2)(B)'),
  ]),
  on('CT', [
    'Social Security numbers and an offer of 18 months',
    (n) => {
      ssn(n);
      n.identityTheftProtection = { offered: true, months: 18 };
    },
    error('identityTheftProtection.months', '36a-701b(b)(2)(B)'),
  ]),
];

describe('checkNotice(): the state tables', () => {
  cases.forEach(expectFinding);

  for (const state of ['NY', 'TX', 'FL', 'WA', 'IL', 'CT'] as const) {
    it(`passes a lawful notice for ${STATES[state]}, noting its reminders`, () => {
      const notice = lawful();
      if (state === 'CT') {
        ssn(notice);
        notice.identityTheftProtection = { offered: true, months: 24 };
      }
      const findings = checkNotice(notice, { states: [state], today: TODAY });
      assert.equal(show(findings), '(none)');
      const note = findings.find((f) => f.rule === STATE_TABLES[state].reminders.cite);
      assert.equal(note?.severity, 'note');
      assert.match(note!.message, new RegExp(`^${STATES[state]}: \\S`));
    });

    it(`is deadline-exact for ${STATES[state]}`, () => {
      const days = (STATE_TABLES[state] as { deadline?: { days: number } }).deadline?.days;
      const notice = lawful();
      dated(days ?? 120)(notice);
      notice.dates.postedFrom = notice.dates.noticeDate;
      notice.dates.postedUntil = '2027-12-31';
      notice.contact!.activeUntil = '2027-12-31';
      const late = checkNotice(notice, { states: [state], today: TODAY }).filter(
        (f) => f.path === 'dates.noticeDate' && f.rule !== 'HIPAA 45 CFR 164.404(b)',
      );
      assert.equal(show(late), '(none)', `${days ?? 'no'} days`);
    });
  }

  it('gives every table rule a place in the registry, cited to its state', () => {
    for (const [state, table] of Object.entries(STATE_TABLES)) {
      const rules = Object.values(RULES).filter((rule) => rule.jurisdiction === state);
      assert.ok(
        rules.some((rule) => rule.citation === table.reminders.cite),
        state,
      );
    }
  });
});
