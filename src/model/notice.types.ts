/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */

/** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
export type Text = string;
/** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
export type ShortText = string;
/** A calendar day, YYYY-MM-DD. */
export type DateString = string;
/** An https:, http: or relative URL. At most 500 characters (a page's address is rarely over 100). */
export type Url = string;
/** A telephone number as it should read and be dialled: digits, spaces, '-', '.', '(' and ')', a '+' and the country code for a number outside North America, and an extension written 'ext. 12'. Letters (1-800-FLOWERS) and invisible characters are refused, so the number shown is the number dialled. At most 50 characters. */
export type Phone = string;
/** One plain email address, such as privacy@clinic.example; an internationalised domain in its xn-- form. At most 254 characters, the most an address can have. */
export type Email = string;
/** A name kept for good (patients' dismissals and ticks are remembered under it): letters, digits, '.', '_' and '-', starting with a letter or a digit. */
export type Id = string;
/** A question's name in links (#id): letters, digits, '_' and '-', starting with a letter. */
export type QuestionId = string;
/** A BCP 47 language tag such as "en", "es" or "es-MX". At most 35 characters, as BCP 47 advises. */
export type LanguageTag = string;

/** A data-breach notice as clinic-notice reads it: one file for the home-page banner, the notice page, its questions and answers, the protective steps and the contacts. Text fields are plain text: a blank line starts a new paragraph and [label](url) makes a link; nothing else is interpreted. Every string and list has a maximum size, far above what a real notice needs, so that a hostile file cannot slow the page down. */
export interface Notice {
  /** Where editors find this schema, such as "node_modules/clinic-notice/notice.schema.json". At most 500 characters. */
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
  /** One or two sentences for the banner: what happened and what to do. At most 1,000 characters (a banner's two sentences take about 300). */
  summary: string;
  dates: NoticeDates;
  lawEnforcementDelay?: LawEnforcementDelay;
  sections?: Sections;
  /** Who was the source of the breach: the clinic itself, or a vendor working for it. California asks the source to offer identity-theft prevention; without this field the clinic is taken to be the source. */
  breachSource?: 'clinic' | 'vendor';
  /** The clinic is a HIPAA covered entity whose notice meets HITECH's rules, and relies on the state laws that deem that enough (Cal. Civ. Code 1798.82(e), Mass. Gen. Laws ch. 93H, § 5): the checker then gives those states' rules on the notice's form and contents as warnings. */
  stateSafeHarbor?: boolean;
  identityTheftProtection?: IdentityTheftProtection;
  patientRights?: PatientRights;
  /**
   * Taglines telling patients, each in their own language, that language help is free and how to get it (Section 1557, 45 CFR 92.11). Shown by <notice-document> with each line's lang and direction. At most 30.
   *
   * @maxItems 30
   */
  languageAssistance?: {
    /** A BCP 47 language tag such as "en", "es" or "es-MX". At most 35 characters, as BCP 47 advises. */
    lang: string;
    /** The tagline, in that language: "Language assistance is available free of charge. Call 1-800-555-0142." */
    text: string;
  }[];
  /**
   * Questions and answers, in the order shown. At most 100 (a long notice has a dozen).
   *
   * @maxItems 100
   */
  faq?: Question[];
  contact?: Contact;
  /** The text in other languages, by BCP 47 tag. A field left out falls back to the main language. At most 20 languages (a clinic's notice rarely has more than five). */
  translations?: {
    [k: string]: Translation | undefined;
  };
}
export interface Organization {
  /** The clinic's name as patients know it. */
  name: string;
  /** An https:, http: or relative URL. At most 500 characters (a page's address is rarely over 100). */
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
  /** The date of the breach is not known: the notice says so in place of a date (HIPAA and California ask for the date if known). Leave breachStart out with it. */
  breachDateUnknown?: boolean;
  /** When the clinic discovered the breach. */
  discovered?: string;
  /** When the clinic finished determining the scope of the breach and restoring its systems, if that took longer than California's 30 days (Cal. Civ. Code 1798.82(a) allows the time it needs). */
  scopeDetermined?: string;
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
  /** How the law-enforcement official asked for the delay: in a written statement that gives its end (45 CFR 164.412(a)), or orally (164.412(b): at most 30 days from the request, unless a written statement follows). */
  kind?: 'written' | 'oral';
  /** The day the official asked for the delay. */
  requested?: string;
  /** The last day of the delay the official asked for. */
  until?: string;
  /** The statement as it should read; a standard one is used without it. */
  statement?: string;
}
/** The notice's sections, in the order California requires. Leave out any that a state's rules call for leaving out. */
export interface Sections {
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  whatHappened?: string;
  informationInvolved?: InformationInvolved;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  whatWeAreDoing?: string;
  whatYouCanDo?: WhatYouCanDo;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  otherImportantInformation?: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  forMoreInformation?: string;
}
export interface InformationInvolved {
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  text?: string;
  /**
   * At most 30 (a notice lists a handful).
   *
   * @minItems 1
   * @maxItems 30
   */
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
    | 'taxpayer-id'
    | 'military-id'
    | 'financial-account'
    | 'payment-card'
    | 'health-insurance'
    | 'medical'
    | 'credentials'
    | 'biometric'
    | 'other';
}
export interface WhatYouCanDo {
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  text?: string;
  /**
   * At most 30 (a notice gives five to ten).
   *
   * @maxItems 30
   */
  steps?: Step[];
}
/** A protective step, shown as a checkbox. */
export interface Step {
  /** Names the step for good: ticks are remembered under it. */
  id: string;
  /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
  title: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  detail?: string;
  /** An https:, http: or relative URL. At most 500 characters (a page's address is rarely over 100). */
  href?: string;
  /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
  linkText?: string;
  /** A telephone number as it should read and be dialled: digits, spaces, '-', '.', '(' and ')', a '+' and the country code for a number outside North America, and an extension written 'ext. 12'. Letters (1-800-FLOWERS) and invisible characters are refused, so the number shown is the number dialled. At most 50 characters. */
  phone?: string;
}
/** An offer of identity-theft protection services (California, when Social Security or ID numbers were involved). */
export interface IdentityTheftProtection {
  /** Whether the clinic offers the services at no cost to the patient. */
  offered: boolean;
  /** How long the services last, in months: at least 12 for California, 18 for Massachusetts and 24 for Connecticut when Social Security numbers were involved. */
  months?: number;
  /** What is offered and how to enrol. */
  text?: string;
}
/** Rights the notice tells of (Massachusetts asks for both). */
export interface PatientRights {
  /** The right to obtain a police report. */
  policeReport?: string;
  /** How to ask for a free security freeze. */
  securityFreeze?: string;
  /** The toll-free numbers and addresses of the major credit reporting agencies (California asks for them when Social Security, driver's licence or state ID numbers were involved; Washington and Illinois always). */
  creditBureaus?: string;
  /** The telephone numbers and websites of the state and federal agencies that give identity-theft information, such as the Federal Trade Commission (New York and Illinois ask for them). */
  agencies?: string;
}
export interface Question {
  /** Names the question for links (#id). */
  id: string;
  /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
  question: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  answer: string;
}
export interface Contact {
  /** The toll-free number as it should read. */
  tollFreePhone?: string;
  /** One plain email address, such as privacy@clinic.example; an internationalised domain in its xn-- form. At most 254 characters, the most an address can have. */
  email?: string;
  /** An https:, http: or relative URL. At most 500 characters (a page's address is rarely over 100). */
  website?: string;
  /** The words of the website link ("Our notice page"); without them the link shows the address. */
  websiteText?: string;
  /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
  postalAddress?: string;
  /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
  hours?: string;
  /** Last day the toll-free line is open. */
  activeUntil?: string;
}
/** The text fields in another language; each falls back to the main language when left out. */
export interface Translation {
  /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
  title?: string;
  /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
  summary?: string;
  organization?: {
    /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
    name?: string;
  };
  lawEnforcementDelay?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    statement?: string;
  };
  sections?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    whatHappened?: string;
    informationInvolved?: {
      /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
      text?: string;
      /**
       * The labels, in the main language's order.
       *
       * @maxItems 30
       *
       * Items: One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters.
       */
      types?: string[];
    };
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    whatWeAreDoing?: string;
    whatYouCanDo?: {
      /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
      text?: string;
      /** By step id. */
      steps?: {
        [k: string]:
          | {
              /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
              title?: string;
              /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
              detail?: string;
              /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
              linkText?: string;
            }
          | undefined;
      };
    };
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    otherImportantInformation?: string;
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    forMoreInformation?: string;
  };
  identityTheftProtection?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    text?: string;
  };
  patientRights?: {
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    policeReport?: string;
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    securityFreeze?: string;
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    creditBureaus?: string;
    /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
    agencies?: string;
  };
  /** By question id. */
  faq?: {
    [k: string]:
      | {
          /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
          question?: string;
          /** Plain text. A blank line starts a new paragraph; [label](url) makes a link to an https:, http:, tel:, mailto: or relative URL. At most 20,000 characters (about 3,000 words; a section of a real notice has a few hundred). */
          answer?: string;
        }
      | undefined;
  };
  contact?: {
    /** The notice's page in this language ("/es/aviso.html"); without it the link goes to the main language's `website`. */
    website?: string;
    /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
    websiteText?: string;
    /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
    postalAddress?: string;
    /** One line of plain text (a title, a name, a label, a question, an address, opening hours); nothing in it is interpreted. At most 500 characters. */
    hours?: string;
  };
}
