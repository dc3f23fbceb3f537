// The checker: every rule, broken one at a time in a copy of the sample, names itself; the sample
// itself passes every rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkNotice, type CheckOptions, type Finding } from '../../src/model/check/index.js';
import type { Notice } from '../../src/model/notice.types.js';

const sample: Notice = JSON.parse(readFileSync('demo/notice.json', 'utf8'));
const ALL: CheckOptions = { states: ['CA', 'MA'], today: '2026-12-01' };

const clone = (): Notice => structuredClone(sample);
const es = (n: Notice) => n.translations!.es!;
const show = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.path} [${f.rule}]`).join('\n') || '(none)';

/** [what breaks, the mutation, the finding expected, options when not CA + MA on 2026-12-01]. */
type Case = [
  string,
  (n: Notice) => void,
  { severity: Finding['severity']; path: string; rule: string },
  CheckOptions?,
];

const error = (path: string, rule: string) => ({ severity: 'error' as const, path, rule });
const warning = (path: string, rule: string) => ({ severity: 'warning' as const, path, rule });

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
    'a number that is not toll-free',
    (n) => (n.contact!.tollFreePhone = '(415) 555-0142'),
    warning('contact.tollFreePhone', 'HIPAA 45 CFR 164.404(c)(1)(E)'),
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
      'otherImportantInformation',
      'forMoreInformation',
    ] as const
  ).map((key): Case => [
    `no ${key}`,
    (n) => delete n.sections![key],
    error(`sections.${key}`, 'Cal. Civ. Code 1798.82(d)'),
  ]),
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

const consistency: Case[] = [
  [
    'discovery before the breach',
    (n) => (n.dates.discovered = '2026-11-02'),
    error('dates.discovered', 'clinic-notice: dates'),
  ],
  [
    'a breach that ends before it starts',
    (n) => (n.dates.breachEnd = '2026-11-01'),
    error('dates.breachEnd', 'clinic-notice: dates'),
  ],
  [
    'a posting that ends before it starts',
    (n) => (n.dates.postedUntil = '2026-11-19'),
    error('dates.postedUntil', 'clinic-notice: dates'),
  ],
  [
    'a notice dated before discovery',
    (n) => (n.dates.noticeDate = '2026-11-09'),
    error('dates.noticeDate', 'clinic-notice: dates'),
  ],
  [
    'an update before the notice',
    (n) => (n.dates.updated = '2026-11-19'),
    warning('dates.updated', 'clinic-notice: dates'),
  ],
  [
    'a posting that has ended',
    () => {},
    warning('dates.postedUntil', 'clinic-notice: dates'),
    { states: ['CA', 'MA'], today: '2027-02-19' },
  ],
  [
    'a javascript: link in a section',
    (n) => (n.sections!.whatHappened += ' [Details](javascript:alert)'),
    error('sections.whatHappened', 'clinic-notice: links'),
  ],
  [
    'a javascript: link whose URL holds parentheses',
    (n) => (n.sections!.whatWeAreDoing += ' [Details](javascript:alert(1))'),
    error('sections.whatWeAreDoing', 'clinic-notice: links'),
  ],
  [
    'a data: link in an answer',
    (n) => (n.faq![2].answer = 'Call [us](data:text/html,hello).'),
    error('faq[2].answer', 'clinic-notice: links'),
  ],
  [
    'an unsafe link in a step detail',
    (n) => (n.sections!.whatYouCanDo!.steps![0].detail = '[Insurer](vbscript:x)'),
    error('sections.whatYouCanDo.steps[0].detail', 'clinic-notice: links'),
  ],
  [
    'an unsafe link in a translated summary',
    (n) => (es(n).summary = 'Vea [esto](javascript:alert).'),
    error('translations.es.summary', 'clinic-notice: links'),
  ],
  [
    'an unsafe link in a translated answer',
    (n) => (es(n).faq!['is-it-real']!.answer = 'Llame al [1-800](javascript:call).'),
    error('translations.es.faq["is-it-real"].answer', 'clinic-notice: links'),
  ],
  [
    'an unsafe organisation website',
    (n) => (n.organization.website = 'javascript:alert'),
    error('organization.website', 'clinic-notice: links'),
  ],
  [
    'a data: logo',
    (n) => (n.organization.logo = 'data:image/svg+xml,<svg/>'),
    error('organization.logo', 'clinic-notice: links'),
  ],
  [
    'a tel: contact website',
    (n) => (n.contact!.website = 'tel:+18005550142'),
    error('contact.website', 'clinic-notice: links'),
  ],
  [
    'a mailto: step link',
    (n) => (n.sections!.whatYouCanDo!.steps![2].href = 'mailto:privacy@example.org'),
    error('sections.whatYouCanDo.steps[2].href', 'clinic-notice: links'),
  ],
  [
    'an email with mailto:',
    (n) => (n.contact!.email = 'mailto:privacy@larkspurvalley.example'),
    error('contact.email', 'clinic-notice: links'),
  ],
  [
    'an email with a display name',
    (n) => (n.contact!.email = 'Privacy <privacy@larkspurvalley.example>'),
    error('contact.email', 'clinic-notice: links'),
  ],
];

const T = 'clinic-notice: translations';
const untranslated: [string, (n: Notice) => void][] = [
  ['title', (n) => delete es(n).title],
  ['summary', (n) => delete es(n).summary],
  ['sections.whatHappened', (n) => delete es(n).sections!.whatHappened],
  ['sections.informationInvolved.text', (n) => delete es(n).sections!.informationInvolved!.text],
  ['sections.whatWeAreDoing', (n) => delete es(n).sections!.whatWeAreDoing],
  ['sections.whatYouCanDo.text', (n) => delete es(n).sections!.whatYouCanDo!.text],
  [
    'sections.whatYouCanDo.steps["call-us"].title',
    (n) => delete es(n).sections!.whatYouCanDo!.steps!['call-us'],
  ],
  [
    'sections.whatYouCanDo.steps["be-wary"].detail',
    (n) => delete es(n).sections!.whatYouCanDo!.steps!['be-wary']!.detail,
  ],
  [
    'sections.whatYouCanDo.steps["credit-reports"].linkText',
    (n) => delete es(n).sections!.whatYouCanDo!.steps!['credit-reports']!.linkText,
  ],
  ['sections.otherImportantInformation', (n) => delete es(n).sections!.otherImportantInformation],
  ['sections.forMoreInformation', (n) => delete es(n).sections!.forMoreInformation],
  ['identityTheftProtection.text', (n) => delete es(n).identityTheftProtection],
  ['patientRights.policeReport', (n) => delete es(n).patientRights!.policeReport],
  ['patientRights.securityFreeze', (n) => delete es(n).patientRights!.securityFreeze],
  ['faq.reminders.question', (n) => delete es(n).faq!.reminders!.question],
  ['faq["is-it-real"].answer', (n) => delete es(n).faq!['is-it-real']!.answer],
  ['contact.postalAddress', (n) => delete es(n).contact!.postalAddress],
  ['contact.hours', (n) => delete es(n).contact!.hours],
  [
    'lawEnforcementDelay.statement',
    (n) => (n.lawEnforcementDelay!.statement = 'No law-enforcement investigation delayed this.'),
  ],
  ['sections.informationInvolved.types', (n) => es(n).sections!.informationInvolved!.types!.pop()],
  ['sections.informationInvolved.types', (n) => delete es(n).sections!.informationInvolved!.types],
  [
    'sections.whatYouCanDo.steps["no-such-step"]',
    (n) => (es(n).sections!.whatYouCanDo!.steps!['no-such-step'] = { title: 'Paso' }),
  ],
  ['faq["no-such-question"]', (n) => (es(n).faq!['no-such-question'] = { question: '¿Qué?' })],
];
const translations: Case[] = untranslated.map(([path, mutate]) => [
  `translations.es.${path} left out or astray`,
  mutate,
  warning(`translations.es.${path}`, T),
]);
translations.push([
  'a regional translation lacking a summary',
  (n) => {
    n.translations!['es-MX'] = { ...es(n) };
    delete n.translations!['es-MX'].summary;
  },
  warning('translations["es-MX"].summary', T),
]);

function expectFinding([what, mutate, expected, options]: Case) {
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

describe('checkNotice()', () => {
  it('finds nothing wrong with the sample, for HIPAA, CA and MA', () => {
    assert.equal(show(checkNotice(sample, ALL)), '(none)');
  });

  it('does not change the notice it checks', () => {
    const notice = clone();
    checkNotice(notice, ALL);
    assert.deepEqual(notice, sample);
  });

  describe('HIPAA 45 CFR 164.404', () => hipaa.forEach(expectFinding));
  describe('California Civil Code 1798.82', () => california.forEach(expectFinding));
  describe('Massachusetts 93H', () => massachusetts.forEach(expectFinding));
  describe('consistency and safety', () => consistency.forEach(expectFinding));
  describe('translations', () => translations.forEach(expectFinding));

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

  describe('what is not a finding', () => {
    const fine: [string, (n: Notice) => void, CheckOptions?][] = [
      ['a posting that has not begun', () => {}, { ...ALL, today: '2026-11-01' }],
      ['an expired posting when no day is given', () => {}, { states: ['CA', 'MA'] }],
      ['a notice exactly 60 days after discovery', (n) => (n.dates.noticeDate = '2027-01-09')],
      ['a line open until the posting ends', (n) => (n.contact!.activeUntil = '2027-02-18')],
      [
        'no title (California gets its default; the Spanish one is no stray)',
        (n) => delete n.title,
      ],
      [
        'a toll-free number written +1 (888) …',
        (n) => (n.contact!.tollFreePhone = '+1 (888) 555-0142'),
      ],
      ['a vanity toll-free number', (n) => (n.contact!.tollFreePhone = '1-800-FLOWERS')],
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

    it('turns away what is not a notice at all', () => {
      for (const value of [null, [], 'notice', 42]) {
        const findings = checkNotice(value, ALL);
        assert.equal(findings.length, 1);
        assert.equal(findings[0].path, '(the notice)');
        assert.equal(findings[0].rule, 'notice.schema.json');
      }
    });
  });

  describe('order', () => {
    it('puts errors first, then warnings, each in the order of the file', () => {
      const notice = clone();
      delete es(notice).summary; // warning, translations
      notice.contact!.email = 'not an address'; // error, contact
      notice.dates.updated = '2026-11-01'; // warning, dates
      notice.faq![3].answer = '[x](javascript:x)'; // error, faq
      delete notice.sections!.whatWeAreDoing; // errors, sections (HIPAA, then CA)
      notice.title = 'Breach'; // error, title
      const findings = checkNotice(notice, ALL);
      assert.deepEqual(
        findings.map((f) => `${f.severity} ${f.path} ${f.rule}`),
        [
          'error title Cal. Civ. Code 1798.82(d)(1)',
          'error sections.whatWeAreDoing HIPAA 45 CFR 164.404(c)(1)(D)',
          'error sections.whatWeAreDoing Cal. Civ. Code 1798.82(d)(1)',
          'error faq[3].answer clinic-notice: links',
          'error contact.email clinic-notice: links',
          'warning dates.updated clinic-notice: dates',
          'warning translations.es.summary clinic-notice: translations',
        ],
      );
    });

    it('orders steps and questions of a translation as the main text does', () => {
      const notice = clone();
      delete es(notice).faq!.reminders!.answer;
      delete es(notice).faq!['why-this-notice']!.answer;
      delete es(notice).sections!.whatYouCanDo!.steps!['call-us'];
      delete es(notice).sections!.whatYouCanDo!.steps!['insurer-statements']!.title;
      assert.deepEqual(
        checkNotice(notice, ALL).map((f) => f.path),
        [
          'translations.es.sections.whatYouCanDo.steps["insurer-statements"].title',
          'translations.es.sections.whatYouCanDo.steps["call-us"].title',
          'translations.es.faq["why-this-notice"].answer',
          'translations.es.faq.reminders.answer',
        ],
      );
    });
  });

  describe('options', () => {
    it('reads state codes in any case', () => {
      const notice = clone();
      delete notice.patientRights;
      assert.equal(checkNotice(notice, { states: ['ma'] }).length, 2);
    });

    it('throws on a state it does not know and on a day that is not a date', () => {
      assert.throws(() => checkNotice(sample, { states: ['CA', 'TX'] }), RangeError);
      assert.throws(() => checkNotice(sample, { today: '2026-02-30' }), RangeError);
    });
  });
});
