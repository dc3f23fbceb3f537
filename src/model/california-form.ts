/**
 * California Civil Code 1798.82(d)(1): the notice's title and its headings, in the order the
 * notice presents them. The checker asks for them and `<notice-document>` prints them, from here.
 */
export const CA_TITLE = 'Notice of Data Breach';

/** Each section of the notice file under the heading California gives it, in order. */
export const CA_HEADINGS = {
  whatHappened: 'What Happened?',
  informationInvolved: 'What Information Was Involved?',
  whatWeAreDoing: 'What We Are Doing.',
  whatYouCanDo: 'What You Can Do.',
  otherImportantInformation: 'Other Important Information.',
  forMoreInformation: 'For More Information.',
} as const;

export type CaSection = keyof typeof CA_HEADINGS;
