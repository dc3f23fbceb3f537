/**
 * Most of what a law asks of a notice is that it says something: a section, a date, a right. Each
 * law lists those as a table of requirements, and one loop reports the ones a notice lacks.
 */
import type { Notice } from '../notice.types.js';
import { valueAt } from '../paths.js';
import type { Report, RuleId } from './rules.js';

/** Something the notice must say: the rule that asks for it, where, and what to tell the author. */
export interface Requirement {
  rule: RuleId;
  path: string;
  message: string;
  /** Whether the notice lacks it; by default, whether the field at `path` is absent or empty. */
  missing?: (n: Notice) => boolean;
}

/** Reports each requirement the notice does not meet, in the order of the table. */
export function requireAll(n: Notice, report: Report, requirements: readonly Requirement[]) {
  for (const { rule, path, message, missing } of requirements) {
    if (missing ? missing(n) : !valueAt(n, path)) report(rule, path, message);
  }
}
