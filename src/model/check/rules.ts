/**
 * Every rule the checker applies, in one list: its citation (the `rule` of each finding it gives),
 * the law or body it comes from, how serious a finding is and what is checked. The checks report
 * by a rule's id, so a finding's citation and severity come from here; so does the README's rules
 * table (`npm run docs:rules` writes it, a test fails when it is stale).
 */
import { HIPAA_RULES } from './rules-hipaa.js';
import { LIBRARY_RULES, SCHEMA_RULE } from './rules-library.js';
import { STATE_RULES } from './rules-states.js';
import { PLAIN } from './rules-plain.js';
import { TABLE_PLAIN, TABLE_RULES, type TableRuleId } from './rules-tables.js';
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

/** The rules by id, in the order the README lists them. */
export const RULES = {
  ...SCHEMA_RULE,
  ...HIPAA_RULES,
  ...STATE_RULES,
  ...TABLE_RULES,
  ...LIBRARY_RULES,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES | TableRuleId;

/** A rule in one sentence a non-lawyer understands (rules-plain.ts, or its state's table). */
export function plainWords(id: RuleId): string {
  return id in PLAIN ? PLAIN[id as keyof typeof PLAIN] : TABLE_PLAIN[id as TableRuleId];
}

/** One thing to fix (`error`) or to look at (`warning`), where it is and the rule it breaks. */
export interface Finding {
  severity: Severity;
  /** Where in the file, as `dates.postedUntil`, `faq[2].answer`, `translations.es.summary`. */
  path: string;
  /** What is wrong and what to do, in plain English. */
  message: string;
  /** The rule's citation: `HIPAA 45 CFR 164.404(b)`, `notice.schema.json`, `clinic-notice: links`. */
  rule: string;
  /** The rule's id in the registry (`hipaaTimely`, `nyDeadline`): the README's table lists it. */
  id: RuleId;
}

/**
 * How a check reports a finding: the rule it breaks (by id), where, and what to do; `severity`
 * overrides the rule's (a state's safe harbour turns its errors into warnings).
 */
export type Report = (rule: RuleId, path: string, message: string, severity?: Severity) => void;

/**
 * `report`, or, when the notice relies on a state's HIPAA safe harbour (`stateSafeHarbor`), a
 * report of each error as a warning that says so.
 */
export function safeHarbor(n: { stateSafeHarbor?: boolean }, report: Report, law: string): Report {
  if (!n.stateSafeHarbor) return report;
  return (rule, path, message, severity) => {
    if ((severity ?? RULES[rule].severity) !== 'error')
      return report(rule, path, message, severity);
    report(
      rule,
      path,
      `${message} The notice relies on the HIPAA safe harbour of ${law} (stateSafeHarbor), so this is a warning: the notice must meet HITECH's notice rules for it to apply.`,
      'warning',
    );
  };
}
