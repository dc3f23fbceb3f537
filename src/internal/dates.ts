const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A point in time, and whether it was written as a bare calendar day (`2026-11-20`). */
export interface NoticeDate {
  date: Date;
  dateOnly: boolean;
}

/**
 * Reads an ISO 8601 date. A bare date (`2026-11-20`) means that calendar day in the patient's own
 * time zone, as a person reading "posted 20 November" would take it; a date with a time is that
 * instant. Returns `undefined` for anything else, including impossible days such as `2026-02-30`.
 */
export function parseDate(value: string | undefined | null): NoticeDate | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
    const local = new Date(year, month, date);
    if (local.getFullYear() !== year || local.getMonth() !== month || local.getDate() !== date) {
      return undefined;
    }
    return { date: local, dateOnly: true };
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

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  const utc = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function formatDate(value: NoticeDate, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(value.date);
}

/** The `datetime` attribute of a `<time>` element for the value. */
export function machineDate(value: NoticeDate): string {
  if (!value.dateOnly) return value.date.toISOString();
  const { date } = value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
