// `clinic-notice: translations`, each translation gives every text the main language has:
// src/model/check/translations.ts.
import { describe } from 'node:test';
import type { Notice } from '../../src/model/notice.types.js';
import { es, expectFinding, warning, type Case } from './check-cases.js';

const T = 'clinic-notice: translations';
const untranslated: [string, (n: Notice) => void][] = [
  ['title', (n) => delete es(n).title],
  ['summary', (n) => delete es(n).summary],
  ['sections.whatHappened', (n) => delete es(n).sections!.whatHappened],
  ['sections.informationInvolved.text', (n) => delete es(n).sections!.informationInvolved!.text],
  ['sections.whatWeAreDoing', (n) => delete es(n).sections!.whatWeAreDoing],
  ['sections.whatYouCanDo.text', (n) => delete es(n).sections!.whatYouCanDo!.text],
  [
    'sections.whatYouCanDo.steps["call-us"].title',
    (n) => delete es(n).sections!.whatYouCanDo!.steps!['call-us'],
  ],
  [
    'sections.whatYouCanDo.steps["be-wary"].detail',
    (n) => delete es(n).sections!.whatYouCanDo!.steps!['be-wary']!.detail,
  ],
  [
    'sections.whatYouCanDo.steps["credit-reports"].linkText',
    (n) => delete es(n).sections!.whatYouCanDo!.steps!['credit-reports']!.linkText,
  ],
  ['sections.otherImportantInformation', (n) => delete es(n).sections!.otherImportantInformation],
  ['sections.forMoreInformation', (n) => delete es(n).sections!.forMoreInformation],
  ['identityTheftProtection.text', (n) => delete es(n).identityTheftProtection],
  ['patientRights.policeReport', (n) => delete es(n).patientRights!.policeReport],
  ['patientRights.securityFreeze', (n) => delete es(n).patientRights!.securityFreeze],
  ['faq.reminders.question', (n) => delete es(n).faq!.reminders!.question],
  ['faq["is-it-real"].answer', (n) => delete es(n).faq!['is-it-real']!.answer],
  ['contact.postalAddress', (n) => delete es(n).contact!.postalAddress],
  ['contact.hours', (n) => delete es(n).contact!.hours],
  [
    'lawEnforcementDelay.statement',
    (n) => (n.lawEnforcementDelay!.statement = 'No law-enforcement investigation delayed this.'),
  ],
  ['sections.informationInvolved.types', (n) => es(n).sections!.informationInvolved!.types!.pop()],
  ['sections.informationInvolved.types', (n) => delete es(n).sections!.informationInvolved!.types],
  [
    'sections.whatYouCanDo.steps["no-such-step"]',
    (n) => (es(n).sections!.whatYouCanDo!.steps!['no-such-step'] = { title: 'Paso' }),
  ],
  ['faq["no-such-question"]', (n) => (es(n).faq!['no-such-question'] = { question: '¿Qué?' })],
];
const translations: Case[] = untranslated.map(([path, mutate]) => [
  `translations.es.${path} left out or astray`,
  mutate,
  warning(`translations.es.${path}`, T),
]);
translations.push([
  'a regional translation lacking a summary',
  (n) => {
    n.translations!['es-MX'] = { ...es(n) };
    delete n.translations!['es-MX'].summary;
  },
  warning('translations["es-MX"].summary', T),
]);

describe('checkNotice()', () => {
  describe('translations', () => translations.forEach(expectFinding));
});
