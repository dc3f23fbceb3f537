// The order of the findings, errors first and each in the order of the file:
// src/model/check/order.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkNotice } from '../../src/model/check/index.js';
import { ALL, clone, es } from './check-cases.js';

describe('checkNotice()', () => {
  describe('order', () => {
    it('puts errors first, then warnings, then notes, each in the order of the file', () => {
      const notice = clone();
      delete es(notice).summary; // warning, translations
      notice.contact!.email = 'not an address'; // error, contact
      notice.dates.updated = '2026-11-01'; // warning, dates
      notice.faq![3].answer = '[x](javascript:x)'; // error, faq
      delete notice.sections!.whatWeAreDoing; // errors, sections (HIPAA, then CA)
      notice.title = 'Breach'; // error, title
      const findings = checkNotice(notice, ALL);
      assert.deepEqual(
        findings.map((f) => `${f.severity} ${f.path} ${f.rule}`),
        [
          'error title Cal. Civ. Code 1798.82(d)(1)',
          'error sections.whatWeAreDoing HIPAA 45 CFR 164.404(c)(1)(D)',
          'error sections.whatWeAreDoing Cal. Civ. Code 1798.82(d)(1)',
          'error faq[3].answer clinic-notice: links',
          'error contact.email clinic-notice: links',
          'warning dates.updated clinic-notice: dates',
          'warning translations.es.summary clinic-notice: translations',
          // The reminders, HIPAA's first, then each state's in the order named.
          'note (notices) HIPAA 45 CFR 164.404(d)(1), (2)',
          'note (notices) HIPAA 45 CFR 164.408',
          'note (notices) HIPAA 45 CFR 164.406',
          'note (notices) Cal. Civ. Code 1798.82(f)',
          'note (notices) Mass. Gen. Laws ch. 93H, § 3(b)',
        ],
      );
    });

    it('orders steps and questions of a translation as the main text does', () => {
      const notice = clone();
      delete es(notice).faq!.reminders!.answer;
      delete es(notice).faq!['why-this-notice']!.answer;
      delete es(notice).sections!.whatYouCanDo!.steps!['call-us'];
      delete es(notice).sections!.whatYouCanDo!.steps!['insurer-statements']!.title;
      assert.deepEqual(
        checkNotice(notice, ALL)
          .filter((f) => f.severity !== 'note')
          .map((f) => f.path),
        [
          'translations.es.sections.whatYouCanDo.steps["insurer-statements"].title',
          'translations.es.sections.whatYouCanDo.steps["call-us"].title',
          'translations.es.faq["why-this-notice"].answer',
          'translations.es.faq.reminders.answer',
        ],
      );
    });
  });
});
