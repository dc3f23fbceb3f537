// `clinic-notice: links`, every link and URL is one the elements show: src/model/check/links.ts.
import { describe } from 'node:test';
import { error, es, expectFinding, type Case } from './check-cases.js';

const links: Case[] = [
  [
    'a javascript: link in a section',
    (n) => (n.sections!.whatHappened += ' [Details](javascript:alert)'),
    error('sections.whatHappened', 'clinic-notice: links'),
  ],
  [
    'a javascript: link whose URL holds parentheses',
    (n) => (n.sections!.whatWeAreDoing += ' [Details](javascript:alert(1))'),
    error('sections.whatWeAreDoing', 'clinic-notice: links'),
  ],
  [
    'a data: link in an answer',
    (n) => (n.faq![2].answer = 'Call [us](data:text/html,hello).'),
    error('faq[2].answer', 'clinic-notice: links'),
  ],
  [
    'an unsafe link in a step detail',
    (n) => (n.sections!.whatYouCanDo!.steps![0].detail = '[Insurer](vbscript:x)'),
    error('sections.whatYouCanDo.steps[0].detail', 'clinic-notice: links'),
  ],
  [
    'an unsafe link in a translated summary',
    (n) => (es(n).summary = 'Vea [esto](javascript:alert).'),
    error('translations.es.summary', 'clinic-notice: links'),
  ],
  [
    'an unsafe link in a translated answer',
    (n) => (es(n).faq!['is-it-real']!.answer = 'Llame al [1-800](javascript:call).'),
    error('translations.es.faq["is-it-real"].answer', 'clinic-notice: links'),
  ],
  [
    'an unsafe organisation website',
    (n) => (n.organization.website = 'javascript:alert'),
    error('organization.website', 'clinic-notice: links'),
  ],
  [
    'a data: logo',
    (n) => (n.organization.logo = 'data:image/svg+xml,<svg/>'),
    error('organization.logo', 'clinic-notice: links'),
  ],
  [
    'a tel: contact website',
    (n) => (n.contact!.website = 'tel:+18005550142'),
    error('contact.website', 'clinic-notice: links'),
  ],
  [
    'a mailto: step link',
    (n) => (n.sections!.whatYouCanDo!.steps![2].href = 'mailto:privacy@example.org'),
    error('sections.whatYouCanDo.steps[2].href', 'clinic-notice: links'),
  ],
  [
    'an email with mailto:',
    (n) => (n.contact!.email = 'mailto:privacy@larkspurvalley.example'),
    error('contact.email', 'clinic-notice: links'),
  ],
  [
    'an email with a display name',
    (n) => (n.contact!.email = 'Privacy <privacy@larkspurvalley.example>'),
    error('contact.email', 'clinic-notice: links'),
  ],
  [
    'an email that shows another address than it mails to (a right-to-left override)',
    (n) => (n.contact!.email = '\u202eelpmaxe.yellavpsrkal@ycavirp'),
    error('contact.email', 'clinic-notice: links'),
  ],
  [
    'an email with an encoded header',
    (n) => (n.contact!.email = 'privacy@larkspurvalley.example%0Abcc:x@evil.example'),
    error('contact.email', 'clinic-notice: links'),
  ],
  [
    'an email with a Cyrillic letter',
    (n) => (n.contact!.email = 'privacy@lаrkspurvalley.example'),
    error('contact.email', 'clinic-notice: links'),
  ],
];

const elsewhere: Case[] = [
  [
    'a protocol-relative link in a section',
    (n) => (n.sections!.whatHappened += ' [Details](//evil.example/p)'),
    error('sections.whatHappened', 'clinic-notice: links'),
  ],
  [
    'a backslash link in an answer',
    (n) => (n.faq![0].answer += ' [Details](/\\evil.example/p)'),
    error('faq[0].answer', 'clinic-notice: links'),
  ],
  [
    'a link with a user name before the host in a translation',
    (n) => (es(n).summary += ' [Aviso](https://larkspurvalley.example@evil.example/)'),
    error('translations.es.summary', 'clinic-notice: links'),
  ],
  [
    'a link to a host with a Cyrillic letter',
    (n) => (n.sections!.forMoreInformation += ' [Clinic](https://lаrkspurvalley.example/)'),
    error('sections.forMoreInformation', 'clinic-notice: links'),
  ],
  [
    'a protocol-relative contact website',
    (n) => (n.contact!.website = '//evil.example/notice'),
    error('contact.website', 'clinic-notice: links'),
  ],
  [
    'a website written https:host',
    (n) => (n.organization.website = 'https:evil.example'),
    error('organization.website', 'clinic-notice: links'),
  ],
  [
    'a step link with a user name before the host',
    (n) => (n.sections!.whatYouCanDo!.steps![2].href = 'https://consumer.ftc.gov@evil.example/'),
    error('sections.whatYouCanDo.steps[2].href', 'clinic-notice: links'),
  ],
  [
    'a logo on a host that mixes scripts',
    (n) => (n.organization.logo = 'https://lаrkspurvalley.example/logo.svg'),
    error('organization.logo', 'clinic-notice: links'),
  ],
  [
    'a tel: link with letters in an answer',
    (n) => (n.faq![2].answer = 'Call [us](tel:1-800-FLOWERS).'),
    error('faq[2].answer', 'clinic-notice: links'),
  ],
  [
    'a mailto: link with a header',
    (n) =>
      (n.faq![2].answer =
        'Write to [us](mailto:privacy@larkspurvalley.example?bcc=x@evil.example).'),
    error('faq[2].answer', 'clinic-notice: links'),
  ],
];

