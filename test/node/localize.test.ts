// A notice as a reader of one language sees it: src/model/localize.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { langOf } from '../../src/model/lang-of.js';
import { localize, pickTranslation } from '../../src/model/localize.js';
import type { Translation } from '../../src/model/notice.types.js';
import { miniNotice as notice } from './mini-notice.js';

describe('pickTranslation', () => {
  const keys = (...langs: string[]) =>
    notice(Object.fromEntries(langs.map((lang) => [lang, { summary: lang }])));

  it('prefers the exact tag, then the language, then any region of it', () => {
    assert.equal(pickTranslation(keys('es', 'es-MX'), 'es-MX'), 'es-MX');
    assert.equal(pickTranslation(keys('es', 'es-MX'), 'es'), 'es');
    assert.equal(pickTranslation(keys('es'), 'es-MX'), 'es');
    assert.equal(pickTranslation(keys('es-MX'), 'es'), 'es-MX');
    assert.equal(pickTranslation(keys('es-US', 'es-MX'), 'es-AR'), 'es-US');
  });

  it('ignores letter case', () => {
    assert.equal(pickTranslation(keys('es-MX'), 'ES-mx'), 'es-MX');
    assert.equal(pickTranslation(keys('ES'), 'es'), 'ES');
  });

  it('uses the main text for the main language, unless a regional translation matches', () => {
    assert.equal(pickTranslation(keys('es'), 'en'), undefined);
    assert.equal(pickTranslation(keys('en-GB'), 'en-US'), undefined);
    assert.equal(pickTranslation(keys('en-GB'), 'en-GB'), 'en-GB');
    assert.equal(pickTranslation(keys('en-GB'), 'EN'), undefined);
  });

  it('finds nothing for a language with no translation', () => {
    assert.equal(pickTranslation(keys('es'), 'fr'), undefined);
    assert.equal(pickTranslation(notice(), 'es'), undefined);
  });
});

describe('localize', () => {
  const spanish: Translation = {
    title: 'Aviso de filtración de datos',
    sections: {
      informationInvolved: { types: ['Nombres'] },
      whatYouCanDo: { steps: { 'call-us': { title: 'Llámenos' }, 'no-such-step': { title: 'X' } } },
    },
    faq: { 'is-it-real': { answer: 'Sí.' } },
    identityTheftProtection: { text: 'Ofrecemos protección.' },
    contact: { hours: '8 a 17' },
  };

  it('takes each field from the translation where it has one', () => {
    const view = localize(notice({ es: spanish }), 'es-MX');
    assert.equal(view.translation, 'es');
    assert.equal(view.lang, 'en', 'lang stays the main language');
    assert.equal(view.title, 'Aviso de filtración de datos');
    assert.equal(view.sections!.whatYouCanDo!.steps![0].title, 'Llámenos');
    assert.equal(view.faq![0].answer, 'Sí.');
    assert.equal(view.sections!.informationInvolved!.types[0].label, 'Nombres');
  });

  it('falls back to the main language field by field, and records where', () => {
    const view = localize(notice({ es: spanish }), 'es');
    assert.equal(view.summary, 'Some patient records were exposed.');
    assert.equal(view.sections!.informationInvolved!.types[1].label, 'Dates of birth');
    assert.deepEqual(
      [...view.fallbacks],
      [
        'summary',
        'organization.name',
        'sections.whatHappened',
        'sections.informationInvolved.types[1].label',
        'sections.whatYouCanDo.steps[1].title',
        'sections.whatYouCanDo.steps[1].detail',
        'faq[0].question',
      ],
    );
    assert.equal(langOf(view, 'summary'), 'en');
    assert.equal(langOf(view, 'title'), 'es');
  });

  it('does not invent a field whose parent the notice lacks', () => {
    const view = localize(notice({ es: spanish }), 'es');
    assert.equal(view.identityTheftProtection, undefined);
    assert.equal(view.contact, undefined);
    assert.equal(view.sections!.whatYouCanDo!.steps!.length, 2, 'no step for an unknown id');
  });

  it('leaves the notice it reads unchanged', () => {
    const original = notice({ es: spanish });
    const copy = structuredClone(original);
    localize(original, 'es');
    assert.deepEqual(original, copy);
  });

  it('gives the main text, without fallbacks, when no translation suits', () => {
    for (const lang of ['en', 'en-US', 'fr']) {
      const view = localize(notice({ es: spanish }), lang);
      assert.equal(view.translation, undefined, lang);
      assert.equal(view.title, 'Notice of Data Breach', lang);
      assert.equal(view.fallbacks.size, 0, lang);
      assert.equal(langOf(view, 'title'), 'en', lang);
    }
  });
});
