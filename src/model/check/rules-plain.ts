/**
 * Each rule in one sentence a clinic's office manager understands without the law or the file's
 * field names: the README's rules table shows it beside the citation and the exact check. The
 * state tables' rules get theirs from the table (rules-tables.ts).
 */
import type { RuleId } from './rules.js';
import type { TableRuleId } from './rules-tables.js';

export const PLAIN: Record<Exclude<RuleId, TableRuleId>, string> = {
  schema: 'The file is written the way the notice format expects, so that it can be read at all.',
  hipaaWhatHappened: 'The notice says what happened, when it happened and when you found out.',
  hipaaInformation:
    'The notice lists the kinds of information involved, such as names or insurance IDs.',
  hipaaWhatYouCanDo: 'The notice tells patients what they can do to protect themselves.',
  hipaaWhatWeAreDoing: 'The notice says what the clinic is doing about it.',
  hipaaContact:
    'The notice gives a free phone number, and another way to reach the clinic: email, a website or a postal address.',
  hipaaTollFree: 'The phone number is a real toll-free number (800, 888 and the like).',
  hipaaPostingDays: 'The notice stays on the website for at least 90 days.',
  hipaaHotlineUntil: 'The notice says how long the phone line stays open.',
  hipaaHotlineDays: 'The phone line stays open for at least 90 days.',
  hipaaTimely:
    'The notice goes out within 60 days of finding the breach, unless the police asked for a delay.',
  hipaaDelay: 'A police request to wait is written down well enough to count.',
  hipaaDelayOral: 'A spoken police request to wait lasts 30 days at most.',
  plainLanguage: 'The notice is written in plain words and short sentences.',
  hipaaMailNotice: 'A reminder to mail a letter to each patient as well.',
  hipaaHhsNotice: 'A reminder to tell the federal health department (HHS).',
  hipaaMediaNotice:
    'A reminder to tell the local news media when many people in one state are affected.',
  caTitle: 'The notice is titled "Notice of Data Breach".',
  caHeadings: 'The notice has the five headings California asks for.',
  caTimely: 'The notice goes out within 30 days of finding the breach, for California.',
  caScope:
    'A notice later than 30 days because working out the scope took longer has records to show it.',
  caCreditBureaus:
    'When ID numbers were involved, the notice gives the credit bureaus’ phone numbers and addresses.',
  caIdentityTheftMonths: 'Free identity-theft protection lasts at least 12 months.',
  caBreachDate: 'The notice gives the date of the breach, or says it is not known.',
  caDelayStatement: 'The notice says whether a police investigation delayed it.',
  caIdentityTheft:
    'When ID numbers were involved and the clinic caused the breach, it offers free identity-theft protection.',
  maRights: 'The notice tells patients they can get a police report and freeze their credit.',
  maFreezeFree: 'The notice does not suggest that a credit freeze costs money: it is free.',
  maResidentsCount: 'The notice does not say how many people were affected.',
  maMonitoring:
    'When Social Security numbers were involved, free credit monitoring lasts at least 18 months.',
  statesKnown: 'Each state you name is one the checker knows.',
  contentMeaningful: 'No part of the notice is left blank or as a placeholder such as "TBD".',
  datesInOrder: 'The dates happen in an order that makes sense.',
  datesBreachUnknown: 'A notice that says the breach date is unknown does not also give one.',
  datesUpdated: 'The "last updated" date is not before the notice date.',
  datesPostingOver: 'The posting has not already ended.',
  linksInText: 'Every link in the text is a safe kind of link that will work.',
  linksUrls: 'Every web address is a safe kind of address that will work.',
  linksEmail: 'The email address is one plain address that will work as a link.',
  linksWords: 'A link goes where its words say it goes.',
  linksPhone: 'Every phone number can be dialled just as it is written.',
  translationsMissing: 'Each translation has every part the main language has.',
  translationsStray: 'A translation has nothing that the main language lacks.',
};
