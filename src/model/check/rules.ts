/**
 * Every rule the checker applies, in one list: its citation (the `rule` of each finding it gives),
 * the law or body it comes from, how serious a finding is and what is checked. The checks report
 * by a rule's id, so a finding's citation and severity come from here; so does the README's rules
 * table (`npm run docs:rules` writes it, a test fails when it is stale).
 */
import type { State } from './states.js';

/**
 * `error`: the notice breaks the rule; `warning`: look at it; `note`: something the file cannot
 * settle (a notice the clinic must also send, a state the checker does not know).
 */
export type Severity = 'error' | 'warning' | 'note';

/** HIPAA applies to every notice, a state's rules when it is named, `clinic-notice` always. */
export type Jurisdiction = 'HIPAA' | State | 'clinic-notice';

export interface Rule {
  /** The citation a finding carries: `HIPAA 45 CFR 164.404(b)`, `clinic-notice: links`. */
  citation: string;
  jurisdiction: Jurisdiction;
  severity: Severity;
  /** What is checked, in Markdown, as the README's table says it. */
  checks: string;
}

const HIPAA_A = 'HIPAA 45 CFR 164.404(c)(1)(A)';
const HIPAA_E = 'HIPAA 45 CFR 164.404(c)(1)(E)';
const HIPAA_POSTING = 'HIPAA 45 CFR 164.404(d)(2)(ii)';
const CA_FORM = 'Cal. Civ. Code 1798.82(d)(1)';
const CA_CONTENT = 'Cal. Civ. Code 1798.82(d)(2)';
const DATES = 'clinic-notice: dates';
const LINKS = 'clinic-notice: links';
const TRANSLATIONS = 'clinic-notice: translations';
const CONTENT = 'clinic-notice: content';

