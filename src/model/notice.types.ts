/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */

/** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
export type Text = string;
/** A calendar day, YYYY-MM-DD. */
export type DateString = string;
/** An https:, http: or relative URL. */
export type Url = string;
/** A name kept for good (patients' dismissals and ticks are remembered under it): letters, digits, '.', '_' and '-', starting with a letter or a digit. */
export type Id = string;
/** A question's name in links (#id): letters, digits, '_' and '-', starting with a letter. */
export type QuestionId = string;
/** A BCP 47 language tag such as "en", "es" or "es-MX". */
export type LanguageTag = string;

/** A data-breach notice as clinic-notice reads it: one file for the home-page banner, the notice page, its questions and answers, the protective steps and the contacts. Text fields are plain text: a blank line starts a new paragraph and [label](url) makes a link; nothing else is interpreted. */
export interface Notice {
  /** Where editors find this schema, such as "node_modules/clinic-notice/notice.schema.json". */
  $schema?: string;
  /** Names the notice for good: patients' dismissals and ticks are remembered under it. Letters, digits, '.', '_' and '-'. */
  id: string;
  /** Raise it when the notice changes in a way every patient should see: a dismissed banner shows again. */
  revision: number | string;
  /** The language of the main text, a BCP 47 tag such as "en" or "en-US". */
  lang: string;
  organization: Organization;
  /** The notice's title. California requires "Notice of Data Breach". */
  title?: string;
  /** How the banner presents the notice. */
  severity?: 'info' | 'warning' | 'critical';
  /** Where the clinic's response stands. */
  status?: 'investigating' | 'contained' | 'resolved';
  /** One or two sentences for the banner: what happened and what to do. */
  summary: string;
  dates: NoticeDates;
  lawEnforcementDelay?: LawEnforcementDelay;
  sections?: Sections;
  identityTheftProtection?: IdentityTheftProtection;
  patientRights?: PatientRights;
  /** Questions and answers, in the order shown. */
  faq?: Question[];
  contact?: Contact;
  /** The text in other languages, by BCP 47 tag. A field left out falls back to the main language. */
  translations?: {
    [k: string]: Translation | undefined;
  };
}
export interface Organization {
  /** The clinic's name as patients know it. */
  name: string;
  /** An https:, http: or relative URL. */
  website?: string;
  /** An image of the clinic's logo. */
  logo?: string;
}
export interface NoticeDates {
  /** When the breach began (or the day it happened). */
  breachStart?: string;
  /** When it ended, for a range. */
  breachEnd?: string;
  /** The breach dates are the best estimate, not known exactly. */
  breachDatesEstimated?: boolean;
  /** When the clinic discovered the breach. */
  discovered?: string;
  /** The date of the notice. */
  noticeDate: string;
  /** First day of the web posting (the banner). */
  postedFrom: string;
  /** Last day of the web posting. */
  postedUntil: string;
  /** When the notice was last revised. */
  updated?: string;
}
/** Whether a law-enforcement investigation delayed the notice (California asks the notice to say). */
export interface LawEnforcementDelay {
  delayed: boolean;
  /** The statement as it should read; a standard one is used without it. */
  statement?: string;
}
/** The notice's sections, in the order California requires. Leave out any that a state's rules call for leaving out. */
export interface Sections {
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  whatHappened?: string;
  informationInvolved?: InformationInvolved;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  whatWeAreDoing?: string;
  whatYouCanDo?: WhatYouCanDo;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  otherImportantInformation?: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  forMoreInformation?: string;
}
export interface InformationInvolved {
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  text?: string;
  /** @minItems 1 */
  types: [InformationType, ...InformationType[]];
}
export interface InformationType {
  /** The type of information as patients read it. */
  label: string;
  /** What kind of information it is, for the checker's rules (Social Security or ID numbers call for an identity-theft protection offer in California). */
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
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  text?: string;
  steps?: Step[];
}
/** A protective step, shown as a checkbox. */
export interface Step {
  /** Names the step for good: ticks are remembered under it. */
  id: string;
  title: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  detail?: string;
  /** An https:, http: or relative URL. */
  href?: string;
  linkText?: string;
  phone?: string;
}
/** An offer of identity-theft protection services (California, when Social Security or ID numbers were involved). */
export interface IdentityTheftProtection {
  offered: boolean;
  /** What is offered and how to enrol. */
  text?: string;
}
/** Rights the notice tells of (Massachusetts asks for both). */
export interface PatientRights {
  /** The right to obtain a police report. */
  policeReport?: string;
  /** How to ask for a free security freeze. */
  securityFreeze?: string;
}
export interface Question {
  /** Names the question for links (#id). */
  id: string;
  question: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  answer: string;
}
export interface Contact {
  /** The toll-free number as it should read. */
  tollFreePhone?: string;
  email?: string;
  /** An https:, http: or relative URL. */
  website?: string;
  postalAddress?: string;
  hours?: string;
  /** Last day the toll-free line is open. */
  activeUntil?: string;
}
/** The text fields in another language; each falls back to the main language when left out. */
export interface Translation {
  title?: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
  summary?: string;
  organization?: {
    name?: string;
  };
  lawEnforcementDelay?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    statement?: string;
  };
  sections?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    whatHappened?: string;
    informationInvolved?: {
      /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
      text?: string;
      /** The labels, in the main language's order. */
      types?: string[];
    };
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    whatWeAreDoing?: string;
    whatYouCanDo?: {
      /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
      text?: string;
      /** By step id. */
      steps?: {
        [k: string]:
          | {
              title?: string;
              /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
              detail?: string;
              linkText?: string;
            }
          | undefined;
      };
    };
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    otherImportantInformation?: string;
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    forMoreInformation?: string;
  };
  identityTheftProtection?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    text?: string;
  };
  patientRights?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    policeReport?: string;
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
    securityFreeze?: string;
  };
  /** By question id. */
  faq?: {
    [k: string]:
      | {
          question?: string;
          /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. */
          answer?: string;
        }
      | undefined;
  };
  contact?: {
    postalAddress?: string;
    hours?: string;
  };
}
