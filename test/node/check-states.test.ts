// The state rules, each applied only when its state is named: src/model/check/california.ts,
// massachusetts.ts and states.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice } from '../../src/model/check/index.js';
import { clone, error, expectFinding, warning, type Case } from './check-cases.js';

const california: Case[] = [
  [
    'another title',
    (n) => (n.title = 'Important Notice'),
    error('title', 'Cal. Civ. Code 1798.82(d)'),
  ],
  ...(
    [
      'whatHappened',
      'informationInvolved',
      'whatWeAreDoing',
      'whatYouCanDo',
      'forMoreInformation',
    ] as const
  ).map((key): Case => [
    `no ${key}`,
    (n) => delete n.sections![key],
    error(`sections.${key}`, 'Cal. Civ. Code 1798.82(d)'),
  ]),
  [
    'a notice 31 days after discovery',
    (n) => (n.dates.noticeDate = '2026-12-11'),
    error('dates.noticeDate', 'Cal. Civ. Code 1798.82(a)'),
  ],
  [
    'a notice 31 days after discovery and after the scope was determined',
    (n) => {
      n.dates.noticeDate = '2026-12-15';
      n.dates.scopeDetermined = '2026-12-01';
    },
    warning('dates.noticeDate', 'Cal. Civ. Code 1798.82(a)'),
  ],
  [
    'a notice later than the recorded law-enforcement delay allows',
    (n) => {
      n.dates.noticeDate = '2027-01-05';
      n.lawEnforcementDelay = { delayed: true, kind: 'written', until: '2026-12-31' };
    },
    error('dates.noticeDate', 'Cal. Civ. Code 1798.82(a)'),
  ],
  [
    'no breach date',
    (n) => delete n.dates.breachStart,
    error('dates.breachStart', 'Cal. Civ. Code 1798.82(d)'),
  ],
  [
    'no law-enforcement statement',
    (n) => delete n.lawEnforcementDelay,
    error('lawEnforcementDelay', 'Cal. Civ. Code 1798.82(d)'),
  ],
  ...(['ssn', 'drivers-license', 'state-id', 'passport'] as const).map((category): Case => [
    `${category} numbers without an identity-theft protection offer`,
    (n) => n.sections!.informationInvolved!.types.push({ label: 'ID numbers', category }),
    error('identityTheftProtection', 'Cal. Civ. Code 1798.82(d)'),
  ]),
  [
    'Social Security numbers and no identityTheftProtection at all',
    (n) => {
      n.sections!.informationInvolved!.types.push({ label: 'SSNs', category: 'ssn' });
      delete n.identityTheftProtection;
    },
    error('identityTheftProtection', 'Cal. Civ. Code 1798.82(d)'),
  ],
];

const massachusetts: Case[] = [
  [
    'no police-report right',
    (n) => delete n.patientRights!.policeReport,
    error('patientRights.policeReport', 'Mass. Gen. Laws ch. 93H'),
  ],
  [
    'no security-freeze right',
    (n) => delete n.patientRights!.securityFreeze,
    error('patientRights.securityFreeze', 'Mass. Gen. Laws ch. 93H'),
  ],
  [
    'no patient rights at all',
    (n) => delete n.patientRights,
    error('patientRights.securityFreeze', 'Mass. Gen. Laws ch. 93H'),
  ],
];

describe('checkNotice()', () => {
  describe('California Civil Code 1798.82', () => california.forEach(expectFinding));
  describe('Massachusetts 93H', () => massachusetts.forEach(expectFinding));

  describe('state rules apply only to their state', () => {
    for (const [cases, rule, other] of [
      [california, 'Cal. Civ. Code', ['MA']],
      [massachusetts, 'Mass. Gen. Laws', ['CA']],
    ] as const) {
      for (const [what, mutate] of cases) {
        it(`${rule} is silent about ${what} without its state`, () => {
          const notice = clone();
          mutate(notice);
          for (const states of [[], other]) {
            const findings = checkNotice(notice, { states: [...states], today: '2026-12-01' });
            assert.deepEqual(
              findings.filter((f) => f.rule.startsWith(rule)),
              [],
            );
          }
        });
      }
    }
  });
});
