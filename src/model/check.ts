/**
 * The checker behind `npx clinic-notice check`: what a notice file lacks or gets wrong, each
 * finding with the rule it comes from. It reads the notice file's shape from the same schema the
 * elements use, and it knows nothing of the DOM or the file system (src/cli/cli.ts reads files
 * and prints).
 *
 * The library gives no legal advice: the rules ask for the elements the laws name, so that the
 * author can see at once what is missing. A notice that passes can still need a lawyer's reading.
 */
import { CA_HEADINGS, CA_TITLE } from './california.js';
import { addDays, daysBetween, isCalendarDate } from './dates.js';
import { translatableFields } from './fields.js';
import { mailtoUrl, pageUrl } from './links.js';
import type { Notice } from './notice.types.js';
import { join, segments } from './paths.js';
import { POSTING_DAYS, postingShortfall } from './posting.js';
import { schema } from './schema.generated.js';
import { linksIn } from './text.js';
import { validate, type Schema } from './validate.js';

/** One thing to fix (`error`) or to look at (`warning`), where it is and the rule it breaks. */
export interface Finding {
  severity: 'error' | 'warning';
  /** Where in the file, as `dates.postedUntil`, `faq[2].answer`, `translations.es.summary`. */
  path: string;
  /** What is wrong and what to do, in plain English. */
  message: string;
  /** A short citation: `HIPAA 45 CFR 164.404(b)`, `notice.schema.json`, `clinic-notice: links`. */
  rule: string;
}

export interface CheckOptions {
  /** Two-letter codes of the states whose rules apply, from {@link STATES}; HIPAA always does. */
  states?: string[];
  /** The day to check the posting against, `YYYY-MM-DD`; without it, expiry is not checked. */
  today?: string;
}

/** The states whose rules the checker knows, by postal code. */
export const STATES = { CA: 'California', MA: 'Massachusetts' } as const;
export type State = keyof typeof STATES;

/** The `rule` of every finding, one per citation. */
export const RULES = {
  schema: 'notice.schema.json',
  hipaaA: 'HIPAA 45 CFR 164.404(c)(1)(A)',
  hipaaB: 'HIPAA 45 CFR 164.404(c)(1)(B)',
  hipaaC: 'HIPAA 45 CFR 164.404(c)(1)(C)',
  hipaaD: 'HIPAA 45 CFR 164.404(c)(1)(D)',
  hipaaE: 'HIPAA 45 CFR 164.404(c)(1)(E)',
  hipaaPosting: 'HIPAA 45 CFR 164.404(d)(2)(ii)',
  hipaaTimely: 'HIPAA 45 CFR 164.404(b)',
  hipaaDelay: 'HIPAA 45 CFR 164.404(b), 164.412',
  caForm: 'Cal. Civ. Code 1798.82(d)(1)',
  caContent: 'Cal. Civ. Code 1798.82(d)(2)',
  ma: 'Mass. Gen. Laws ch. 93H, § 3(b)',
  dates: 'clinic-notice: dates',
  links: 'clinic-notice: links',
  translations: 'clinic-notice: translations',
} as const;

/**
 * Information categories that make California ask for an identity-theft protection offer: the
 * Social Security and government ID numbers of Civil Code 1798.82(h)(1)(A) and (B) (driver's
 * licence, state ID, passport).
 */
const ID_NUMBERS = new Set(['ssn', 'drivers-license', 'state-id', 'passport']);
/** US toll-free area codes, after an optional leading 1; vanity letters may follow. */
const TOLL_FREE = /^1?(800|833|844|855|866|877|888)[0-9A-Za-z]{7}/;
const NOTICE_WITHIN_DAYS = 60;

/**
 * Every finding for `notice`, errors first, each group in the order of the file. A notice that
 * does not match notice.schema.json gets the schema's findings only: the rules need its shape.
 * Throws a `RangeError` for a state not in {@link STATES} or a `today` that is not a date.
 */
