/**
 * `clinic-notice: dates`: the notice's dates agree with one another, and with today's date when
 * one is given. No law asks this; a notice whose dates disagree shows wrongly or not at all.
 */
import type { Notice } from '../notice.types.js';
import type { Report } from './rules.js';

export function datesAgree(n: Notice, report: Report, today?: string) {
  const d = n.dates;
  if (d.discovered && d.breachStart && d.discovered < d.breachStart) {
    report(
      'datesInOrder',
      'dates.discovered',
      `The breach was discovered on ${d.discovered}, before it began on ${d.breachStart}. Correct dates.discovered or dates.breachStart.`,
    );
  }
  if (d.breachEnd && d.breachStart && d.breachEnd < d.breachStart) {
    report(
      'datesInOrder',
      'dates.breachEnd',
      `The breach ends on ${d.breachEnd}, before it began on ${d.breachStart}. Correct dates.breachEnd or dates.breachStart.`,
    );
  }
  if (d.postedUntil < d.postedFrom) {
    report(
      'datesInOrder',
      'dates.postedUntil',
      `The posting ends on ${d.postedUntil}, before it begins on ${d.postedFrom}, so the banner never shows. Correct dates.postedUntil or dates.postedFrom.`,
    );
  }
  if (d.discovered && d.noticeDate < d.discovered) {
    report(
      'datesInOrder',
      'dates.noticeDate',
      `The notice is dated ${d.noticeDate}, before the breach was discovered on ${d.discovered}. Correct dates.noticeDate or dates.discovered.`,
    );
  }
  if (d.breachDateUnknown && (d.breachStart || d.breachEnd)) {
    const path = d.breachStart ? 'dates.breachStart' : 'dates.breachEnd';
    report(
      'datesBreachUnknown',
      path,
      `dates.breachDateUnknown says the date of the breach is not known, but ${path} gives one. Leave ${path} out, or remove breachDateUnknown.`,
    );
  }
  const delay = n.lawEnforcementDelay;
  if (delay?.requested && delay.until && delay.until < delay.requested) {
    report(
      'datesInOrder',
      'lawEnforcementDelay.until',
      `The law-enforcement delay ends on ${delay.until}, before it was requested on ${delay.requested}. Correct lawEnforcementDelay.until or .requested.`,
    );
  }
  if (d.updated && d.updated < d.noticeDate) {
    report(
      'datesUpdated',
      'dates.updated',
      `The notice was updated on ${d.updated}, before the date of the notice, ${d.noticeDate}. Correct dates.updated.`,
    );
  }
  if (today && d.postedUntil < today) {
    report(
      'datesPostingOver',
      'dates.postedUntil',
      `The posting ended on ${d.postedUntil}, so the banner no longer shows. If the notice should still be up, move dates.postedUntil.`,
    );
  }
}
