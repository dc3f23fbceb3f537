// Phone numbers: src/model/phone.ts, which every element, the text links and the checker read a
// number with. A number is linked only when the digits shown are the digits dialled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPhone } from '../../src/model/phone.js';

/** The value, and the `tel:` URL it dials. */
const dialled: [string, string][] = [
  ['1-800-555-0142', 'tel:+18005550142'],
  ['18005550142', 'tel:+18005550142'],
  ['(800) 555-0142', 'tel:+18005550142'],
  ['800.555.0142', 'tel:+18005550142'],
  ['+1 (800) 555 0142', 'tel:+18005550142'],
  ['+1-888-555-0142', 'tel:+18885550142'],
  ['+44 20 7946 0958', 'tel:+442079460958'],
  ['+49 30 901820', 'tel:+4930901820'],
  ['1-800-555-0142 ext. 12', 'tel:+18005550142;ext=12'],
  ['1-800-555-0142 ext 12', 'tel:+18005550142;ext=12'],
  ['1-800-555-0142 Ext.12', 'tel:+18005550142;ext=12'],
  ['1-800-555-0142 x12', 'tel:+18005550142;ext=12'],
  ['1-800-555-0142x12', 'tel:+18005550142;ext=12'],
  ['1-800-555-0142 extension 4', 'tel:+18005550142;ext=4'],
];

describe('readPhone', () => {
  for (const [value, tel] of dialled) {
    it(`dials ${value} as ${tel}`, () => {
      assert.deepEqual(readPhone(value), { ok: true, display: value, tel });
    });
  }

  it('shows the number as written, trimmed, with its white space collapsed', () => {
    assert.deepEqual(readPhone('  1-800\t555 \n 0142 '), {
      ok: true,
      display: '1-800 555 0142',
      tel: 'tel:+18005550142',
    });
  });

  it('shows digits that are the digits dialled, with the country code 1 when it is left out', () => {
    for (const [value] of dialled) {
      const reading = readPhone(value);
      assert.ok(reading.ok);
      const shown = reading.display.replace(/\D/g, '');
      const dials = reading.tel.replace(/\D/g, '');
      assert.ok(dials === shown || dials === `1${shown}`, `${shown} shown, ${dials} dialled`);
    }
  });

  /** The value, what the refusal shows, and words its reason must hold. */
  const refused: [string, string, string, RegExp][] = [
    [
      'a right-to-left override that shows 0142 for 2410',
      '1-800-555-\u202e2410\u202c',
      '1-800-555-2410',
      /cannot be seen \(U\+202E, U\+202C\)/,
    ],
    ['a left-to-right mark', '\u200e1-800-555-0142', '1-800-555-0142', /U\+200E/],
    ['an isolate', '1-800-\u2067555\u2069-0142', '1-800-555-0142', /U\+2067, U\+2069/],
    ['an Arabic letter mark', '1-800-555-0142\u061c', '1-800-555-0142', /U\+061C/],
    ['a zero-width space', '1-800-555-01\u200b42', '1-800-555-0142', /U\+200B/],
    ['a zero-width joiner', '1-800\u200d-555-0142', '1-800-555-0142', /U\+200D/],
    ['a word joiner', '1-800-555-0142\u2060', '1-800-555-0142', /U\+2060/],
    ['a byte-order mark', '\ufeff1-800-555-0142', '1-800-555-0142', /U\+FEFF/],
    ['a soft hyphen', '1-800\u00ad-555-0142', '1-800-555-0142', /U\+00AD/],
    ['a control character', '1-800-555-0142\u0007', '1-800-555-0142', /U\+0007/],
    ['a vanity number', '1-800-FLOWERS', '1-800-FLOWERS', /letters \(FLOWERS\).*1-800-356-9377/],
    ['a letter O for a zero', '1-8OO-555-O142', '1-8OO-555-O142', /letter O.*1-800-555-0142/],
    ['a letter l for a one', 'l-800-555-0142', 'l-800-555-0142', /letter I or l.*1-800-555-0142/],
    ['words around the number', 'Call 1-800-555-0142', 'Call 1-800-555-0142', /letters/],
    ['two numbers joined by a word', '1-800-555-0142 or 1-888-555-0199', '', /more than one/],
    ['two numbers joined by a slash', '1-800-555-0142 / 555-0199', '', /more than one/],
    ['two numbers each with a +', '+1 800 555 0142 +44 20 7946 0958', '', /more than one/],
    ['two numbers side by side', '1-800-555-0142 1-888-555-0199', '', /22 digits/],
    ['a # sign', '1-800-555-0142 #2', '', /"#"/],
    ['an en dash', '1–800–555–0142', '', /"–"/],
    ['a + in the middle', '1-800+555-0142', '', /"\+" that is not at its start/],
    ['seven digits', '555-0142', '', /7 digits \(5550142\)/],
    ['twelve digits', '1-800-555-01423', '', /12 digits/],
    ['too few digits after +1', '+1 800 555 014', '', /9 digits after \+1/],
    ['too few digits after +', '+44 2079', '', /6 digits after the "\+"/],
    ['an area code starting with 0', '(012) 555-0142', '', /area code/],
    ['an exchange starting with 1', '800-155-0142', '', /exchange/],
    ['nothing to dial', 'ext. 12', '', /no digits/],
    ['no characters', ' ', '', /no digits/],
  ];

  for (const [what, value, display, reason] of refused) {
    it(`refuses ${what}, saying why`, () => {
      const reading = readPhone(value);
      assert.equal(reading.ok, false, JSON.stringify(reading));
      if (reading.ok) return;
      assert.match(reading.problem, reason);
      assert.match(reading.problem, /^[A-Z].*\.$/, 'a sentence');
      if (display) assert.equal(reading.display, display);
    });
  }

  it('shows a refused number without the characters that cannot be seen', () => {
    const { display } = readPhone('\u202e1\u200b-800-555-0142\u2069\ufeff');
    assert.equal(display, '1-800-555-0142');
  });
});
