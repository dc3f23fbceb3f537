import { addDays, daysBetween, endOf, localDay, parseDate } from './dates.js';

/**
 * The web posting of a substitute notice: HIPAA 45 CFR 164.404(d)(2)(ii) keeps it on the home page
 * for 90 days. The banner (which warns the page's author) and the checker (which reports it) both
 * ask this module, so they cannot disagree.
 */
export const POSTING_DAYS = 90;

/** Where a posting stands at a moment: before its first day, inside its window, or after it. */
export type PostingPhase = 'scheduled' | 'open' | 'expired';

/** A posting window shorter than the rule asks: how long it is, and the first lawful last day. */
export interface PostingShortfall {
  days: number;
  earliestEnd: string;
}

/**
 * How far the window from `from` to `until` (`YYYY-MM-DD` days) falls short of
 * {@link POSTING_DAYS}, or `undefined` when it is long enough. A window that ends before it begins
 * has negative `days`.
 */
export function postingShortfall(from: string, until: string): PostingShortfall | undefined {
  const days = daysBetween(from, until);
  return days < POSTING_DAYS ? { days, earliestEnd: addDays(from, POSTING_DAYS) } : undefined;
}

/** The posting window as the banner reads it: dates or date-times, either one optional. */
export interface PostingWindow {
  posted?: string;
  expires?: string;
}

/** The phase of the window at `now`; a date that does not parse sets no bound. */
export function postingPhase({ posted, expires }: PostingWindow, now: Date): PostingPhase {
  const from = parseDate(posted);
  const until = parseDate(expires);
  if (from && now < from.date) return 'scheduled';
  if (until && now >= endOf(until)) return 'expired';
  return 'open';
}

/** The next instant after `now` at which the phase changes, if there is one. */
export function nextPhaseChange({ posted, expires }: PostingWindow, now: Date): Date | undefined {
  const until = parseDate(expires);
  const bounds = [parseDate(posted)?.date, until && endOf(until)];
  return bounds
    .filter((bound): bound is Date => bound !== undefined && bound > now)
    .sort((a, b) => a.getTime() - b.getTime())[0];
}

/** The calendar day (`YYYY-MM-DD`) a posted/expires value falls on, for {@link postingShortfall}. */
export function postingDay(value: string | undefined): string | undefined {
  const parsed = parseDate(value);
  return parsed && localDay(parsed.date);
}
