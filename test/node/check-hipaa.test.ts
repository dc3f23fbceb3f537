// HIPAA 45 CFR 164.404, which every notice answers to: src/model/check/hipaa.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice } from '../../src/model/check/index.js';
import type { Notice } from '../../src/model/notice.types.js';
import { clone, error, expectFinding, show, warning, type Case } from './check-cases.js';

const hipaa: Case[] = [
  [
    'no "what happened"',
    (n) => delete n.sections!.whatHappened,
    error('sections.whatHappened', 'HIPAA 45 CFR 164.404(c)(1)(A)'),
  ],
  [
    'no breach date',
    (n) => delete n.dates.breachStart,
    error('dates.breachStart', 'HIPAA 45 CFR 164.404(c)(1)(A)'),
  ],
  [
    'no discovery date',
    (n) => delete n.dates.discovered,
    error('dates.discovered', 'HIPAA 45 CFR 164.404(c)(1)(A)'),
  ],
  [
    'no information types',
    (n) => delete n.sections!.informationInvolved,
    error('sections.informationInvolved', 'HIPAA 45 CFR 164.404(c)(1)(B)'),
  ],
  [
    'no "what you can do"',
    (n) => delete n.sections!.whatYouCanDo,
    error('sections.whatYouCanDo', 'HIPAA 45 CFR 164.404(c)(1)(C)'),
  ],
  [
    '"what you can do" with neither steps nor text',
    (n) => (n.sections!.whatYouCanDo = { steps: [] }),
    error('sections.whatYouCanDo', 'HIPAA 45 CFR 164.404(c)(1)(C)'),
  ],
  [
    'no "what we are doing"',
    (n) => delete n.sections!.whatWeAreDoing,
    error('sections.whatWeAreDoing', 'HIPAA 45 CFR 164.404(c)(1)(D)'),
  ],
  [
    'no toll-free number',
    (n) => delete n.contact!.tollFreePhone,
    error('contact.tollFreePhone', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
  ],
  [
    'no contact at all',
    (n) => delete n.contact,
    error('contact.tollFreePhone', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
  ],
  [
    'no email, website or postal address',
    (n) => (n.contact = { tollFreePhone: '1-800-555-0142', activeUntil: '2027-02-18' }),
    error('contact', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
  ],
  [
    'a local number where a toll-free one is required',
    (n) => (n.contact!.tollFreePhone = '(603) 555-0142'),
    error('contact.tollFreePhone', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
  ],
  [
    'a toll-free number written in letters',
    (n) => (n.contact!.tollFreePhone = '1-800-FLOWERS'),
    error('contact.tollFreePhone', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
  ],
  [
    'a toll-free number still to be decided',
    (n) => (n.contact!.tollFreePhone = 'TBD'),
    error('contact.tollFreePhone', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
  ],
  [
    'a posting of 89 days',
    (n) => (n.dates.postedUntil = '2027-02-17'),
    error('dates.postedUntil', 'HIPAA 45 CFR 164.404(d)(2)'),
  ],
  [
    'no closing date for the line',
    (n) => delete n.contact!.activeUntil,
    warning('contact.activeUntil', 'HIPAA 45 CFR 164.404(d)(2)'),
  ],
  [
    'a line open fewer than 90 days',
    (n) => (n.contact!.activeUntil = '2027-01-31'),
    error('contact.activeUntil', 'HIPAA 45 CFR 164.404(d)(2)'),
  ],
  [
    'a notice 61 days after discovery',
    (n) => (n.dates.noticeDate = '2027-01-10'),
    error('dates.noticeDate', 'HIPAA 45 CFR 164.404(b)'),
  ],
  [
    'a late notice delayed at law enforcement request, not saying how',
    (n) => {
      n.dates.noticeDate = '2027-01-10';
      n.lawEnforcementDelay = { delayed: true };
    },
    warning('lawEnforcementDelay.kind', '164.412'),
  ],
  [
    'a late notice delayed by a written statement, not saying until when',
    (n) => {
      n.dates.noticeDate = '2027-01-10';
      n.lawEnforcementDelay = { delayed: true, kind: 'written' };
    },
    warning('lawEnforcementDelay.until', '164.412'),
  ],
  [
    'a late notice delayed by an oral request, not saying when it was made',
    (n) => {
      n.dates.noticeDate = '2027-01-10';
      n.lawEnforcementDelay = { delayed: true, kind: 'oral' };
    },
    warning('lawEnforcementDelay.requested', '164.412'),
  ],
  [
    'a notice later than the written delay it records',
    (n) => {
      n.dates.noticeDate = '2027-01-25';
      n.lawEnforcementDelay = { delayed: true, kind: 'written', until: '2027-01-20' };
    },
    error('dates.noticeDate', 'HIPAA 45 CFR 164.404(b)'),
  ],
  [
    'an oral request recorded as running past its 30 days',
    (n) => {
      n.lawEnforcementDelay = {
        delayed: true,
        kind: 'oral',
        requested: '2026-12-20',
        until: '2027-02-01',
      };
    },
    error('lawEnforcementDelay.until', 'HIPAA 45 CFR 164.412(b)'),
  ],
  [
    'a notice later than the 30 days of an oral request',
    (n) => {
      n.dates.noticeDate = '2027-01-25';
      n.lawEnforcementDelay = { delayed: true, kind: 'oral', requested: '2026-12-20' };
    },
    error('dates.noticeDate', 'HIPAA 45 CFR 164.404(b)'),
  ],
  [
    'a breach date said to be unknown and given',
    (n) => (n.dates.breachDateUnknown = true),
    error('dates.breachStart', 'clinic-notice: dates'),
  ],
  [
    'a delay that ends before it was requested',
    (n) => {
      n.lawEnforcementDelay = {
        delayed: true,
        kind: 'written',
        requested: '2026-12-20',
        until: '2026-12-10',
      };
    },
    error('lawEnforcementDelay.until', 'clinic-notice: dates'),
  ],
];

/** HIPAA alone: the state deadlines are shorter. */
const HIPAA_ONLY = { today: '2026-12-01' };
const timely: [string, (n: Notice) => void][] = [
  ['a notice exactly 60 days after discovery', (n) => (n.dates.noticeDate = '2027-01-09')],
  [
    'a notice within the written delay it records',
    (n) => {
      n.dates.noticeDate = '2027-01-25';
      n.lawEnforcementDelay = { delayed: true, kind: 'written', until: '2027-01-31' };
    },
  ],
  [
    'a notice within the 30 days of an oral request',
    (n) => {
      n.dates.noticeDate = '2027-01-15';
      n.lawEnforcementDelay = { delayed: true, kind: 'oral', requested: '2026-12-20' };
    },
  ],
  [
    'a breach date said to be unknown',
    (n) => {
      delete n.dates.breachStart;
      delete n.dates.breachEnd;
      n.dates.breachDateUnknown = true;
    },
  ],
];

describe('checkNotice()', () => {
  describe('HIPAA 45 CFR 164.404', () => hipaa.forEach(expectFinding));
  describe('HIPAA: what is timely', () => {
    for (const [what, mutate] of timely) {
      it(what, () => {
        const notice = clone();
        mutate(notice);
        assert.equal(show(checkNotice(notice, HIPAA_ONLY)), '(none)');
      });
    }
  });
});
