/**
 * Authoring warnings: what the page's author wrote that an element cannot use as written, said
 * in the console with the element's name and what to change. They help while a page is built;
 * the patient never sees them.
 */
import { parseDate } from '../model/dates.js';
import { pageUrl } from '../model/links.js';
import { readPhone } from '../model/phone.js';

/** A console warning that names the element and says what to change. */
export function warn(tag: string, message: string): void {
  console.warn(`[clinic-notice] <${tag}>: ${message}`);
}

/** What a property's value must be, and what to tell the author when it is not. */
export interface AttributeCheck<T> {
  valid(value: T): boolean;
  problem(value: T): string;
}

/**
 * An element's checks, by property. The base element runs the check of every property that
 * changed and holds a value (not `undefined`, `null` or an empty string).
 */
export type AttributeChecks<E> = { [K in keyof E]?: AttributeCheck<NonNullable<E[K]>> };

/** Runs `checks` over the properties of `element` that changed. */
export function checkAttributes<E extends Element>(
  element: E,
  checks: AttributeChecks<E>,
  changed: Iterable<PropertyKey>,
): void {
  for (const key of changed) {
    const check = checks[key as keyof E];
    const value = element[key as keyof E];
    if (!check || value === undefined || value === null || value === '') continue;
    if (!check.valid(value)) warn(element.localName, check.problem(value));
  }
}

/** A date must be `YYYY-MM-DD` (or a full ISO date-time); `outcome` says what happens otherwise. */
export function dateCheck(
  attribute: string,
  outcome = 'It is ignored until then.',
): AttributeCheck<string> {
  return {
    valid: (value) => parseDate(value) !== undefined,
    problem: (value) =>
      `${attribute}="${value}" is not a date; write it as YYYY-MM-DD (for example 2026-11-20). ${outcome}`,
  };
}

/**
 * A phone number must dial exactly the digits it shows (see `model/phone.ts`); `outcome` says
 * what happens to one that does not.
 */
export function phoneCheck(outcome: string): AttributeCheck<string> {
  return {
    valid: (phone) => readPhone(phone).ok,
    problem: (phone) => {
      const reading = readPhone(phone);
      const why = reading.ok ? '' : ` ${reading.problem}`;
      return `phone="${reading.display}" cannot be linked.${why} ${outcome}`;
    },
  };
}

/**
 * A link must be one the element renders (by default a page's address: `https:`, `http:` or
 * relative); `outcome` says what happens otherwise.
 */
export function pageUrlCheck(
  attribute: string,
  outcome: string,
  accept: (url: string) => string | undefined = pageUrl,
): AttributeCheck<string> {
  return {
    valid: (url) => accept(url) !== undefined,
    problem: (url) => `${attribute}="${url}" is not an https:, http: or relative URL. ${outcome}`,
  };
}
