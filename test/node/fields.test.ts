// The translatable fields: src/model/fields.ts, the one list localisation and the checker share.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translatableFields } from '../../src/model/fields.js';
import { miniNotice } from './mini-notice.js';

const notice = miniNotice();

describe('translatableFields', () => {
  const fields = translatableFields(notice, {
    title: 'Aviso de filtración de datos',
    sections: {
      informationInvolved: { types: ['Nombres'] },
      whatYouCanDo: { steps: { 'call-us': { title: 'Llámenos' } } },
    },
    faq: { 'is-it-real': { answer: 'Sí.' } },
  });
  const field = (path: string) => fields.find((f) => f.path === path);

  it('lists every field in the order of the notice, present or not', () => {
    assert.deepEqual(
      fields.map((f) => f.path),
      [
        'title',
        'summary',
        'organization.name',
        'lawEnforcementDelay.statement',
        'sections.whatHappened',
        'sections.informationInvolved.text',
        'sections.informationInvolved.types[0].label',
        'sections.informationInvolved.types[1].label',
        'sections.whatWeAreDoing',
        'sections.whatYouCanDo.text',
        'sections.whatYouCanDo.steps[0].title',
        'sections.whatYouCanDo.steps[0].detail',
        'sections.whatYouCanDo.steps[0].linkText',
        'sections.whatYouCanDo.steps[1].title',
        'sections.whatYouCanDo.steps[1].detail',
        'sections.whatYouCanDo.steps[1].linkText',
        'sections.otherImportantInformation',
        'sections.forMoreInformation',
        'identityTheftProtection.text',
        'patientRights.policeReport',
        'patientRights.securityFreeze',
        'patientRights.creditBureaus',
        'patientRights.agencies',
        'faq[0].question',
        'faq[0].answer',
        'contact.website',
        'contact.websiteText',
        'contact.postalAddress',
        'contact.hours',
      ],
    );
  });

  it('finds steps and questions in a translation by id, types by position', () => {
    assert.equal(
      field('sections.whatYouCanDo.steps[0].title')?.translationPath,
      'sections.whatYouCanDo.steps["call-us"].title',
    );
    assert.equal(field('faq[0].answer')?.translationPath, 'faq["is-it-real"].answer');
    assert.equal(
      field('sections.informationInvolved.types[1].label')?.translationPath,
      'sections.informationInvolved.types[1]',
    );
  });

  it('pairs the main text with what the translation gives', () => {
    assert.deepEqual(field('title'), {
      path: 'title',
      translationPath: 'title',
      main: 'Notice of Data Breach',
      own: 'Aviso de filtración de datos',
      expected: true,
    });
    assert.equal(field('sections.whatYouCanDo.steps[0].title')?.own, 'Llámenos');
    assert.equal(field('faq[0].answer')?.own, 'Sí.');
    assert.equal(field('faq[0].question')?.own, undefined);
    assert.equal(field('sections.informationInvolved.types[0].label')?.own, 'Nombres');
    assert.equal(field('sections.informationInvolved.types[1].label')?.own, undefined);
    assert.equal(field('sections.whatHappened')?.main, 'A laptop was stolen.');
    assert.equal(field('sections.whatWeAreDoing')?.main, undefined);
  });

  it('does not expect the organisation’s name or the type labels one by one', () => {
    const unexpected = fields.filter((f) => !f.expected).map((f) => f.path);
    assert.deepEqual(unexpected, [
      'organization.name',
      'sections.informationInvolved.types[0].label',
      'sections.informationInvolved.types[1].label',
      'contact.website',
    ]);
  });

  it('gives no translated text without a translation', () => {
    assert.ok(translatableFields(notice).every((f) => f.own === undefined));
  });
});
