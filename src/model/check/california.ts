/**
 * California Civil Code 1798.82: the form of (d)(1), the title and the headings, and the contents
 * of (d)(2). Applies with `--state CA`.
 */
import { CA_HEADINGS, CA_TITLE } from '../california-form.js';
import type { Notice } from '../notice.types.js';
import { requireAll, type Requirement } from './required.js';
import type { Report } from './rules.js';
import { lateness } from './timing.js';

const NOTICE_WITHIN_DAYS = 30;

/**
 * Information categories that make California ask for an identity-theft protection offer: the
 * Social Security and government ID numbers of Civil Code 1798.82(h)(1)(A) and (B) (driver's
 * licence, state ID, passport).
 */
const ID_NUMBERS = new Set(['ssn', 'drivers-license', 'state-id', 'passport']);

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
  const ids = (n.sections?.informationInvolved?.types ?? []).filter(
    (type) => type.category !== undefined && ID_NUMBERS.has(type.category),
  );
  if (ids.length && n.identityTheftProtection?.offered !== true) {
    const labels = ids.map((type) => `"${type.label}"`).join(', ');
    report(
      'caIdentityTheft',
      'identityTheftProtection',
      `Social Security or ID numbers were involved (${labels}). California then requires an offer of identity-theft prevention and mitigation services, free for at least 12 months, from a clinic that was the source of the breach. Set identityTheftProtection.offered to true and say in its text how to enrol.`,
    );
  }
}
