/**
 * How late a notice may be dated: a number of days from discovery, extended by a law-enforcement
 * delay only as far as the file records it (45 CFR 164.412: a written statement's end; an oral
 * request's at most 30 days from the day it was made, unless a written statement follows).
 * HIPAA's 60 days and each state's deadline are read the same way.
 */
import { addDays, daysBetween } from '../dates.js';
import type { Notice } from '../notice.types.js';

/** The longest delay an oral request allows, 164.412(b). */
export const ORAL_DELAY_DAYS = 30;

/** What the file says of a law-enforcement delay. */
export type DelayRecord =
  | { kind: 'none' }
  /** Delayed, but the file does not say how, or until when: it cannot extend anything. */
  | { kind: 'unrecorded'; missing: string }
  | { kind: 'recorded'; end: string; how: string }
  /** An oral request recorded as running past its 30 days. */
  | { kind: 'too-long'; requested: string; until: string; latest: string };

export function delayRecord(n: Notice): DelayRecord {
  const delay = n.lawEnforcementDelay;
  if (!delay?.delayed) return { kind: 'none' };
  if (delay.kind === 'written') {
    return delay.until
      ? { kind: 'recorded', end: delay.until, how: `a written statement, until ${delay.until}` }
      : { kind: 'unrecorded', missing: 'lawEnforcementDelay.until' };
  }
  if (delay.kind === 'oral') {
    if (!delay.requested) return { kind: 'unrecorded', missing: 'lawEnforcementDelay.requested' };
    const latest = addDays(delay.requested, ORAL_DELAY_DAYS);
    if (delay.until && delay.until > latest) {
      return { kind: 'too-long', requested: delay.requested, until: delay.until, latest };
    }
    const end = delay.until ?? latest;
    return { kind: 'recorded', end, how: `an oral request of ${delay.requested}, until ${end}` };
  }
  return { kind: 'unrecorded', missing: 'lawEnforcementDelay.kind' };
}

/** How a notice's date stands against a deadline of `days` from discovery. */
export type Lateness =
  | { late: false }
  | {
      late: true;
      /** Days from discovery to the notice. */
      days: number;
      /** The last day the deadline allows, a recorded delay's end included. */
      latest: string;
      delay: DelayRecord;
    };

export function lateness(n: Notice, days: number): Lateness {
  const { discovered, noticeDate } = n.dates;
  if (!discovered) return { late: false };
  const delay = delayRecord(n);
  const deadline = addDays(discovered, days);
  const latest = delay.kind === 'recorded' && delay.end > deadline ? delay.end : deadline;
  if (noticeDate <= latest) return { late: false };
  return { late: true, days: daysBetween(discovered, noticeDate), latest, delay };
}
