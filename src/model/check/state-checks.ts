/**
 * The check every state table gets (state-tables.ts): its deadline, the contents it asks for,
 * the identity protection it requires, the count it bars, and its reminders as a note.
 */
import type { Notice } from '../notice.types.js';
import { valueAt } from '../paths.js';
import { schema } from '../schema.generated.js';
import { exposedOf } from './identity.js';
import { tableRuleId } from './rules-tables.js';
import type { Report } from './rules.js';
import { STATE_TABLES, type State, type StateTable } from './state-tables.js';
import { lateness } from './timing.js';
import { walk } from './walk.js';

/** A count of people affected: "1,200 patients", "approximately 300 Illinois residents". */
export const PEOPLE_COUNT =
  /\b\d{1,9}(?:[,.\s]\d{3}){0,3}\+? (?:[A-Z][a-z]{1,20} )?(?:residents|patients|individuals|people|persons|customers|consumers|members|pacientes|personas|residentes)\b/;

/** Each text field that counts the people affected, with the count. */
export function peopleCounts(n: Notice): { path: string; count: string }[] {
  const found: { path: string; count: string }[] = [];
  walk(n, schema, '', (ref, value, path) => {
    if (ref !== '#/$defs/text' || typeof value !== 'string') return;
    const count = PEOPLE_COUNT.exec(value)?.[0];
    if (count) found.push({ path, count });
  });
  return found;
}

export function tableChecks(state: State, n: Notice, report: Report) {
  const t: StateTable = STATE_TABLES[state];
  const id = (kind: Parameters<typeof tableRuleId>[1]) => tableRuleId(state, kind);
  if (t.deadline) {
    const late = lateness(n, t.deadline.days);
    if (late.late) {
      report(
        id('Deadline'),
        'dates.noticeDate',
        `The notice is dated ${late.days} days after the breach was discovered (${n.dates.discovered}); ${t.name} allows ${t.deadline.days} days, until ${late.latest}. If law enforcement asked for a delay, record it in lawEnforcementDelay; otherwise the notice is late for ${t.name}.`,
      );
    }
  }
  for (const item of t.contents?.items ?? []) {
    if (!valueAt(n, item.path)) {
      report(
        id('Contents'),
        item.path,
        `${t.name} asks the notice to give ${item.what}. Add them in ${item.path}.`,
      );
    }
  }
  if (t.protection) {
    const exposed = exposedOf(n, [...t.protection.numbers]);
    const offer = n.identityTheftProtection;
    if (exposed && !(offer?.offered && (offer.months ?? 0) >= t.protection.months)) {
      report(
        id('Protection'),
        offer?.offered ? 'identityTheftProtection.months' : 'identityTheftProtection',
        `${exposed} were involved. ${t.name} then requires identity-theft prevention and mitigation services at no cost for at least ${t.protection.months} months. Set identityTheftProtection.offered to true and months to ${t.protection.months} or more.`,
      );
    }
  }
  if (t.noCount) {
    for (const { path, count } of peopleCounts(n)) {
      report(
        id('Count'),
        path,
        `${path} says how many people were affected ("${count}"). ${t.name} bars the number of its residents affected from the notice. Leave the number out.`,
      );
    }
  }
  report(id('Reminder'), '(notices)', `${t.name}: ${t.reminders.text}`);
}
