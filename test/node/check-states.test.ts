// The state rules, each applied only when its state is named: src/model/check/california.ts,
// massachusetts.ts and states.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice } from '../../src/model/check/index.js';
import type { InformationType, Notice } from '../../src/model/notice.types.js';

type InformationCategory = NonNullable<InformationType['category']>;
import { clone, error, es, expectFinding, show, warning, type Case } from './check-cases.js';

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

/** An information type added to the main list and, for the count to match, to the Spanish one. */
function addType(n: Notice, label: string, category?: InformationCategory) {
  n.sections!.informationInvolved!.types.push(category ? { label, category } : { label });
  es(n).sections!.informationInvolved!.types!.push(label);
}
const CA = { states: ['CA'], today: '2026-12-01' };
const MA = { states: ['MA'], today: '2026-12-01' };

california.push(
  [
    'Social Security numbers named in words only, and no offer',
    (n) => addType(n, 'Social Security numbers'),
    error('identityTheftProtection', 'Cal. Civ. Code 1798.82(d)'),
  ],
  [
    "driver's licence numbers named in words, and no credit bureaus",
    (n) => {
      addType(n, "Driver's license numbers");
      delete n.patientRights!.creditBureaus;
    },
    error('patientRights.creditBureaus', 'Cal. Civ. Code 1798.82(d)'),
  ],
  [
    'taxpayer identification numbers, and no offer',
    (n) => addType(n, 'Tax numbers', 'taxpayer-id'),
    error('identityTheftProtection', 'Cal. Civ. Code 1798.82(d)'),
  ],
  [
    'an offer of 6 months',
    (n) => {
      addType(n, 'Passport numbers', 'passport');
      n.identityTheftProtection = { offered: true, months: 6 };
    },
    error('identityTheftProtection.months', 'Cal. Civ. Code 1798.82(d)'),
  ],
  [
    'an offer that does not say for how long',
    (n) => {
      addType(n, 'Passport numbers', 'passport');
      n.identityTheftProtection = { offered: true };
    },
    error('identityTheftProtection.months', 'Cal. Civ. Code 1798.82(d)'),
  ],
  [
    'another title, relying on the HIPAA safe harbour',
    (n) => {
      n.title = 'Important Notice';
      n.stateSafeHarbor = true;
    },
    warning('title', 'Cal. Civ. Code 1798.82(d)'),
    CA,
  ],
  [
    'a notice 31 days after discovery, relying on the safe harbour (the deadline is not (d))',
    (n) => {
      n.dates.noticeDate = '2026-12-11';
      n.stateSafeHarbor = true;
    },
    error('dates.noticeDate', 'Cal. Civ. Code 1798.82(a)'),
    CA,
  ],
);

const massachusetts: Case[] = [
  [
    'a security-freeze text quoting a price',
    (n) => (n.patientRights!.securityFreeze = 'A freeze costs $10 at each bureau.'),
    error('patientRights.securityFreeze', 'Mass. Gen. Laws ch. 93H'),
    MA,
  ],
  [
    'a security-freeze text saying a bureau may charge a fee',
    (n) => (n.patientRights!.securityFreeze = 'Each bureau may charge a fee to place a freeze.'),
    error('patientRights.securityFreeze', 'Mass. Gen. Laws ch. 93H'),
    MA,
  ],
  [
    'a summary that counts the patients affected',
    (n) => (n.summary += ' It affected 1,200 patients.'),
    error('summary', 'Mass. Gen. Laws ch. 93H'),
    MA,
  ],
  [
    'a Spanish answer that counts the residents affected',
    (n) => (es(n).faq!['why-this-notice']!.answer = 'Afectó a 1.200 pacientes de la clínica.'),
    error('translations.es.faq["why-this-notice"].answer', 'Mass. Gen. Laws ch. 93H'),
    MA,
  ],
  [
    'Social Security numbers and no credit monitoring',
    (n) => addType(n, 'SSNs', 'ssn'),
    error('identityTheftProtection', 'Mass. Gen. Laws ch. 93H, § 3A'),
    MA,
  ],
  [
    'Social Security numbers and 12 months of monitoring',
    (n) => {
      addType(n, 'Social Security numbers');
      n.identityTheftProtection = { offered: true, months: 12 };
    },
    error('identityTheftProtection.months', 'Mass. Gen. Laws ch. 93H, § 3A'),
    MA,
  ],
  [
    'no police-report right, relying on the HIPAA safe harbour',
    (n) => {
      delete n.patientRights!.policeReport;
      n.stateSafeHarbor = true;
    },
    warning('patientRights.policeReport', 'Mass. Gen. Laws ch. 93H'),
    MA,
  ],
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

/** [what, the change, the states]: lawful, so no finding of those states' rules. */
const lawful: [string, (n: Notice) => void, string[]][] = [
  [
    'Social Security numbers exposed at a vendor, which must make the offer (California)',
    (n) => {
      addType(n, 'Social Security numbers', 'ssn');
      n.breachSource = 'vendor';
      n.patientRights!.creditBureaus = 'Call any of the three nationwide credit bureaus.';
      es(n).patientRights!.creditBureaus = 'Llame a cualquiera de las tres agencias de crédito.';
    },
    ['CA'],
  ],
  [
    'a free freeze, said in several ways',
    (n) =>
      (n.patientRights!.securityFreeze =
        'A freeze is free of charge: there is no fee, and no bureau may charge one.'),
    ['MA'],
  ],
  [
    'Social Security numbers with 24 months of monitoring',
    (n) => {
      addType(n, 'Social Security numbers', 'ssn');
      n.identityTheftProtection = { offered: true, months: 24, text: 'Enrol by phone.' };
      es(n).identityTheftProtection = { text: 'Inscríbase por teléfono.' };
      n.patientRights!.creditBureaus = 'Call any of the three nationwide credit bureaus.';
      es(n).patientRights!.creditBureaus = 'Llame a cualquiera de las tres agencias de crédito.';
    },
    ['CA', 'MA'],
  ],
  [
    'a year in a sentence (not a count)',
    (n) => (n.summary += ' Since 2023, patients got texts.'),
    ['MA'],
  ],
];

describe('checkNotice()', () => {
  describe('what the states allow', () => {
    for (const [what, mutate, states] of lawful) {
      it(what, () => {
        const notice = clone();
        mutate(notice);
        assert.equal(show(checkNotice(notice, { states, today: '2026-12-01' })), '(none)');
      });
    }
  });
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
