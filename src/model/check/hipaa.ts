/**
 * HIPAA, which every notice answers to: the contents of 45 CFR 164.404(c), the 90-day web posting
 * of a substitute notice, 164.404(d)(2)(ii), and the 60-day deadline of 164.404(b).
 */
import { addDays } from '../dates.js';
import type { Notice } from '../notice.types.js';
import { readPhone } from '../phone.js';
import { POSTING_DAYS, postingShortfall } from '../posting.js';
import { requireAll, type Requirement } from './required.js';
import type { Report } from './rules.js';
import { delayRecord, lateness } from './timing.js';

/** US toll-free area codes. */
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);
const NOTICE_WITHIN_DAYS = 60;

/** Every HIPAA rule. */
export function hipaa(n: Notice, report: Report) {
  contents(n, report);
  posting(n, report);
  timeliness(n, report);
  reminders(n, report);
}

/** The notices besides this one that HIPAA asks for: the file cannot show them, so notes. */
function reminders(n: Notice, report: Report) {
  const { discovered } = n.dates;
  const within = discovered ? `, by ${addDays(discovered, NOTICE_WITHIN_DAYS)}` : '';
  report(
    'hipaaMailNotice',
    '(notices)',
    `Send each affected patient written notice by first-class mail (or by email to those who agreed to it)${within}. This web posting stands in for it only for patients whose contact details are out of date, when there are 10 or more of them.`,
  );
  const yearEnd = `${(discovered ?? n.dates.noticeDate).slice(0, 4)}-12-31`;
  report(
    'hipaaHhsNotice',
    '(notices)',
    `Notify the Secretary of HHS: for 500 or more patients, at the same time as the patients${within}; for fewer, in the yearly log, within 60 days of the end of the year (by ${addDays(yearEnd, 60)}).`,
  );
  report(
    'hipaaMediaNotice',
    '(notices)',
    `If more than 500 residents of one state or jurisdiction are affected, notify prominent media outlets serving it${within}.`,
  );
}

/** The elements (A) to (E) of 164.404(c)(1) a notice must have. */
const REQUIRED: Requirement[] = [
  {
    rule: 'hipaaWhatHappened',
    path: 'sections.whatHappened',
    message:
      'The notice does not say what happened. HIPAA asks for a brief description in plain language. Add sections.whatHappened.',
  },
  {
    rule: 'hipaaWhatHappened',
    path: 'dates.breachStart',
    message:
      'The date of the breach is missing. HIPAA asks for it if known. Add dates.breachStart (with dates.breachEnd for a range, and breachDatesEstimated: true if it is an estimate), or set dates.breachDateUnknown to true so that the notice says it is not known.',
    missing: (n) => !n.dates.breachStart && !n.dates.breachDateUnknown,
  },
  {
    rule: 'hipaaWhatHappened',
    path: 'dates.discovered',
    message:
      'The date the breach was discovered is missing. HIPAA asks for it. Add dates.discovered.',
  },
  {
    rule: 'hipaaInformation',
    path: 'sections.informationInvolved',
    message:
      'The notice does not list the types of information involved. HIPAA asks for them (types such as "dates of birth" or "insurance member IDs", never the values). Add sections.informationInvolved with its types.',
  },
  {
    rule: 'hipaaWhatYouCanDo',
    path: 'sections.whatYouCanDo',
    message:
      'The notice does not tell patients what they can do to protect themselves. HIPAA asks for these steps. Add sections.whatYouCanDo with steps or text.',
    missing: (n) => !n.sections?.whatYouCanDo?.text && !n.sections?.whatYouCanDo?.steps?.length,
  },
  {
    rule: 'hipaaWhatWeAreDoing',
    path: 'sections.whatWeAreDoing',
    message:
      'The notice does not say what the clinic is doing to investigate, limit the harm and prevent a repeat. HIPAA asks for it. Add sections.whatWeAreDoing.',
  },
  {
    rule: 'hipaaContact',
    path: 'contact.tollFreePhone',
    message:
      'There is no toll-free telephone number. HIPAA asks for one in the contact procedures, and a web posting needs one open for 90 days. Add contact.tollFreePhone.',
  },
  {
    rule: 'hipaaContact',
    path: 'contact',
    message:
      'Besides the telephone, there is no way to reach the clinic. HIPAA asks for an email address, a website or a postal address. Add contact.email, contact.website or contact.postalAddress.',
    missing: ({ contact: c }) => !c?.email && !c?.website && !c?.postalAddress,
  },
];

