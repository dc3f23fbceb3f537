// Email addresses: src/model/email.ts, which <notice-contact>, the text links and the checker read
// an address with. An address is linked only when it is one plain address that mails where it shows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEmail } from '../../src/model/email.js';

describe('readEmail', () => {
  it('links one plain address, trimmed', () => {
    for (const address of [
      'privacy@clinic.example',
      'privacy.office+notice@clinic.example',
      'privacy_office-2@mail.clinic.example',
      'privacy@xn--clnica-4va.example',
    ]) {
      assert.deepEqual(readEmail(` ${address}\n`), {
        ok: true,
        display: address,
        href: `mailto:${address}`,
      });
    }
  });

  /** What is wrong, the value, and words its reason must hold. */
  const refused: [string, string, RegExp][] = [
    ['a right-to-left override', '\u202eelpmaxe.cinilc@ycavirp', /cannot be seen \(U\+202E\)/],
    ['a zero-width space', 'privacy@clinic\u200b.example', /U\+200B/],
    ['a control character', 'privacy@clinic.example\u0000', /U\+0000/],
    ['an encoded header', 'privacy@clinic.example%0Abcc=x', /"%"/],
    ['an encoded "@"', 'privacy%40evil.example@clinic.example', /"%"/],
    ['a query', 'privacy@clinic.example?bcc=x@evil.example', /more than one address/],
    ['a subject', 'privacy@clinic.example?subject=hi', /"\?"/],
    ['a fragment', 'privacy#1@clinic.example', /"#"/],
    [
      'an internationalised domain',
      'privacy@clínica.example',
      /xn-- form: privacy@xn--clnica-4va\.example\./,
    ],
    ['a Cyrillic letter', 'privacy@сlinic.example', /outside ASCII/],
    ['a non-ASCII mailbox name', 'prívacy@clinic.example', /mailbox name must be ASCII/],
    ['mailto:', 'mailto:privacy@clinic.example', /without "mailto:"/],
    ['a display name', 'Privacy <privacy@clinic.example>', /without a name/],
    ['two addresses', 'a@b.example, c@d.example', /more than one address/],
    ['two "@"', 'privacy@@clinic.example', /two "@"/],
    ['a space', 'privacy @clinic.example', /no spaces/],
    ['no "@"', 'privacy.clinic.example', /mailbox name, "@" and a domain/],
    ['no domain', 'privacy@', /mailbox name, "@" and a domain/],
    ['a domain without a dot', 'privacy@clinic', /not a domain/],
    ['a domain with "_"', 'privacy@clinic_x.example', /not a domain/],
    ['a numeric top-level domain', 'privacy@clinic.123', /top-level domain/],
    ['two dots in a row', 'privacy..office@clinic.example', /twice in a row/],
    ['a quote', "o'brien@clinic.example", /"'"/],
    ['nothing', '  ', /no address/],
  ];

  for (const [what, value, reason] of refused) {
    it(`refuses ${what}, saying why`, () => {
      const reading = readEmail(value);
      assert.equal(reading.ok, false, JSON.stringify(reading));
      if (reading.ok) return;
      assert.match(reading.problem, reason);
      assert.match(reading.problem, /^[A-Z"].*\.$/, 'a sentence');
    });
  }

  it('shows a refused address without the characters that cannot be seen', () => {
    assert.equal(readEmail('privacy@\u202eclinic.example\u202c').display, 'privacy@clinic.example');
  });
});
