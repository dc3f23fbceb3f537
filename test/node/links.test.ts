// Which URLs a notice may link to: src/model/links.ts, shared by the elements and the checker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailtoUrl, pageUrl, safeUrl, telUrl } from '../../src/model/links.js';

describe('safeUrl', () => {
  it('keeps https:, http:, tel:, mailto: and relative URLs, trimmed', () => {
    for (const url of [
      'https://clinic.example/notice',
      'http://clinic.example/',
      'tel:+18005550142',
      'MAILTO:privacy@clinic.example',
      '/notice',
      '#faq',
      'faq.html',
      '?lang=es',
    ]) {
      assert.equal(safeUrl(url), url);
    }
    assert.equal(safeUrl('  https://clinic.example/ \n'), 'https://clinic.example/');
  });

  it('refuses every other scheme, in any case', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'blob:https://clinic.example/1',
    ]) {
      assert.equal(safeUrl(url), undefined, url);
    }
  });

  it('reads the scheme as a browser does, through tabs, newlines and leading controls', () => {
    for (const url of ['java\tscript:alert(1)', 'java\nscript:alert(1)', ' \u0001javascript:x']) {
      assert.equal(safeUrl(url), undefined, JSON.stringify(url));
    }
  });

  it('gives nothing for an empty or missing URL', () => {
    for (const url of ['', '   ', null, undefined]) assert.equal(safeUrl(url), undefined);
  });
});

describe('pageUrl', () => {
  it('keeps what safeUrl keeps, except tel: and mailto:', () => {
    assert.equal(pageUrl('https://clinic.example/'), 'https://clinic.example/');
    assert.equal(pageUrl('/notice#faq'), '/notice#faq');
    assert.equal(pageUrl('tel:+18005550142'), undefined);
    assert.equal(pageUrl('Mailto:privacy@clinic.example'), undefined);
    assert.equal(pageUrl('javascript:alert(1)'), undefined);
    assert.equal(pageUrl(undefined), undefined);
  });
});

describe('telUrl', () => {
  it('dials a number that can be dialled as shown, with its country code', () => {
    assert.equal(telUrl('1-800-555-0142'), 'tel:+18005550142');
    assert.equal(telUrl('+1 (800) 555 0142'), 'tel:+18005550142');
    assert.equal(telUrl('(800) 555.0142'), 'tel:+18005550142');
    assert.equal(telUrl('1-800-555-0142 ext. 12'), 'tel:+18005550142;ext=12');
  });

  it('gives nothing for a number it cannot dial as shown (readPhone says why)', () => {
    for (const phone of [
      '',
      '12',
      '+1+800',
      '1-800-FLOWERS',
      '1-800-555-\u202e2410',
      null,
      undefined,
    ]) {
      assert.equal(telUrl(phone), undefined, String(phone));
    }
  });
});

describe('mailtoUrl', () => {
  it('links a plain address, trimmed', () => {
    assert.equal(mailtoUrl('privacy@clinic.example'), 'mailto:privacy@clinic.example');
    assert.equal(mailtoUrl(' privacy@clinic.example '), 'mailto:privacy@clinic.example');
  });

  it('refuses what is not one plain address', () => {
    for (const email of [
      'mailto:privacy@clinic.example',
      'Privacy <privacy@clinic.example>',
      'privacy@clinic',
      'privacy @clinic.example',
      'privacy@clinic.example?subject=hi',
      'privacy@@clinic.example',
      'a@b.example, c@d.example',
      'privacy@clinic.example%0Abcc=x@evil.example',
      '\u202eelpmaxe.cinilc@ycavirp',
      'privacy@clínica.example',
      '',
      null,
      undefined,
    ]) {
      assert.equal(mailtoUrl(email), undefined, String(email));
    }
  });
});