const words: Case[] = [
  [
    'a helpline link that dials another number',
    (n) => (n.faq![2].answer = 'Call [1-800-555-0142](tel:+19005550199).'),
    error('faq[2].answer', 'clinic-notice: links'),
  ],
  [
    'an address link that writes to another address, in a translation',
    (n) =>
      (es(n).sections!.forMoreInformation =
        'Escriba a [privacy@larkspurvalley.example](mailto:help@evil.example).'),
    error('translations.es.sections.forMoreInformation', 'clinic-notice: links'),
  ],
  [
    'a web address link that opens another site',
    (n) =>
      (n.sections!.otherImportantInformation =
        'Report it at [IdentityTheft.gov](https://identitytheft.gov.evil.example/).'),
    error('sections.otherImportantInformation', 'clinic-notice: links'),
  ],
  [
    'a step whose link text names another site',
    (n) => (n.sections!.whatYouCanDo!.steps![2].linkText = 'annualcreditreport.com'),
    error('sections.whatYouCanDo.steps[2].linkText', 'clinic-notice: links'),
  ],
  [
    'a step whose translated link text shows a phone number',
    (n) =>
      (es(n).sections!.whatYouCanDo!.steps!['credit-reports']!.linkText =
        'Llame al 1-800-555-0142'),
    error(
      'translations.es.sections.whatYouCanDo.steps["credit-reports"].linkText',
      'clinic-notice: links',
    ),
  ],
  [
    "the website's words naming another site",
    (n) => (n.contact!.websiteText = 'evil.example'),
    error('contact.websiteText', 'clinic-notice: links'),
  ],
  [
    "the website's translated words showing an email address",
    (n) => (es(n).contact!.websiteText = 'privacy@evil.example'),
    error('translations.es.contact.websiteText', 'clinic-notice: links'),
  ],
  [
    "the translation's own page on another site, under the translated words that name the clinic's",
    (n) => {
      n.contact!.website = 'https://larkspurvalley.example/notice.html';
      es(n).contact!.website = 'https://evil.example/aviso.html';
      es(n).contact!.websiteText = 'larkspurvalley.example/aviso';
    },
    error('translations.es.contact.websiteText', 'clinic-notice: links'),
  ],
  [
    "the translation's own page on another site, under the main language's words",
    (n) => {
      n.contact!.website = 'https://larkspurvalley.example/notice.html';
      n.contact!.websiteText = 'larkspurvalley.example/notice';
      es(n).contact!.website = 'https://evil.example/aviso.html';
      delete es(n).contact!.websiteText;
    },
    error('translations.es.contact.website', 'clinic-notice: links'),
  ],
];

const phones: Case[] = [
  [
    'a toll-free number that shows other digits than it dials (a right-to-left override)',
    (n) => (n.contact!.tollFreePhone = '1-800-555-\u202e2410\u202c'),
    error('contact.tollFreePhone', 'clinic-notice: links'),
  ],
  [
    'a toll-free number with a zero-width space',
    (n) => (n.contact!.tollFreePhone = '1-800-555-\u200b0142'),
    error('contact.tollFreePhone', 'clinic-notice: links'),
  ],
  [
    'a vanity toll-free number',
    (n) => (n.contact!.tollFreePhone = '1-800-FLOWERS'),
    error('contact.tollFreePhone', 'clinic-notice: links'),
  ],
  [
    'a toll-free number with the letter O for a zero',
    (n) => (n.contact!.tollFreePhone = '1-8OO-555-O142'),
    error('contact.tollFreePhone', 'clinic-notice: links'),
  ],
  [
    'two numbers in the toll-free field',
    (n) => (n.contact!.tollFreePhone = '1-800-555-0142 or 1-888-555-0199'),
    error('contact.tollFreePhone', 'clinic-notice: links'),
  ],
  [
    'a step phone with too few digits',
    (n) => (n.sections!.whatYouCanDo!.steps![5].phone = '555-0142'),
    error('sections.whatYouCanDo.steps[5].phone', 'clinic-notice: links'),
  ],
  [
    'a step phone with a character no number has',
    (n) => (n.sections!.whatYouCanDo!.steps![5].phone = '1-800-555-0142 #2'),
    error('sections.whatYouCanDo.steps[5].phone', 'clinic-notice: links'),
  ],
];

describe('checkNotice()', () => {
  describe('safety: links and URLs', () => links.forEach(expectFinding));
  describe('safety: links that read as the clinic’s and open another site', () =>
    elsewhere.forEach(expectFinding));
  describe('safety: links whose words say where they go', () => words.forEach(expectFinding));
  describe('safety: phone numbers that dial what they show', () => phones.forEach(expectFinding));
});