function contents(n: Notice, report: Report) {
  requireAll(n, report, REQUIRED);
  // The web posting of a substitute notice needs a toll-free line: a North American 8YY number.
  const phone = n.contact?.tollFreePhone;
  if (phone === undefined) return;
  const reading = readPhone(phone);
  const tollFree =
    reading.ok && reading.tel.startsWith('tel:+1') && TOLL_FREE.has(reading.tel.slice(6, 9));
  if (!tollFree) {
    const found = reading.ok
      ? `"${reading.display}" is not a US toll-free number`
      : `"${phone}" is not a telephone number that can be dialled as written`;
    report(
      'hipaaTollFree',
      'contact.tollFreePhone',
      `${found}. The web posting of a substitute notice needs a toll-free number (area code 800, 833, 844, 855, 866, 877 or 888), open for at least 90 days. Write the clinic's toll-free line in contact.tollFreePhone.`,
    );
  }
}

/** The posting and the toll-free line of a substitute notice last 90 days. */
function posting(n: Notice, report: Report) {
  const { postedFrom, postedUntil } = n.dates;
  const enough = addDays(postedFrom, POSTING_DAYS);
  const shortfall = postingShortfall(postedFrom, postedUntil);
  if (shortfall) {
    const span = shortfall.days;
    report(
      'hipaaPostingDays',
      'dates.postedUntil',
      `The web posting runs from ${postedFrom} to ${postedUntil}, ${span < 0 ? 'which ends before it begins' : `only ${span} days`}. A substitute notice on the home page must stay up for 90 days. Set dates.postedUntil to ${enough} or later.`,
    );
  }
  const activeUntil = n.contact?.activeUntil;
  if (!activeUntil) {
    report(
      'hipaaHotlineUntil',
      'contact.activeUntil',
      `The notice does not say until when the toll-free line is open. With a substitute notice it must stay open for at least 90 days. Set contact.activeUntil to ${enough} or later.`,
    );
  } else if (postingShortfall(postedFrom, activeUntil)) {
    report(
      'hipaaHotlineDays',
      'contact.activeUntil',
      `The toll-free line closes on ${activeUntil}, less than 90 days after the posting begins (${postedFrom}). With a substitute notice it must stay open for at least 90 days. Set contact.activeUntil to ${enough} or later.`,
    );
  }
}

/** Notice within 60 days of discovery, extended only by a delay the file records (164.412). */
function timeliness(n: Notice, report: Report) {
  const delay = delayRecord(n);
  if (delay.kind === 'too-long') {
    report(
      'hipaaDelayOral',
      'lawEnforcementDelay.until',
      `lawEnforcementDelay records an oral request of ${delay.requested} running until ${delay.until}. An oral request delays notice by at most 30 days, until ${delay.latest}, unless the official follows it with a written statement. Record that statement (kind: "written", until: its end), or set until to ${delay.latest} at the latest.`,
    );
  }
  const late = lateness(n, NOTICE_WITHIN_DAYS);
  if (!late.late) return;
  const { discovered } = n.dates;
  const start = `The notice is dated ${late.days} days after the breach was discovered (${discovered})`;
  if (late.delay.kind === 'unrecorded') {
    report(
      'hipaaDelay',
      late.delay.missing,
      `${start}, later than HIPAA's 60 days (${late.latest}). lawEnforcementDelay says a law-enforcement official asked for a delay, but not ${late.delay.missing === 'lawEnforcementDelay.kind' ? 'how (kind: "written" or "oral")' : 'until when'}: a delay extends the deadline only as far as it is recorded. Add ${late.delay.missing}, and keep the official's statement with the breach records.`,
    );
    return;
  }
  const allowed =
    late.delay.kind === 'recorded'
      ? `HIPAA allows 60 days, and the recorded delay (${late.delay.how}) runs to ${late.latest}`
      : `HIPAA allows at most 60 calendar days, until ${late.latest}`;
  report(
    'hipaaTimely',
    'dates.noticeDate',
    `${start}; ${allowed}. If a law-enforcement official asked for a longer delay, record it in lawEnforcementDelay (kind, requested, until); otherwise the notice is late and should go out at once.`,
  );
}
