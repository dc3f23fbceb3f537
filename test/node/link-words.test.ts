// A link goes where its words say: src/model/link-words.ts, which the text links and the checker
// share. Words that show a phone number, an email address or a web address are a promise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misleadingLabel } from '../../src/model/link-words.js';

/** Words, the link (as readUrl gives it), and why the pair is refused; `undefined` when it is not. */
const pairs: [string, string, RegExp | undefined][] = [
  ['1-800-555-0142', 'tel:+18005550142', undefined],
  ['Call 1-800-555-0142.', 'tel:+18005550142', undefined],
  ['+1 (800) 555 0142 ext. 12', 'tel:+18005550142;ext=12', undefined],
  ['Call us', 'tel:+18005550142', undefined],
  ['our 800 number, 24 hours', 'tel:+18005550142', undefined],
  ['1-800-555-0142', 'tel:+19005550199', /dials \+19005550199.*tel:\+18005550142/],
  ['+1 (800) 555 0142 ext. 12', 'tel:+18005550142', /ext\. 12, but the link dials/],
  ['1-800-FLOWERS', 'tel:+18003569377', /cannot be dialled as shown.*letters/],
  ['1-8OO-555-O142', 'tel:+18005550142', /letter O/],
  ['1-800-555-0142', 'https://evil.example/', /phone number 1-800-555-0142.*opens evil\.example/],
  ['1-800-FLOWERS', 'https://evil.example/', /phone number 1-800-FLOWERS/],
  ['1-800-555-0142', 'mailto:privacy@clinic.example', /writes to privacy@clinic\.example/],
  ['privacy@clinic.example', 'mailto:privacy@clinic.example', undefined],
  ['Privacy@Clinic.example', 'mailto:privacy@clinic.example', undefined],
  ['privacy@clinic.example', 'mailto:other@evil.example', /writes to other@evil\.example/],
  ['write to privacy@clinic.example', 'https://evil.example/', /email address.*opens evil/],
  ['clinic.example', 'https://clinic.example/', undefined],
  ['www.clinic.example/notice', 'https://clinic.example/notice', undefined],
  ['IdentityTheft.gov', 'https://www.identitytheft.gov/', undefined],
  ['clínica.example', 'https://xn--clnica-4va.example/', undefined],
  ['clinic.example', 'https://evil.example/', /web address clinic\.example.*opens evil\.example/],
  ['clinic.example', 'https://clinic.example.evil.example/', /opens clinic\.example\.evil/],
  ['See https://clinic.example/notice', 'https://evil.example/', /web address clinic\.example/],
  ['clinic.example', '/notice.html', /cannot be checked here/],
  ['clinic.example', 'tel:+18005550142', /dials \+18005550142/],
  ['form.pdf', '/forms/form.pdf', undefined],
  ['e.g. this', '/x', undefined],
  ['the U.S. Department of Health', 'https://hhs.gov/', undefined],
  ['Notice of 2026-11-20', '/notice', undefined],
  ['Case HHS-2026-0001234', 'https://ocrportal.hhs.gov/', undefined],
  ['COVID-19', '/covid', undefined],
  ['Details', 'https://evil.example/', undefined],
];

describe('misleadingLabel', () => {
  for (const [words, href, reason] of pairs) {
    it(`${reason ? 'refuses' : 'accepts'} [${words}](${href})`, () => {
      const problem = misleadingLabel(words, href);
      if (!reason) assert.equal(problem, undefined);
      else assert.match(problem ?? '(accepted)', reason);
    });
  }
});