export function checkNotice(notice: unknown, options: CheckOptions = {}): Finding[] {
  const states = parseStates(options.states ?? []);
  if (states.unknown.length) {
    const supported = Object.keys(STATES).join(', ');
    throw new RangeError(
      `Unknown state ${states.unknown.join(', ')}: the checker knows ${supported}`,
    );
  }
  const { today } = options;
  if (today !== undefined && !isCalendarDate(today)) {
    throw new RangeError(`today should be a date written YYYY-MM-DD, not "${today}"`);
  }
  const problems = validate(notice, schema);
  if (problems.length) {
    return problems.map((problem) => ({
      severity: 'error',
      path: problem.path,
      message: schemaMessage(problem.path, problem.message),
      rule: RULES.schema,
    }));
  }
  const n = notice as Notice;
  const out: Finding[] = [];
  const add = (severity: Finding['severity'], rule: string) => (path: string, message: string) =>
    out.push({ severity, path, message, rule });

  hipaaContents(n, add);
  hipaaPosting(n, add);
  hipaaTimeliness(n, add);
  if (states.known.includes('CA')) california(n, add);
  if (states.known.includes('MA')) massachusetts(n, add);
  datesAgree(n, today, add);
  links(n, add);
  translations(n, add);
  return sortFindings(out, n);
}

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

type Add = (severity: Finding['severity'], rule: string) => (path: string, msg: string) => void;

// ---------------------------------------------------------------------------------------------
// HIPAA

function hipaaContents(n: Notice, add: Add) {
  const s = n.sections ?? {};
  const a = add('error', RULES.hipaaA);
  if (!s.whatHappened) {
    a(
      'sections.whatHappened',
      'The notice does not say what happened. HIPAA asks for a brief description in plain language. Add sections.whatHappened.',
    );
  }
  if (!n.dates.breachStart) {
    a(
      'dates.breachStart',
      'The date of the breach is missing. HIPAA asks for it. Add dates.breachStart (with dates.breachEnd for a range, and breachDatesEstimated: true if it is an estimate).',
    );
  }
  if (!n.dates.discovered) {
    a(
      'dates.discovered',
      'The date the breach was discovered is missing. HIPAA asks for it. Add dates.discovered.',
    );
  }
  if (!s.informationInvolved) {
    add('error', RULES.hipaaB)(
      'sections.informationInvolved',
      'The notice does not list the types of information involved. HIPAA asks for them (types such as "dates of birth" or "insurance member IDs", never the values). Add sections.informationInvolved with its types.',
    );
  }
  const todo = s.whatYouCanDo;
  if (!todo?.text && !todo?.steps?.length) {
    add('error', RULES.hipaaC)(
      'sections.whatYouCanDo',
      'The notice does not tell patients what they can do to protect themselves. HIPAA asks for these steps. Add sections.whatYouCanDo with steps or text.',
    );
  }
  if (!s.whatWeAreDoing) {
    add('error', RULES.hipaaD)(
      'sections.whatWeAreDoing',
      'The notice does not say what the clinic is doing to investigate, limit the harm and prevent a repeat. HIPAA asks for it. Add sections.whatWeAreDoing.',
    );
  }
  const c = n.contact ?? {};
  const e = add('error', RULES.hipaaE);
  if (!c.tollFreePhone) {
    e(
      'contact.tollFreePhone',
      'There is no toll-free telephone number. HIPAA asks for one in the contact procedures, and a web posting needs one open for 90 days. Add contact.tollFreePhone.',
    );
  } else if (!TOLL_FREE.test(c.tollFreePhone.replace(/[^0-9A-Za-z]/g, ''))) {
    add('warning', RULES.hipaaE)(
      'contact.tollFreePhone',
      `"${c.tollFreePhone}" does not look like a US toll-free number (800, 833, 844, 855, 866, 877 or 888). HIPAA asks for a toll-free number; check that this one is.`,
    );
  }
  if (!c.email && !c.website && !c.postalAddress) {
    e(
      'contact',
      'Besides the telephone, there is no way to reach the clinic. HIPAA asks for an email address, a website or a postal address. Add contact.email, contact.website or contact.postalAddress.',
    );
  }
}

