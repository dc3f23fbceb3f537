/** HIPAA's rules, which every notice answers to (see rules.ts). */
import type { Rule } from './rules.js';

const HIPAA_A = 'HIPAA 45 CFR 164.404(c)(1)(A)';
const HIPAA_E = 'HIPAA 45 CFR 164.404(c)(1)(E)';
const HIPAA_POSTING = 'HIPAA 45 CFR 164.404(d)(2)(ii)';

export const HIPAA_RULES = {
  hipaaWhatHappened: {
    citation: HIPAA_A,
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      '`sections.whatHappened`, `dates.breachStart` and `dates.discovered` are present; `dates.breachStart` may be left out with `dates.breachDateUnknown: true`, as HIPAA asks for the date of the breach if known.',
  },
  hipaaInformation: {
    citation: 'HIPAA 45 CFR 164.404(c)(1)(B)',
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      '`sections.informationInvolved` is present (the schema requires at least one entry in its `types`).',
  },
  hipaaWhatYouCanDo: {
    citation: 'HIPAA 45 CFR 164.404(c)(1)(C)',
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks: '`sections.whatYouCanDo` has text or at least one step.',
  },
  hipaaWhatWeAreDoing: {
    citation: 'HIPAA 45 CFR 164.404(c)(1)(D)',
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks: '`sections.whatWeAreDoing` is present.',
  },
  hipaaContact: {
    citation: HIPAA_E,
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      '`contact.tollFreePhone` is present, and so is at least one of `contact.email`, `contact.website` or `contact.postalAddress` (reported at `contact`).',
  },
  hipaaTollFree: {
    citation: HIPAA_E,
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      '`contact.tollFreePhone` is a US toll-free number, as the web posting of a substitute notice requires: a North American number whose area code is 800, 833, 844, 855, 866, 877 or 888. `1-800-555-0142` and `+1 (888) 555 0142` pass; a local number (`(603) 555-0142`), letters (`1-800-FLOWERS`, which `clinic-notice: links` also refuses) and words (`TBD`) do not. The finding says what was found.',
  },
  hipaaPostingDays: {
    citation: HIPAA_POSTING,
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      '`dates.postedUntil` is at least 90 days after `dates.postedFrom`. The count is the difference of the dates: from 2026-11-20, 2027-02-18 is the earliest end date that passes.',
  },
  hipaaHotlineUntil: {
    citation: HIPAA_POSTING,
    jurisdiction: 'HIPAA',
    severity: 'warning',
    checks: '`contact.activeUntil` (the last day the toll-free line is open) is given.',
  },
  hipaaHotlineDays: {
    citation: HIPAA_POSTING,
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks: 'When it is given, `contact.activeUntil` is at least 90 days after `dates.postedFrom`.',
  },
  hipaaTimely: {
    citation: 'HIPAA 45 CFR 164.404(b)',
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      "`dates.noticeDate` is at most 60 days after `dates.discovered`, or, when `lawEnforcementDelay` records a delay (its `kind` and end), no later than that delay's end.",
  },
  hipaaDelay: {
    citation: 'HIPAA 45 CFR 164.404(b), 164.412',
    jurisdiction: 'HIPAA',
    severity: 'warning',
    checks:
      'The notice is dated more than 60 days after discovery, and `lawEnforcementDelay.delayed` is `true` without saying how (`kind`: `written` or `oral`) or until when (`until` for a written statement, `requested` for an oral request): a delay extends the deadline only as far as it is recorded. Reported at the missing field.',
  },
  hipaaDelayOral: {
    citation: 'HIPAA 45 CFR 164.412(b)',
    jurisdiction: 'HIPAA',
    severity: 'error',
    checks:
      'An oral request (`kind: "oral"`) delays notice by at most 30 days from `requested`: `lawEnforcementDelay.until` is no later than that. A longer delay needs the official\'s written statement (`kind: "written"`).',
  },
  plainLanguage: {
    citation: 'HIPAA 45 CFR 164.404(c)(2)',
    jurisdiction: 'HIPAA',
    severity: 'warning',
    checks:
      'Each English prose section of 40 words or more (`summary`, the texts of `sections`) reads at grade 8 or under by the Flesch–Kincaid estimate (sentence length and syllables a word), the usual target for patient materials; the warning gives the grade. Links count as their words; web addresses and phone numbers are left out.',
  },
  hipaaMailNotice: {
    citation: 'HIPAA 45 CFR 164.404(d)(1), (2)',
    jurisdiction: 'HIPAA',
    severity: 'note',
    checks:
      'A note on every notice: the primary notice is written notice to each patient by first-class mail (or email where agreed); the web posting is a substitute notice for the patients whose contact details are out of date, when there are 10 or more.',
  },
  hipaaHhsNotice: {
    citation: 'HIPAA 45 CFR 164.408',
    jurisdiction: 'HIPAA',
    severity: 'note',
    checks:
      'A note on every notice: notify HHS, at the same time as the patients for 500 or more of them, else within 60 days of the end of the calendar year (the note gives the dates).',
  },
  hipaaMediaNotice: {
    citation: 'HIPAA 45 CFR 164.406',
    jurisdiction: 'HIPAA',
    severity: 'note',
    checks:
      'A note on every notice: for more than 500 residents of a state or jurisdiction, notify prominent media outlets serving it within 60 days of discovery.',
  },
} as const satisfies Record<string, Rule>;
