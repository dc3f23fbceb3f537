/** The rules of the states the checker knows, each applied when its state is named (see rules.ts). */
import type { Rule } from './rules.js';

const CA_FORM = 'Cal. Civ. Code 1798.82(d)(1)';
const CA_CONTENT = 'Cal. Civ. Code 1798.82(d)(2)';

export const STATE_RULES = {
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
  caCreditBureaus: {
    citation: CA_CONTENT,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      'If Social Security, driver\'s licence or state ID numbers were involved (by an information type\'s `category`, or by its words: "Social Security numbers", "driver\'s license", "licencia de conducir"…), `patientRights.creditBureaus` gives the toll-free numbers and addresses of the major credit reporting agencies.',
  },
  caIdentityTheftMonths: {
    citation: CA_CONTENT,
    jurisdiction: 'CA',
    severity: 'error',
    checks:
      'An identity-theft prevention offer California requires says how long it lasts (`identityTheftProtection.months`), at least 12 months.',
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
      'If Social Security, driver\'s licence, state ID, taxpayer, passport or military ID numbers were involved (by `category` or by the type\'s words), and the clinic was the source of the breach (`breachSource` is not `"vendor"`), `identityTheftProtection.offered` is `true`: identity-theft prevention at no cost. With `stateSafeHarbor: true`, this and every other rule of 1798.82(d) is a warning (1798.82(e)).',
  },
  maRights: {
    citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
    jurisdiction: 'MA',
    severity: 'error',
    checks:
      '`patientRights.policeReport` is present, and so is `patientRights.securityFreeze`. Each missing field is its own finding.',
  },
  maFreezeFree: {
    citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
    jurisdiction: 'MA',
    severity: 'error',
    checks:
      '`patientRights.securityFreeze` quotes no fee (an amount such as `$5`, or "fee" without "no", "without", "free" or "waived" before it): a security freeze is free under federal law since 2018.',
  },
  maResidentsCount: {
    citation: 'Mass. Gen. Laws ch. 93H, § 3(b)',
    jurisdiction: 'MA',
    severity: 'error',
    checks:
      'No text states how many people were affected ("1,200 patients", "300 Massachusetts residents", "1.200 pacientes"): the notice may not state the number of residents affected. Reported at the text\'s path.',
  },
  maMonitoring: {
    citation: 'Mass. Gen. Laws ch. 93H, § 3A',
    jurisdiction: 'MA',
    severity: 'error',
    checks:
      "If Social Security numbers were involved (by `category` or by the type's words), `identityTheftProtection.offered` is `true` and `months` is at least 18: credit monitoring at no cost. With `stateSafeHarbor: true`, every Massachusetts rule is a warning (93H, § 5).",
  },
} as const satisfies Record<string, Rule>;