function hipaaPosting(n: Notice, add: Add) {
  const { postedFrom, postedUntil } = n.dates;
  const enough = addDays(postedFrom, POSTING_DAYS);
  const shortfall = postingShortfall(postedFrom, postedUntil);
  if (shortfall) {
    const span = shortfall.days;
    add('error', RULES.hipaaPosting)(
      'dates.postedUntil',
      `The web posting runs from ${postedFrom} to ${postedUntil}, ${span < 0 ? 'which ends before it begins' : `only ${span} days`}. A substitute notice on the home page must stay up for 90 days. Set dates.postedUntil to ${enough} or later.`,
    );
  }
  const activeUntil = n.contact?.activeUntil;
  if (!activeUntil) {
    add('warning', RULES.hipaaPosting)(
      'contact.activeUntil',
      `The notice does not say until when the toll-free line is open. With a substitute notice it must stay open for at least 90 days. Set contact.activeUntil to ${enough} or later.`,
    );
  } else if (postingShortfall(postedFrom, activeUntil)) {
    add('error', RULES.hipaaPosting)(
      'contact.activeUntil',
      `The toll-free line closes on ${activeUntil}, less than 90 days after the posting begins (${postedFrom}). With a substitute notice it must stay open for at least 90 days. Set contact.activeUntil to ${enough} or later.`,
    );
  }
}

