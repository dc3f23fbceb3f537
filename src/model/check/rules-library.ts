/** This library's own rules, which every notice answers to (see rules.ts). */
import type { Rule } from './rules.js';

const DATES = 'clinic-notice: dates';
const LINKS = 'clinic-notice: links';
const TRANSLATIONS = 'clinic-notice: translations';
const CONTENT = 'clinic-notice: content';

export const SCHEMA_RULE = {
  schema: {
    citation: 'notice.schema.json',
    jurisdiction: 'clinic-notice',
    severity: 'error',
    checks:
      'The file matches the schema: required fields, types, dates written `YYYY-MM-DD` that exist on the calendar, ids and language tags, no unknown fields (a key named `__proto__`, `constructor` or `toString` is one), and the limits on size: a summary of at most 1,000 characters, other text fields 20,000, one-line fields 500, URLs 500, phone numbers 50, email addresses 254; at most 100 questions, 30 steps, 30 types of information and 20 translations. If a check fails, only these findings are reported.',
  },
} as const satisfies Record<string, Rule>;

export const LIBRARY_RULES = {
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
      "A link whose words show a phone number, an email address or a web address goes there: `[1-800-555-0142](tel:…)` dials those digits, `[privacy@clinic.example](mailto:…)` writes to that address, `[clinic.example](https://…)` opens that site or one within it (a relative link cannot be checked: write the address in full). Otherwise the words show without a link. Checked in every text field, in each step's `linkText` with its `href`, and in `contact.websiteText` with `contact.website`, in every language; the elements show the address instead of such words.",
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
