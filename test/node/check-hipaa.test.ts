// HIPAA 45 CFR 164.404, which every notice answers to: src/model/check/hipaa.ts.
import { describe } from 'node:test';
import { error, expectFinding, warning, type Case } from './check-cases.js';

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
    'a notice delayed at law enforcement request',
    (n) => {
      n.dates.noticeDate = '2027-01-10';
      n.lawEnforcementDelay = { delayed: true };
    },
    warning('dates.noticeDate', '164.412'),
  ],
];

describe('checkNotice()', () => {
  describe('HIPAA 45 CFR 164.404', () => hipaa.forEach(expectFinding));
});
