/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */

/**
 * An https:, http: or relative URL.
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * An https:, http: or relative URL.
 */
export type Url1 = string;
/**
 * One or two sentences for the banner: what happened and what to do.
 */
export type Text = string;
/**
 * When the breach began (or the day it happened).
 */
export type DateString = string;
/**
 * When it ended, for a range.
 */
export type DateString1 = string;
/**
 * When the clinic discovered the breach.
 */
export type DateString2 = string;
/**
 * The date of the notice.
 */
export type DateString3 = string;
/**
 * First day of the web posting (the banner).
 */
export type DateString4 = string;
/**
 * Last day of the web posting.
 */
export type DateString5 = string;
/**
 * When the notice was last revised.
 */
export type DateString6 = string;
/**
 * The statement as it should read; a standard one is used without it.
 */
export type Text1 = string;
/**
 * Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL.
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text2 = string;
/**
 * Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL.
 */
export type Text3 = string;
/**
 * Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL.
 */
export type Text4 = string;
/**
 * Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL.
 */
export type Text5 = string;
/**
 * Last day the toll-free line is open.
 */
export type DateString7 = string;
/**
 * A calendar day, YYYY-MM-DD.
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "date".
 */
export type DateString8 = string;

/**
 * A data-breach notice as clinic-notice reads it: one file for the home-page banner, the notice page, its questions and answers, the protective steps and the contacts. Text fields are plain text: a blank line starts a new paragraph and [label](url) makes a link; nothing else is interpreted.
 */
export interface Notice {
  /**
   * Where editors find this schema, such as "node_modules/clinic-notice/notice.schema.json".
   */
  $schema?: string;
  /**
   * Names the notice for good: patients' dismissals and ticks are remembered under it. Letters, digits, '.', '_' and '-'.
   */
  id: string;
  /**
   * Raise it when the notice changes in a way every patient should see: a dismissed banner shows again.
   */
  revision: number | string;
  /**
   * The language of the main text, a BCP 47 tag such as "en" or "en-US".
   */
  lang: string;
  organization: Organization;
  /**
   * The notice's title. California requires "Notice of Data Breach".
   */
  title?: string;
  /**
   * How the banner presents the notice.
   */
  severity?: 'info' | 'warning' | 'critical';
  /**
   * Where the clinic's response stands.
   */
  status?: 'investigating' | 'contained' | 'resolved';
  summary: Text;
  dates: NoticeDates;
  lawEnforcementDelay?: LawEnforcementDelay;
  sections?: Sections;
  identityTheftProtection?: IdentityTheftProtection;
  patientRights?: PatientRights;
  /**
   * Questions and answers, in the order shown.
   */
  faq?: Question[];
  contact?: Contact;
  /**
   * The text in other languages, by BCP 47 tag. A field left out falls back to the main language.
   */
  translations?: {
    [k: string]: Translation | undefined;
  };
}
/**
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "organization".
 */
export interface Organization {
  /**
   * The clinic's name as patients know it.
   */
  name: string;
  website?: Url;
  logo?: Url1;
}
/**
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "dates".
 */
export interface NoticeDates {
  breachStart?: DateString;
  breachEnd?: DateString1;
  /**
   * The breach dates are the best estimate, not known exactly.
   */
  breachDatesEstimated?: boolean;
  discovered?: DateString2;
  noticeDate: DateString3;
  postedFrom: DateString4;
  postedUntil: DateString5;
  updated?: DateString6;
}
/**
 * Whether a law-enforcement investigation delayed the notice (California asks the notice to say).
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "lawEnforcementDelay".
 */
export interface LawEnforcementDelay {
  delayed: boolean;
  statement?: Text1;
}
/**
 * The notice's sections, in the order California requires. Leave out any that a state's rules call for leaving out.
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "sections".
 */
export interface Sections {
  whatHappened?: Text2;
  informationInvolved?: InformationInvolved;
  whatWeAreDoing?: Text2;
  whatYouCanDo?: WhatYouCanDo;
  otherImportantInformation?: Text2;
  forMoreInformation?: Text2;
}
export interface InformationInvolved {
  text?: Text2;
  /**
   * @minItems 1
   */
  types: [InformationType, ...InformationType[]];
}
/**
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "informationType".
 */
export interface InformationType {
  /**
   * The type of information as patients read it.
   */
  label: string;
  /**
   * What kind of information it is, for the checker's rules (Social Security or ID numbers call for an identity-theft protection offer in California).
   */
  category?:
    | 'name'
    | 'contact'
    | 'date-of-birth'
    | 'ssn'
    | 'drivers-license'
    | 'state-id'
    | 'passport'
    | 'financial-account'
    | 'payment-card'
    | 'health-insurance'
    | 'medical'
    | 'credentials'
    | 'biometric'
    | 'other';
}
export interface WhatYouCanDo {
  text?: Text2;
  steps?: Step[];
}
/**
 * A protective step, shown as a checkbox.
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "step".
 */
export interface Step {
  /**
   * Names the step for good: ticks are remembered under it.
   */
  id: string;
  title: string;
  detail?: Text2;
  href?: Url;
  linkText?: string;
  phone?: string;
}
/**
 * An offer of identity-theft protection services (California, when Social Security or ID numbers were involved).
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "identityTheftProtection".
 */
export interface IdentityTheftProtection {
  offered: boolean;
  text?: Text3;
}
/**
 * Rights the notice tells of (Massachusetts asks for both).
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "patientRights".
 */
export interface PatientRights {
  policeReport?: Text4;
  securityFreeze?: Text5;
}
/**
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "question".
 */
export interface Question {
  /**
   * Names the question for links (#id).
   */
  id: string;
  question: string;
  answer: Text2;
}
/**
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * The toll-free number as it should read.
   */
  tollFreePhone?: string;
  email?: string;
  website?: Url;
  postalAddress?: string;
  hours?: string;
  activeUntil?: DateString7;
}
/**
 * The text fields in another language; each falls back to the main language when left out.
 *
 * This interface was referenced by `Notice`'s JSON-Schema
 * via the `definition` "translation".
 */
export interface Translation {
  title?: string;
  summary?: Text2;
  organization?: {
    name?: string;
  };
  lawEnforcementDelay?: {
    statement?: Text2;
  };
  sections?: {
    whatHappened?: Text2;
    informationInvolved?: {
      text?: Text2;
      /**
       * The labels, in the main language's order.
       */
      types?: string[];
    };
    whatWeAreDoing?: Text2;
    whatYouCanDo?: {
      text?: Text2;
      /**
       * By step id.
       */
      steps?: {
        [k: string]:
          | {
              title?: string;
              detail?: Text2;
              linkText?: string;
            }
          | undefined;
      };
    };
    otherImportantInformation?: Text2;
    forMoreInformation?: Text2;
  };
  identityTheftProtection?: {
    text?: Text2;
  };
  patientRights?: {
    policeReport?: Text2;
    securityFreeze?: Text2;
  };
  /**
   * By question id.
   */
  faq?: {
    [k: string]:
      | {
          question?: string;
          answer?: Text2;
        }
      | undefined;
  };
  contact?: {
    postalAddress?: string;
    hours?: string;
  };
}