/** The rules by id, in the order the README lists them. */
export const RULES = {
  schema: {
    citation: 'notice.schema.json',
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      'The file matches the schema: required fields, types, dates written `YYYY-MM-DD` that exist on the calendar, ids and language tags, no unknown fields (a key named `__proto__`, `constructor` or `toString` is one), and the limits on size: a summary of at most 1,000 characters, other text fields 20,000, one-line fields 500, URLs 500, phone numbers 50, email addresses 254; at most 100 questions, 30 steps, 30 types of information and 20 translations. If a check fails, only these findings are reported.',
  },
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
  caTitle: {
    citation: CA_FORM,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      'The title is "Notice of Data Breach", in any letter case (`NOTICE OF DATA BREACH` passes; the words are fixed, the case is not). A notice without `title` gets that title.',
  },
  caHeadings: {
    citation: CA_FORM,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      'The five sections whose headings (d)(1) requires are present: `whatHappened`, `informationInvolved`, `whatWeAreDoing`, `whatYouCanDo`, `forMoreInformation`. Each missing section is its own finding. `otherImportantInformation` belongs to the optional model form only.',
  },
  caTimely: {
    citation: 'Cal. Civ. Code 1798.82(a)',
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      '`dates.noticeDate` is at most 30 calendar days after `dates.discovered` (in force since 1 January 2026), or no later than the end of a recorded law-enforcement delay. With `dates.scopeDetermined` (the time needed to determine the scope and restore the system, which California allows) the finding is `caScope` instead.',
  },
  caScope: {
    citation: 'Cal. Civ. Code 1798.82(a)',
    jurisdiction: 'CA',
    severity: 'warning',
    checks:
      'The notice is dated more than 30 days after discovery and after `dates.scopeDetermined`: California allows the time needed to determine the scope, then notice without unreasonable delay. Keep the records that show it.',
  },
  caBreachDate: {
    citation: CA_CONTENT,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      '`dates.breachStart` (the date, estimated date or start of the range of the breach) is present, or `dates.breachDateUnknown` is `true` (the notice then says the date is not known).',
  },
  caDelayStatement: {
    citation: CA_CONTENT,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      '`lawEnforcementDelay` is present, so the notice says whether a law-enforcement investigation delayed it.',
  },
  caIdentityTheft: {
    citation: CA_CONTENT,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      'If any information type has the category `ssn`, `drivers-license`, `state-id` or `passport`, `identityTheftProtection.offered` is `true` (reported at `identityTheftProtection`).',
  },
  maRights: {
    citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
    jurisdiction: 'MA',
    severity: 'error',
    checks:
      '`patientRights.policeReport` is present, and so is `patientRights.securityFreeze`. Each missing field is its own finding.',
  },
  statesKnown: {
    citation: 'clinic-notice: states',
    jurisdiction: 'clinic-notice',
    severity: 'note',
    checks:
      'Each state named with `--state` is one whose rules the checker knows. For another one, a note names the states it knows; HIPAA and the known states are still checked.',
  },
  contentMeaningful: {
    citation: CONTENT,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      "No text field, web address or email address, in the main language or a translation, is only white space or marks (`...`, `—`), only a placeholder (`TBD`, `TBA`, `TBC`, `N/A`, `TODO`, `XXX`, `pending`, `to be determined`, `por determinar`, `pendiente`, in any case), or holds one (`[insert date]`, `lorem ipsum`, `TBD`, `TODO`, `XXX`, `{{name}}`). A placeholder in a part HIPAA requires (a section, an information type, a step, the contact procedures) is reported under that HIPAA rule instead, at the field's path.",
  },
  datesInOrder: {
    citation: DATES,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      'The breach was not discovered before it began (`dates.discovered` ≥ `dates.breachStart`). It does not end before it began (`dates.breachEnd` ≥ `dates.breachStart`). The posting does not end before it begins (`dates.postedUntil` ≥ `dates.postedFrom`). The notice is not dated before the discovery (`dates.noticeDate` ≥ `dates.discovered`). A law-enforcement delay does not end before it was requested (`lawEnforcementDelay.until` ≥ `lawEnforcementDelay.requested`).',
  },
  datesBreachUnknown: {
    citation: DATES,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      "A notice that says the date of the breach is unknown (`dates.breachDateUnknown: true`) gives no `dates.breachStart` or `dates.breachEnd`. A law-enforcement delay's `until` is not before its `requested`.",
  },
  datesUpdated: {
    citation: DATES,
    jurisdiction: 'clinic-notice',
    severity: 'warning',
    checks: '`dates.updated` is not before `dates.noticeDate`.',
  },
  datesPostingOver: {
    citation: DATES,
    jurisdiction: 'clinic-notice',
    severity: 'warning',
    checks:
      'The posting has not ended (`dates.postedUntil` is `--today` or later). A posting that has not begun yet is not a finding.',
  },
  linksInText: {
    citation: LINKS,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      "Every `[label](url)` link in every text field, in the main language and in every translation, uses an `https:`, `http:`, `tel:`, `mailto:` or relative URL that the elements link. Refused, so the link would show as its label alone: any other scheme (`javascript:`, `data:`, `file:`, …), characters a reader cannot see, a user name before the host (`https://clinic.example@evil.example/`), a host that mixes scripts (a Cyrillic `а` among Latin letters), a `tel:` number or a `mailto:` address that the phone and email rules below refuse. Also an error: a URL that reads as a path but opens another site (`//evil.example/p`, `\\\\evil.example\\p`, `/\\evil.example/p`, `https:evil.example`); the elements link it in full. The finding is reported at the text field's path.",
  },
  linksUrls: {
    citation: LINKS,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      "`organization.website`, `organization.logo`, `contact.website` and every step's `href` are `https:`, `http:` or relative URLs, refused and written in full by the same rules as links in text.",
  },
  linksEmail: {
    citation: LINKS,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      '`contact.email` is one plain address (`privacy@clinic.example`): no `mailto:`, display name, spaces, second address, `?`, `#`, `&` or `%` (which can add headers), no characters a reader cannot see (bidi controls, zero-width and control characters) and none outside ASCII (an internationalised domain is written in its `xn--` form). The test is the same one `<notice-contact>` uses to decide whether to link the address.',
  },
  linksWords: {
    citation: LINKS,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      "A link whose words show a phone number, an email address or a web address goes there: `[1-800-555-0142](tel:…)` dials those digits, `[privacy@clinic.example](mailto:…)` writes to that address, `[clinic.example](https://…)` opens that site or one within it (a relative link cannot be checked: write the address in full). Otherwise the words show without a link. Checked in every text field, and in each step's `linkText` (in every language) with its `href`.",
  },
  linksPhone: {
    citation: LINKS,
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      "`contact.tollFreePhone` and every step's `phone` can be dialled exactly as shown, so the elements link them: digits, spaces, `-`, `.`, `(` and `)`; a North American number of 10 digits (11 with the leading 1) or `+` and 8 to 15 digits; at most one extension written `ext.`, `ext`, `x` or `extension` (linked as `tel:+18005550142;ext=12`). Refused: bidi controls and invisible characters, letters (`1-800-FLOWERS`, a letter O for a zero), two numbers in one field, and any other character.",
  },
  translationsMissing: {
    citation: TRANSLATIONS,
    jurisdiction: 'clinic-notice',
    severity: 'warning',
    checks:
      "Each translation has every text field the main language has. The fields are: `title`, `summary`, `lawEnforcementDelay.statement`, every section text, each step's `title`, `detail` and `linkText` (by step `id`), each question's `question` and `answer` (by `id`), `identityTheftProtection.text`, `patientRights.policeReport` and `.securityFreeze`, `contact.postalAddress` and `.hours`. The count of `informationInvolved.types` must also match, because the labels are matched by position. A missing field is reported at `translations.<lang>.<path>`. `organization.name` is not checked, because a clinic's name usually reads the same in every language.",
  },
  translationsStray: {
    citation: TRANSLATIONS,
    jurisdiction: 'clinic-notice',
    severity: 'warning',
    checks:
      'Each step or question `id` in a translation matches a step or question in the main language. An entry with an unknown `id` is never shown.',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** One thing to fix (`error`) or to look at (`warning`), where it is and the rule it breaks. */
export interface Finding {
  severity: Severity;
  /** Where in the file, as `dates.postedUntil`, `faq[2].answer`, `translations.es.summary`. */
  path: string;
  /** What is wrong and what to do, in plain English. */
  message: string;
  /** The rule's citation: `HIPAA 45 CFR 164.404(b)`, `notice.schema.json`, `clinic-notice: links`. */
  rule: string;
}

/** How a check reports a finding: the rule it breaks (by id), where, and what to do. */
export type Report = (rule: RuleId, path: string, message: string) => void;
