/**
 * One rule for each entry of each state table (state-tables.ts), so that a finding cites that
 * state's statute and the README's rules table lists every state's rules.
 */
import type { Rule } from './rules.js';
import { STATE_TABLES, type State, type StateTable } from './state-tables.js';

export type TableKind = 'Deadline' | 'Contents' | 'Protection' | 'Count' | 'Reminder';
/** `nyDeadline`, `ctProtection`: the state's code in lower case, then the kind of entry. */
export type TableRuleId = `${Lowercase<State>}${TableKind}`;

export const tableRuleId = (state: State, kind: TableKind) =>
  `${state.toLowerCase()}${kind}` as TableRuleId;

function rulesOf(state: State, t: StateTable): [TableRuleId, Rule][] {
  const rule = (kind: TableKind, citation: string, severity: Rule['severity'], checks: string) =>
    [tableRuleId(state, kind), { citation, jurisdiction: state, severity, checks }] as [
      TableRuleId,
      Rule,
    ];
  const out: [TableRuleId, Rule][] = [];
  if (t.deadline) {
    out.push(
      rule(
        'Deadline',
        t.deadline.cite,
        'error',
        `\`dates.noticeDate\` is at most ${t.deadline.days} days after \`dates.discovered\`, or no later than the end of a recorded law-enforcement delay.`,
      ),
    );
  }
  if (t.contents) {
    const items = t.contents.items.map((item) => `\`${item.path}\` (${item.what})`).join('; ');
    out.push(rule('Contents', t.contents.cite, 'error', `The notice gives ${items}.`));
  }
  if (t.protection) {
    out.push(
      rule(
        'Protection',
        t.protection.cite,
        'error',
        `If ${t.protection.numbers.includes('taxpayer-id') ? 'Social Security or taxpayer identification' : 'Social Security'} numbers were involved, \`identityTheftProtection.offered\` is \`true\` and \`months\` is at least ${t.protection.months}: identity-theft prevention at no cost.`,
      ),
    );
  }
  if (t.noCount) {
    out.push(
      rule(
        'Count',
        t.noCount.cite,
        'error',
        `No text states how many people were affected: ${t.name} bars the number of its residents affected from the notice.`,
      ),
    );
  }
  out.push(rule('Reminder', t.reminders.cite, 'note', `A note: ${t.reminders.text}`));
  return out;
}

/** Each table rule in plain words, as rules-plain.ts gives the others. */
function tablePlain(state: State, kind: TableKind): string {
  const t: StateTable = STATE_TABLES[state];
  switch (kind) {
    case 'Deadline':
      return `The notice goes out within ${t.deadline?.days} days of finding the breach, for ${t.name}.`;
    case 'Contents':
      return `The notice gives what ${t.name} asks for: ${t.contents?.items.map((item) => item.what).join('; ')}.`;
    case 'Protection':
      return `When Social Security numbers were involved, free identity-theft protection lasts at least ${t.protection?.months} months, for ${t.name}.`;
    case 'Count':
      return `The notice does not say how many people were affected, for ${t.name}.`;
    case 'Reminder':
      return `A reminder of the notices ${t.name} asks for besides this one.`;
  }
}

const entries = (Object.entries(STATE_TABLES) as [State, StateTable][]).flatMap(([state, t]) =>
  rulesOf(state, t).map(([id, rule]) => ({ id, rule, state })),
);

export const TABLE_RULES = Object.fromEntries(entries.map(({ id, rule }) => [id, rule])) as Record<
  TableRuleId,
  Rule
>;

/** Each table rule's sentence in plain words, by id. */
export const TABLE_PLAIN = Object.fromEntries(
  entries.map(({ id, state }) => [id, tablePlain(state, id.slice(2) as TableKind)]),
) as Record<TableRuleId, string>;
