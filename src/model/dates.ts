/**
 * Dates as a notice file writes them. Two kinds of question, kept apart:
 * - calendar arithmetic on `YYYY-MM-DD` days (the checker, the posting rule), which has no time
 *   zone at all;
 * - instants for a patient's screen (`parseDate`), where a bare day means that day in the
 *   patient's own time zone.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A point in time, and whether it was written as a bare calendar day (`2026-11-20`). */
export interface NoticeDate {
  date: Date;
  dateOnly: boolean;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The day's number since 1970-01-01, for arithmetic on `YYYY-MM-DD` days. */
function dayNumber(day: string): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) /
    DAY_MS
  );
}

/** Whole calendar days from one `YYYY-MM-DD` day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The `YYYY-MM-DD` day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Reads an ISO 8601 date. A bare date (`2026-11-20`) means that calendar day in the patient's own
 * time zone, as a person reading "posted 20 November" would take it; a date with a time is that
 * instant. Returns `undefined` for anything else, including impossible days such as `2026-02-30`.
 */
export function parseDate(value: string | undefined | null): NoticeDate | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (DAY.test(trimmed)) {
    if (!isCalendarDate(trimmed)) return undefined;
    const [year, month, date] = trimmed.split('-').map(Number);
    return { date: new Date(year, month - 1, date), dateOnly: true };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return undefined;
  const instant = new Date(trimmed);
  return Number.isNaN(instant.getTime()) ? undefined : { date: instant, dateOnly: false };
}

/** The first instant after the given date: the next local midnight for a bare date. */
export function endOf(value: NoticeDate): Date {
  if (!value.dateOnly) return value.date;
  const { date } = value;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

/** The local calendar day an instant falls on, as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * One formatter per language: making an `Intl.DateTimeFormat` costs far more than using one (it
 * loads the language's calendar data), and a notice page formats its dates on every render.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** "November 20, 2026" in the reader's language. */
export function formatDate(value: NoticeDate, lang: string): string {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long' })));
  return format.format(value.date);
}

/** The `datetime` attribute of a `<time>` element for the value. */
export function machineDate(value: NoticeDate): string {
  return value.dateOnly ? localDay(value.date) : value.date.toISOString();
}
