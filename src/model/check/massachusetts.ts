/**
 * Massachusetts General Laws chapter 93H: the patient's rights of § 3(b) (a police report, a
 * security freeze, free), what § 3(b) bars the notice from saying (the number of residents
 * affected), and § 3A's 18 months of credit monitoring when Social Security numbers were
 * exposed. § 5 deems a notice that meets HITECH enough: with `stateSafeHarbor` the errors are
 * warnings. Applies with `--state MA`.
 */
import type { Notice } from '../notice.types.js';
import { exposedOf } from './identity.js';
import { requireAll, type Requirement } from './required.js';
import { safeHarbor, type Report } from './rules.js';
import { peopleCounts } from './state-checks.js';

const REQUIRED: Requirement[] = [
  {
    rule: 'maRights',
    path: 'patientRights.policeReport',
    message:
      'The notice does not tell patients of their right to obtain a police report. Massachusetts requires it. Add patientRights.policeReport.',
  },
  {
    rule: 'maRights',
    path: 'patientRights.securityFreeze',
    message:
      'The notice does not tell patients how to ask for a security freeze, free of charge, and what to give when asking. Massachusetts requires it. Add patientRights.securityFreeze.',
  },
];

const MONITORING_MONTHS = 18;

/** A fee for a security freeze: an amount, or "fee" with no "no", "without" or "free" before it. */
function feeIn(text: string): string | undefined {
  const amount = /\$\s?\d[\d.,]{0,12}|\b\d{1,6}(?:[.,]\d\d)?\s?(?:dollars|USD)\b/i.exec(text);
  if (amount) return amount[0];
  for (const match of text.matchAll(/\bfees?\b/gi)) {
    const before = text.slice(Math.max(0, match.index - 25), match.index);
    if (!/\b(?:no|without|free|waive[sd]?)\b/i.test(before)) return match[0];
  }
  return undefined;
}

export function massachusetts(n: Notice, report: Report) {
  const harbor = safeHarbor(n, report, 'Mass. Gen. Laws ch. 93H, § 5');
  requireAll(n, harbor, REQUIRED);
  const freeze = n.patientRights?.securityFreeze;
  const fee = freeze && feeIn(freeze);
  if (fee) {
    harbor(
      'maFreezeFree',
      'patientRights.securityFreeze',
      `The security-freeze text mentions a fee ("${fee}"). A security freeze is free in every state under federal law since 2018, and Massachusetts asks the notice to say so. Say that the freeze is free of charge.`,
    );
  }
  for (const { path, count } of peopleCounts(n)) {
    harbor(
      'maResidentsCount',
      path,
      `${path} says how many people were affected ("${count}"). Massachusetts bars a notice to its residents from stating the number of residents affected. Leave the number out.`,
    );
  }
  const ssn = exposedOf(n, ['ssn']);
  const offer = n.identityTheftProtection;
  if (ssn && !(offer?.offered && (offer.months ?? 0) >= MONITORING_MONTHS)) {
    harbor(
      'maMonitoring',
      offer?.offered ? 'identityTheftProtection.months' : 'identityTheftProtection',
      `Social Security numbers were involved (${ssn}). Massachusetts then requires credit monitoring at no cost for at least 18 months${offer?.offered ? `; the offer ${offer.months === undefined ? 'does not say for how long' : `lasts ${offer.months} months`}` : ''}. Set identityTheftProtection.offered to true and months to 18 or more.`,
    );
  }
}
