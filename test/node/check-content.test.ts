// What the notice says, not only which fields it has: a required part that is blank or a
// placeholder is an error at its path, under the rule that asks for the part
// (src/model/check/content.ts), in the main language and in every translation; and the
// realistic lawful notices a clinic publishes pass with no error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice } from '../../src/model/check/index.js';
import { placeholderIn } from '../../src/model/check/content.js';
import { gradeLevel, syllables } from '../../src/model/check/plain-language.js';
import type { Notice } from '../../src/model/notice.types.js';
import { ALL, clone, error, es, expectFinding, sample, show, type Case } from './check-cases.js';

const HIPAA = 'HIPAA 45 CFR 164.404(c)(1)';
const steps = (n: Notice) => n.sections!.whatYouCanDo!.steps!;

const hollow: Case[] = [
  [
    'a "What happened" of white space',
    (n) => (n.sections!.whatHappened = ' \n\n  '),
    error('sections.whatHappened', `${HIPAA}(A)`),
  ],
  [
    'an information type "TBD"',
    (n) => (n.sections!.informationInvolved!.types[1]!.label = 'TBD'),
    error('sections.informationInvolved.types[1].label', `${HIPAA}(B)`),
  ],
  [
    'a step "N/A"',
    (n) => (steps(n)[0]!.title = 'N/A'),
    error('sections.whatYouCanDo.steps[0].title', `${HIPAA}(C)`),
  ],
  [
    'a "What we are doing" of "tbd."',
    (n) => (n.sections!.whatWeAreDoing = 'tbd.'),
    error('sections.whatWeAreDoing', `${HIPAA}(D)`),
  ],
  [
    'a "What we are doing" of "..."',
    (n) => (n.sections!.whatWeAreDoing = '...'),
    error('sections.whatWeAreDoing', `${HIPAA}(D)`),
  ],
  [
    'a postal address still to insert',
    (n) => (n.contact!.postalAddress = '[Insert mailing address]'),
    error('contact.postalAddress', `${HIPAA}(E)`),
  ],
  [
    'a website "TBA" (a relative URL the links rule lets through)',
    (n) => (n.contact!.website = 'TBA'),
    error('contact.website', `${HIPAA}(E)`),
  ],
  [
    'a summary of lorem ipsum',
    (n) => (n.summary = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'),
    error('summary', 'clinic-notice: content'),
  ],
  [
    'a date still to insert, inside a sentence',
    (n) => (n.sections!.whatHappened += ' We learned of it on [insert date].'),
    error('sections.whatHappened', `${HIPAA}(A)`),
  ],
  [
    'an answer "TODO"',
    (n) => (n.faq![2]!.answer = 'TODO'),
    error('faq[2].answer', 'clinic-notice: content'),
  ],
  [
    'a template field left in',
    (n) => (n.sections!.forMoreInformation = 'Call us at {{phone}}.'),
    error('sections.forMoreInformation', 'clinic-notice: content'),
  ],
  [
    'a Spanish "What happened" of "Por determinar"',
    (n) => (es(n).sections!.whatHappened = 'Por determinar'),
    error('translations.es.sections.whatHappened', `${HIPAA}(A)`),
  ],
  [
    'a Spanish step "Pendiente"',
    (n) => (es(n).sections!.whatYouCanDo!.steps!['call-us']!.title = 'Pendiente'),
    error('translations.es.sections.whatYouCanDo.steps["call-us"].title', `${HIPAA}(C)`),
  ],
  [
    'a Spanish summary with "XXX" in it',
    (n) => (es(n).summary = 'Un tercero accedió a XXX registros.'),
    error('translations.es.summary', 'clinic-notice: content'),
  ],
];

describe('checkNotice(): content, not presence', () => {
  hollow.forEach(expectFinding);

  it('says what it found, and that it tells a patient nothing', () => {
    const notice = clone();
    notice.sections!.whatWeAreDoing = '  TBD ';
    const found = checkNotice(notice, ALL).find((f) => f.path === 'sections.whatWeAreDoing');
    assert.match(found?.message ?? '', /only "TBD", a placeholder, which tells a patient nothing/);
  });

  describe('what is not a placeholder', () => {
    const fine: [string, (n: Notice) => void][] = [
      [
        'Spanish "todo" (all)',
        (n) => (es(n).sections!.whatHappened += ' Revisamos todo el sistema.'),
      ],
      ['"n/a" inside a sentence', (n) => (n.faq![0]!.answer += ' Write n/a where a form asks.')],
      ['the home page as a website, "/"', (n) => (n.contact!.website = '/')],
      ['a question ending in "?"', (n) => (n.faq![0]!.question = 'Why?')],
    ];
    for (const [what, mutate] of fine) {
      it(what, () => {
        const notice = clone();
        mutate(notice);
        assert.equal(show(checkNotice(notice, ALL)), '(none)');
      });
    }
  });

  it('reads each kind of placeholder, and only those', () => {
    for (const text of ['', '   ', 'TBD', '[TBD]', '(tba)', 'N/A', 'n.a.', 'TODO', 'xxx', '—']) {
      assert.ok(placeholderIn(text), JSON.stringify(text));
    }
    for (const text of ['Names', 'Todo el sistema.', 'Tax ID', 'XL', 'N/A means not applicable.']) {
      assert.equal(placeholderIn(text), undefined, JSON.stringify(text));
    }
  });
});

describe('checkNotice(): realistic lawful notices pass with no error', () => {
  const lawful: [string, (n: Notice) => void][] = [
    ['a vendor breach with no Social Security numbers (the sample)', () => {}],
    ['an all-capitals title', (n) => (n.title = 'NOTICE OF DATA BREACH')],
    [
      'the five California headings, without "Other Important Information"',
      (n) => delete n.sections!.otherImportantInformation,
    ],
    [
      'a notice delayed by law enforcement, within the written delay',
      (n) => {
        n.dates.noticeDate = '2027-01-25';
        n.lawEnforcementDelay = {
          delayed: true,
          kind: 'written',
          requested: '2026-11-25',
          until: '2027-01-31',
        };
      },
    ],
    [
      'a breach whose date is not known',
      (n) => {
        delete n.dates.breachStart;
        delete n.dates.breachEnd;
        n.dates.breachDateUnknown = true;
      },
    ],
    [
      'a postal address as the only contact besides the helpline',
      (n) => {
        delete n.contact!.email;
        delete n.contact!.website;
        n.contact!.postalAddress = 'Privacy Office, 12 Orchard Lane, Larkspur Valley, CA 94000';
      },
    ],
  ];
  for (const [what, mutate] of lawful) {
    it(what, () => {
      const notice = clone();
      mutate(notice);
      const errors = checkNotice(notice, ALL).filter((f) => f.severity === 'error');
      assert.equal(show(errors), '(none)');
    });
  }
});

describe('checkNotice(): plain language', () => {
  const HARD =
    'The unauthorized acquisition, access, use or disclosure of protected health information, which compromises the security or privacy of such information, necessitates comprehensive notification to affected individuals pursuant to applicable federal regulations and corresponding state statutory requirements governing information security incidents and their investigation.';

  expectFinding([
    'a "What we are doing" written for lawyers',
    (n) => (n.sections!.whatWeAreDoing = HARD),
    { severity: 'warning', path: 'sections.whatWeAreDoing', rule: 'HIPAA 45 CFR 164.404(c)(2)' },
  ]);

  it('gives the grade it estimates, against grade 8', () => {
    const notice = clone();
    notice.summary = HARD;
    const found = checkNotice(notice, ALL).find((f) => f.rule === 'HIPAA 45 CFR 164.404(c)(2)');
    assert.match(found?.message ?? '', /^summary reads at about grade (\d+) .*grade 8 or under/);
    assert.ok(Number(/grade (\d+)/.exec(found!.message)![1]) > 15);
  });

  it('scores English prose only, and only 40 words or more', () => {
    const spanish = clone();
    spanish.lang = 'es';
    spanish.sections!.whatWeAreDoing = HARD;
    delete spanish.translations;
    const rule = (n: Notice) =>
      checkNotice(n, ALL).filter((f) => f.rule === 'HIPAA 45 CFR 164.404(c)(2)');
    assert.deepEqual(rule(spanish), []);
    const short = clone();
    short.sections!.whatWeAreDoing = HARD.split(' ').slice(0, 30).join(' ') + '.';
    assert.deepEqual(rule(short), []);
  });

  it('counts syllables as readers hear them', () => {
    const counts = [
      'the',
      'notice',
      'breach',
      'information',
      'security',
      'reviewed',
      'patients',
    ].map(syllables);
    assert.deepEqual(counts, [1, 2, 1, 4, 4, 2, 2]);
  });

  it('reads the sample as plain: grade 8 or under', () => {
    for (const text of [
      sample.summary,
      sample.sections!.whatHappened!,
      sample.sections!.whatWeAreDoing!,
    ]) {
      assert.ok(Math.round(gradeLevel(text)!) <= 8, text);
    }
  });
});
