/**
 * California Civil Code 1798.82: the form of (d)(1), the title and the headings, and the contents
 * of (d)(2). Applies with `--state CA`.
 */
import { CA_HEADINGS, CA_TITLE } from '../california-form.js';
import type { Notice } from '../notice.types.js';
import { requireAll, type Requirement } from './required.js';
import { exposedOf, type IdNumber } from './identity.js';
import { safeHarbor, type Report } from './rules.js';
import { lateness } from './timing.js';

const NOTICE_WITHIN_DAYS = 30;

/**
 * The numbers of 1798.82(h)(1)(A) and (B) (Social Security, driver's licence, state ID, taxpayer,
 * passport, military ID): their exposure makes the source of the breach offer identity-theft
 * prevention, (d)(2)(G).
 */
const OFFER_NUMBERS: IdNumber[] = [
  'ssn',
  'drivers-license',
  'state-id',
  'passport',
  'taxpayer-id',
  'military-id',
];
/** Those whose exposure calls for the credit bureaus' numbers and addresses, (d)(2)(F). */
const BUREAU_NUMBERS: IdNumber[] = ['ssn', 'drivers-license', 'state-id'];
const OFFER_MONTHS = 12;

/**
 * The five headings 1798.82(d)(1) requires. "Other Important Information" belongs to the optional
 * model form only: a notice may have it, and need not.
 */
const REQUIRED_SECTIONS = [
  'whatHappened',
  'informationInvolved',
  'whatWeAreDoing',
  'whatYouCanDo',
  'forMoreInformation',
] as const satisfies (keyof typeof CA_HEADINGS)[];

const REQUIRED: Requirement[] = [
  ...REQUIRED_SECTIONS.map((key): Requirement => ({
    rule: 'caHeadings',
    path: `sections.${key}`,
    message: `The section "${CA_HEADINGS[key]}" is missing. California requires it, under that heading, in the notice. Add sections.${key}.`,
  })),
  {
    rule: 'caBreachDate',
    path: 'dates.breachStart',
    message:
      'The date of the breach is missing. California asks for the date, an estimated date or the date range of the breach when it can be determined. Add dates.breachStart (with dates.breachEnd for a range), or set dates.breachDateUnknown to true so that the notice says it is not known.',
    missing: (n) => !n.dates.breachStart && !n.dates.breachDateUnknown,
  },
  {
    rule: 'caDelayStatement',
    path: 'lawEnforcementDelay',
    message:
      'The notice does not say whether a law-enforcement investigation delayed it. California asks it to. Add lawEnforcementDelay with delayed: true or false.',
  },
];

/** Within 30 calendar days of discovery (since 1 January 2026), but for the delays (a) allows. */
function timeliness(n: Notice, report: Report) {
  const late = lateness(n, NOTICE_WITHIN_DAYS);
  if (!late.late) return;
  const scope = n.dates.scopeDetermined;
  const start = `The notice is dated ${late.days} days after the breach was discovered (${n.dates.discovered})`;
  if (scope && n.dates.noticeDate <= scope) return;
  if (scope) {
    report(
      'caScope',
      'dates.noticeDate',
      `${start} and after the scope of the breach was determined (${scope}). California allows the time needed to determine the scope, then notice without unreasonable delay: keep the records that show why it took until ${n.dates.noticeDate}.`,
    );
    return;
  }
  report(
    'caTimely',
    'dates.noticeDate',
    `${start}; California allows 30 calendar days, until ${late.latest}${late.delay.kind === 'recorded' ? ' (the end of the recorded law-enforcement delay)' : ''}. If law enforcement asked for a delay, record it in lawEnforcementDelay; if determining the scope took longer, give dates.scopeDetermined; otherwise the notice is late.`,
  );
}

export function california(n: Notice, report: Report) {
  timeliness(n, report);
  // 1798.82(e): a HIPAA covered entity that meets HITECH is deemed to meet (d), the rest of this.
  contents(n, safeHarbor(n, report, 'Cal. Civ. Code 1798.82(e)'));
}

/** The form and contents of (d). */
function contents(n: Notice, report: Report) {
  // The words are fixed, not their letter case: "NOTICE OF DATA BREACH" is lawful.
  const title = n.title ?? CA_TITLE;
  const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (words(title) !== words(CA_TITLE)) {
    report(
      'caTitle',
      'title',
      `The title is "${title}". California requires the title "${CA_TITLE}" (in any letter case). Change title, or leave it out to get that title.`,
    );
  }
  requireAll(n, report, REQUIRED);
  const bureaus = exposedOf(n, BUREAU_NUMBERS);
  if (bureaus && !n.patientRights?.creditBureaus) {
    report(
      'caCreditBureaus',
      'patientRights.creditBureaus',
      `Social Security, driver's licence or state ID numbers were involved (${bureaus}). California then asks the notice to give the toll-free numbers and addresses of the major credit reporting agencies. Add them in patientRights.creditBureaus.`,
    );
  }
  const exposed = exposedOf(n, OFFER_NUMBERS);
  // Only the source of the breach must offer: a clinic whose vendor was breached need not.
  if (!exposed || n.breachSource === 'vendor') return;
  const offer = n.identityTheftProtection;
  if (offer?.offered !== true) {
    report(
      'caIdentityTheft',
      'identityTheftProtection',
      `Social Security or government ID numbers were involved (${exposed}). California then requires the source of the breach to offer identity-theft prevention and mitigation services, at no cost, for at least 12 months. Set identityTheftProtection.offered to true, give months, and say in its text how to enrol; if a vendor was the source, set breachSource to "vendor".`,
    );
  } else if (offer.months === undefined || offer.months < OFFER_MONTHS) {
    report(
      'caIdentityTheftMonths',
      'identityTheftProtection.months',
      offer.months === undefined
        ? `The offer of identity-theft prevention does not say for how long. California requires at least 12 months. Set identityTheftProtection.months.`
        : `The offer of identity-theft prevention lasts ${offer.months} months. California requires at least 12 months at no cost. Set identityTheftProtection.months to 12 or more.`,
    );
  }
}
