/**
 * The checker behind `npx clinic-notice check`: what a notice file lacks or gets wrong, each
 * finding with the rule it comes from. It reads the notice file's shape from the same schema the
 * elements use, and it knows nothing of the DOM or the file system (src/cli/cli.ts reads files
 * and prints).
 *
 * The library gives no legal advice: the rules ask for the elements the laws name, so that the
 * author can see at once what is missing. A notice that passes can still need a lawyer's reading.
 *
 * The rules are listed in `rules.ts`; each law's checks have their own file (`hipaa.ts`, one file
 * a state), as do the checks of this library (`consistency.ts`, `links.ts`, `translations.ts`).
 */
import { isCalendarDate } from '../dates.js';
import type { Notice } from '../notice.types.js';
import { segments } from '../paths.js';
import { schema } from '../schema.generated.js';
import { validate } from '../validate.js';
import { datesAgree } from './consistency.js';
import { content } from './content.js';
import { plainLanguage } from './plain-language.js';
import { hipaa } from './hipaa.js';
import { links } from './links.js';
import { sortFindings } from './order.js';
import { RULES, type Finding, type Report } from './rules.js';
import { parseStates, STATE_CHECKS, STATES } from './states.js';
import { translations } from './translations.js';

export {
  RULES,
  type Finding,
  type Jurisdiction,
  type Rule,
  type RuleId,
  type Severity,
} from './rules.js';
export { parseStates, STATES, type State } from './states.js';

export interface CheckOptions {
  /**
   * Two-letter codes of the states whose rules apply ({@link STATES}); HIPAA always does. A state
   * the checker does not know gets a note, and the rest is checked.
   */
  states?: string[];
  /** The day to check the posting against, `YYYY-MM-DD`; without it, expiry is not checked. */
  today?: string;
}

/**
 * Every finding for `notice`, errors first, each group in the order of the file. A notice that
 * does not match notice.schema.json gets the schema's findings only: the rules need its shape.
 * Throws a `RangeError` for a `today` that is not a date.
 */
export function checkNotice(notice: unknown, options: CheckOptions = {}): Finding[] {
  const states = parseStates(options.states ?? []);
  const { today } = options;
  if (today !== undefined && !isCalendarDate(today)) {
    throw new RangeError(`today should be a date written YYYY-MM-DD, not "${today}"`);
  }
  const unknown: Finding[] = states.unknown.map((state) => ({
    severity: RULES.statesKnown.severity,
    path: '--state',
    message: `The checker does not know the rules of "${state}"; it knows ${Object.entries(STATES)
      .map(([code, name]) => `${code} (${name})`)
      .join(', ')}. HIPAA and the known states were checked: read that state's law yourself.`,
    rule: RULES.statesKnown.citation,
    id: 'statesKnown',
  }));
  const problems = validate(notice, schema);
  if (problems.length) {
    return [
      ...problems.map((problem): Finding => ({
        severity: RULES.schema.severity,
        path: problem.path,
        message: schemaMessage(problem.path, problem.message),
        rule: RULES.schema.citation,
        id: 'schema',
      })),
      ...unknown,
    ];
  }
  const n = notice as Notice;
  const out: Finding[] = [];
  const report: Report = (id, path, message, severity) => {
    const rule = RULES[id];
    out.push({ severity: severity ?? rule.severity, path, message, rule: rule.citation, id });
  };
  hipaa(n, report);
  content(n, report);
  plainLanguage(n, report);
  for (const state of states.known) STATE_CHECKS[state](n, report);
  datesAgree(n, report, today);
  links(n, report);
  translations(n, report);
  return [...sortFindings(out, n), ...unknown];
}

/** A schema problem as a sentence: `"noticeDate" is missing.` */
function schemaMessage(path: string, problem: string): string {
  if (path === '(the notice)') return `The file ${problem}; it must hold one notice object.`;
  const last = segments(path).at(-1);
  const name = typeof last === 'string' && last.length > 60 ? `${last.slice(0, 59)}…` : last;
  const subject = typeof name === 'number' ? `Item ${name}` : `"${name}"`;
  const sentence = problem.startsWith('"') ? problem : `${subject} ${problem}`;
  return `${sentence}. The file must match notice.schema.json.`;
}
