import { CA_HEADINGS } from '../model/california-form.js';

/** The element's own words. Notice content is the clinic's and never passes through here. */
const en = {
  dismiss: 'Dismiss this notice',
  posted: 'Posted',
  updated: 'Updated',
  phone: 'Toll-free helpline',
  readNotice: 'Read the full notice',
  /** The banner's label for each severity. */
  severity: { info: 'Notice', warning: 'Important', critical: 'Urgent' },
  showSection: 'Show',
  hideSection: 'Hide',
  showAll: 'Show all sections',
  hideAll: 'Hide all sections',
  /** "2 of 5 steps done": the plural form follows the total (`Intl.PluralRules`). */
  progress: { one: '{done} of {total} step done', other: '{done} of {total} steps done' } as Plural,
  complete: 'All steps done.',
  startOver: 'Start over',
  cleared: 'Your ticks were cleared.',
  stepLink: 'How to do this',
  contact: 'Contact us',
  email: 'Email',
  website: 'Website',
  address: 'Postal address',
  hours: 'Hours',
  openUntil: 'This line is open until {date}.',
  openedUntil: 'This line was open until {date}.',
  /** The section headings California prescribes (1798.82(d)(1)), in its words. */
  ...CA_HEADINGS,
  languageAssistance: 'Language assistance',
  questions: 'Questions and Answers',
  noticeDate: 'Notice date',
  lastUpdated: 'Last updated',
  status: 'Status',
  investigating: 'Investigation under way',
  contained: 'Contained',
  resolved: 'Resolved',
  breachRange: 'The breach took place between {start} and {end}.',
  breachDay: 'The breach took place on {start}.',
  estimatedRange: 'We estimate that the breach took place between {start} and {end}.',
  estimatedDay: 'We estimate that the breach took place on {start}.',
  breachUnknown: 'We do not know when the breach took place.',
  discovered: 'We discovered it on {date}.',
  notDelayed: 'This notice was not delayed by a law-enforcement investigation.',
  delayed: 'This notice was delayed because a law-enforcement investigation asked us to wait.',
};

/**
 * A phrase in each plural form a language has, by `Intl.PluralRules` category (Polish and Russian
 * have `few` and `many`, Arabic `zero` and `two`); `other` always.
 */
export type Plural = { other: string } & Partial<
  Record<'zero' | 'one' | 'two' | 'few' | 'many', string>
>;

/** Every table has every key; a heading may be any string in another language. */
export type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};

/**
 * A table for `registerTranslation`: any of the keys, each group (`severity`, `progress`) in
 * part; what it leaves out is English.
 */
export type PartialStrings = {
  [K in keyof Strings]?: Strings[K] extends string ? string : Partial<Strings[K]>;
};

export default en;
