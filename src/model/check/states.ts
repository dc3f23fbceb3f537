/**
 * The states whose rules the checker knows, each with its check. A state's rules apply only when
 * it is named (`--state CA,NY`). Each has a table (state-tables.ts) that the generic check reads;
 * California and Massachusetts also have files of their own for what no table says. A new state
 * is a table, and its code here only if it needs more.
 */
import type { Notice } from '../notice.types.js';
import { california } from './california.js';
import { massachusetts } from './massachusetts.js';
import type { Report } from './rules.js';
import { tableChecks } from './state-checks.js';
import { STATE_TABLES, type State } from './state-tables.js';

export type { State } from './state-tables.js';

/** The states whose rules the checker knows, by postal code. */
export const STATES = Object.fromEntries(
  Object.entries(STATE_TABLES).map(([code, table]) => [code, table.name]),
) as Record<State, string>;

const OWN: Partial<Record<State, (n: Notice, report: Report) => void>> = {
  CA: california,
  MA: massachusetts,
};

/** Each state's check, by postal code. */
export const STATE_CHECKS = Object.fromEntries(
  (Object.keys(STATE_TABLES) as State[]).map((state) => [
    state,
    (n: Notice, report: Report) => {
      OWN[state]?.(n, report);
      tableChecks(state, n, report);
    },
  ]),
) as Record<State, (n: Notice, report: Report) => void>;

/** Splits state codes into the ones the checker knows (upper case, once each) and the rest. */
export function parseStates(codes: string[]): { known: State[]; unknown: string[] } {
  const known: State[] = [];
  const unknown: string[] = [];
  for (const raw of codes) {
    const code = raw.trim().toUpperCase();
    if (!code) continue;
    if (Object.hasOwn(STATES, code)) {
      if (!known.includes(code as State)) known.push(code as State);
    } else if (!unknown.includes(raw.trim())) {
      unknown.push(raw.trim());
    }
  }
  return { known: known.sort(), unknown };
}
