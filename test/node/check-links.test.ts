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
];

describe('checkNotice()', () => {
  describe('safety: links and URLs', () => links.forEach(expectFinding));
});