function hipaaTimeliness(n: Notice, add: Add) {
  const { discovered, noticeDate } = n.dates;
  if (!discovered) return;
  const days = daysBetween(discovered, noticeDate);
  if (days <= NOTICE_WITHIN_DAYS) return;
  const latest = addDays(discovered, NOTICE_WITHIN_DAYS);
  if (n.lawEnforcementDelay?.delayed) {
    add('warning', RULES.hipaaDelay)(
      'dates.noticeDate',
      `The notice is dated ${days} days after the breach was discovered, later than the 60 days HIPAA allows (${latest}); lawEnforcementDelay says a law-enforcement official asked for a delay. Keep that official's written statement with the breach records, or document an oral request, which delays notice by at most 30 days.`,
    );
  } else {
    add('error', RULES.hipaaTimely)(
      'dates.noticeDate',
      `The notice is dated ${days} days after the breach was discovered (${discovered}); HIPAA allows at most 60 calendar days, until ${latest}. If a law-enforcement official asked for a delay, set lawEnforcementDelay.delayed to true; otherwise the notice is late and should go out at once.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// States

function california(n: Notice, add: Add) {
  const form = add('error', RULES.caForm);
  const content = add('error', RULES.caContent);
  const title = n.title ?? CA_TITLE;
  if (title !== CA_TITLE) {
    form(
      'title',
      `The title is "${title}". California requires the title "${CA_TITLE}". Change title, or leave it out to get that title.`,
    );
  }
  const s = n.sections ?? {};
  for (const [key, heading] of Object.entries(CA_HEADINGS) as [
    keyof typeof CA_HEADINGS,
    string,
  ][]) {
    if (!s[key]) {
      form(
        `sections.${key}`,
        `The section "${heading}" is missing. California requires it, under that heading, in the notice. Add sections.${key}.`,
      );
    }
  }
  if (!n.dates.breachStart) {
    content(
      'dates.breachStart',
      'The date of the breach is missing. California asks for the date, an estimated date or the date range of the breach when it can be determined. Add dates.breachStart (with dates.breachEnd for a range).',
    );
  }
  if (!n.lawEnforcementDelay) {
    content(
      'lawEnforcementDelay',
      'The notice does not say whether a law-enforcement investigation delayed it. California asks it to. Add lawEnforcementDelay with delayed: true or false.',
    );
  }
  const ids = (s.informationInvolved?.types ?? []).filter(
    (type) => type.category !== undefined && ID_NUMBERS.has(type.category),
  );
  if (ids.length && n.identityTheftProtection?.offered !== true) {
    const labels = ids.map((type) => `"${type.label}"`).join(', ');
    content(
      'identityTheftProtection',
      `Social Security or ID numbers were involved (${labels}). California then requires an offer of identity-theft prevention and mitigation services, free for at least 12 months, from a clinic that was the source of the breach. Set identityTheftProtection.offered to true and say in its text how to enrol.`,
    );
  }
}

function massachusetts(n: Notice, add: Add) {
  const a = add('error', RULES.ma);
  if (!n.patientRights?.policeReport) {
    a(
      'patientRights.policeReport',
      'The notice does not tell patients of their right to obtain a police report. Massachusetts requires it. Add patientRights.policeReport.',
    );
  }
  if (!n.patientRights?.securityFreeze) {
    a(
      'patientRights.securityFreeze',
      'The notice does not tell patients how to ask for a security freeze, free of charge, and what to give when asking. Massachusetts requires it. Add patientRights.securityFreeze.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Consistency

function datesAgree(n: Notice, today: string | undefined, add: Add) {
  const d = n.dates;
  const error = add('error', RULES.dates);
  const warning = add('warning', RULES.dates);
  if (d.discovered && d.breachStart && d.discovered < d.breachStart) {
    error(
      'dates.discovered',
      `The breach was discovered on ${d.discovered}, before it began on ${d.breachStart}. Correct dates.discovered or dates.breachStart.`,
    );
  }
  if (d.breachEnd && d.breachStart && d.breachEnd < d.breachStart) {
    error(
      'dates.breachEnd',
      `The breach ends on ${d.breachEnd}, before it began on ${d.breachStart}. Correct dates.breachEnd or dates.breachStart.`,
    );
  }
  if (d.postedUntil < d.postedFrom) {
    error(
      'dates.postedUntil',
      `The posting ends on ${d.postedUntil}, before it begins on ${d.postedFrom}, so the banner never shows. Correct dates.postedUntil or dates.postedFrom.`,
    );
  }
  if (d.discovered && d.noticeDate < d.discovered) {
    error(
      'dates.noticeDate',
      `The notice is dated ${d.noticeDate}, before the breach was discovered on ${d.discovered}. Correct dates.noticeDate or dates.discovered.`,
    );
  }
  if (d.updated && d.updated < d.noticeDate) {
    warning(
      'dates.updated',
      `The notice was updated on ${d.updated}, before the date of the notice, ${d.noticeDate}. Correct dates.updated.`,
    );
  }
  if (today && d.postedUntil < today) {
    warning(
      'dates.postedUntil',
      `The posting ended on ${d.postedUntil}, so the banner no longer shows. If the notice should still be up, move dates.postedUntil.`,
    );
  }
}

function links(n: Notice, add: Add) {
  const error = add('error', RULES.links);
  walk(n, schema, '', (ref, value, path) => {
    if (typeof value !== 'string') return;
    if (ref === '#/$defs/text') {
      for (const link of linksIn(value)) {
        if (link.href) continue;
        error(
          path,
          `The link [${link.label}](${link.url}) is refused: only https:, http:, tel:, mailto: and relative links are allowed, so it shows as plain text. Change the URL.`,
        );
      }
    } else if (ref === '#/$defs/url' && !pageUrl(value)) {
      error(
        path,
        `"${value}" is refused: only https:, http: and relative URLs are allowed here. Change the URL.`,
      );
    }
  });
  const email = n.contact?.email;
  if (email !== undefined && !mailtoUrl(email)) {
    error(
      'contact.email',
      `"${email}" is not a plain email address, so it shows as text, not as a link. Write the address alone, such as privacy@clinic.example: no "mailto:", name or spaces.`,
    );
  }
}

/** Calls `visit` with every `$ref` the notice reaches in the schema, its value and its path. */
function walk(
  value: unknown,
  node: Schema,
  path: string,
  visit: (ref: string, value: unknown, path: string) => void,
) {
  if (node.$ref) {
    visit(node.$ref, value, path);
    const target = schema.$defs?.[node.$ref.replace('#/$defs/', '')];
    if (target) walk(value, target, path, visit);
    return;
  }
  if (Array.isArray(value)) {
    if (node.items)
      value.forEach((item, index) => walk(item, node.items!, join(path, index), visit));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const next =
        node.properties?.[key] ??
        (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
      if (next) walk(child, next, join(path, key), visit);
    }
  }
}

function translations(n: Notice, add: Add) {
  const warning = add('warning', RULES.translations);
  for (const [lang, t] of Object.entries(n.translations ?? {})) {
    if (!t) continue;
    const base = join('translations', lang);
    for (const field of translatableFields(n, t)) {
      if (field.expected && field.main !== undefined && field.own === undefined) {
        warning(
          `${base}.${field.translationPath}`,
          `The "${lang}" translation leaves this field out, so its readers see the "${n.lang}" text here. Add the translation, or ignore this warning if the "${n.lang}" text is meant.`,
        );
      }
    }
    const types = n.sections?.informationInvolved?.types;
    const own = t.sections?.informationInvolved?.types;
    if (types && own?.length !== types.length) {
      warning(
        `${base}.sections.informationInvolved.types`,
        `The "${lang}" translation lists ${own?.length ?? 0} of the ${types.length} types of information involved; they are matched by position, so ${own ? 'some are shown in the wrong place or' : 'all are'} in ${n.lang}. Give one label per type, in the same order.`,
      );
    }
    const stray = (kind: string, at: string, ids: string[], mine: object | undefined) => {
      for (const id of Object.keys(mine ?? {})) {
        if (ids.includes(id)) continue;
        warning(
          join(`${base}.${at}`, id),
          `There is no ${kind} with the id "${id}" in the main text, so this translation is never shown. Correct the id or remove the entry.`,
        );
      }
    };
    const steps = n.sections?.whatYouCanDo?.steps ?? [];
    stray(
      'step',
      'sections.whatYouCanDo.steps',
      steps.map((step) => step.id),
      t.sections?.whatYouCanDo?.steps,
    );
    stray(
      'question',
      'faq',
      (n.faq ?? []).map((item) => item.id),
      t.faq,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Paths, dates, order

/**
 * Errors first, then warnings; each in the order of the file as the schema lays it out (fields in
 * schema order, list items by index, steps and questions by their place in the main text,
 * translations in file order). Findings at the same place keep the order the rules ran in.
 */
function sortFindings(findings: Finding[], n: Notice): Finding[] {
  const places = new Map<string, number>();
  const rank = (key: string) => {
    if (!places.has(key)) places.set(key, places.size);
  };
  n.sections?.whatYouCanDo?.steps?.forEach((step) => rank(step.id));
  n.faq?.forEach((item) => rank(item.id));
  Object.keys(n.translations ?? {}).forEach(rank);

  const keyOf = (path: string): number[] => {
    const key: number[] = [];
    let node: Schema | undefined = schema;
    for (const segment of segments(path)) {
      while (node?.$ref) node = schema.$defs?.[node.$ref.replace('#/$defs/', '')];
      if (typeof segment === 'number') {
        key.push(segment);
        node = node?.items;
        continue;
      }
      const index = Object.keys(node?.properties ?? {}).indexOf(segment);
      if (index >= 0) {
        key.push(index);
        node = node!.properties![segment];
      } else {
        key.push(1_000 + (places.get(segment) ?? 1_000_000));
        node =
          typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined;
      }
    }
    return key;
  };
  const keys = new Map(findings.map((finding) => [finding, keyOf(finding.path)]));
  const severity = (finding: Finding) => (finding.severity === 'error' ? 0 : 1);
  return [...findings].sort((a, b) => {
    if (severity(a) !== severity(b)) return severity(a) - severity(b);
    const [x, y] = [keys.get(a)!, keys.get(b)!];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
}

/** A schema problem as a sentence: `"noticeDate" is missing.` */
function schemaMessage(path: string, problem: string): string {
  if (path === '(the notice)') return `The file ${problem}; it must hold one notice object.`;
  const last = segments(path).at(-1);
  const subject = typeof last === 'number' ? `Item ${last}` : `"${last}"`;
  const sentence = problem.startsWith('"') ? problem : `${subject} ${problem}`;
  return `${sentence}. The file must match notice.schema.json.`;
}
