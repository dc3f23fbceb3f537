/**
 * The states whose rules the checker knows, each with its check. A state's rules apply only when
 * it is named (`--state CA,MA`). A new state is a file of checks (its table of requirements and
 * whatever else it asks), its entries in `rules.ts`, and its code in the two tables here.
 */
import type { Notice } from '../notice.types.js';
import { california } from './california.js';
import { massachusetts } from './massachusetts.js';
import type { Report } from './rules.js';

/** The states whose rules the checker knows, by postal code. */
export const STATES = { CA: 'California', MA: 'Massachusetts' } as const;
export type State = keyof typeof STATES;

/** Each state's check, by postal code. */
export const STATE_CHECKS: Record<State, (n: Notice, report: Report) => void> = {
  CA: california,
  MA: massachusetts,
};

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
