// Which URLs a notice may link to: src/model/links.ts, shared by the elements and the checker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailtoUrl, pageUrl, readUrl, safeUrl, telUrl, urlLabel } from '../../src/model/links.js';

describe('safeUrl', () => {
  it('keeps https:, http:, tel:, mailto: and relative URLs, trimmed', () => {
    for (const url of [
      'https://clinic.example/notice',
      'http://clinic.example/',
      'tel:+18005550142',
      'mailto:privacy@clinic.example',
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

  it('writes a URL a browser opens on another site in full, however it is written', () => {
    for (const [url, href] of [
      ['//evil.example/p', 'https://evil.example/p'],
      ['\\\\evil.example\\p', 'https://evil.example/p'],
      ['/\\evil.example/p', 'https://evil.example/p'],
      ['\\/evil.example/p', 'https://evil.example/p'],
      ['https:evil.example', 'https://evil.example/'],
      ['https:/evil.example/p', 'https://evil.example/p'],
      ['http:\\\\evil.example', 'http://evil.example/'],
      ['//a.invalid/p', 'https://a.invalid/p'],
      ['HTTPS://Clinic.Example/notice', 'https://clinic.example/notice'],
    ]) {
      assert.equal(safeUrl(url), href, url);
      assert.equal(pageUrl(url), href, url);
    }
  });

  it('keeps a URL relative only when it stays on the page’s site', () => {
    for (const url of ['/notice.html', 'notice.html', '../notice.html', '#faq', '?q=1', './a:b']) {
      assert.equal(safeUrl(url), url);
    }
  });

  it('refuses a user name before the host, which makes one site read as another', () => {
    for (const url of [
      'https://clinic.example@evil.example/',
      'https://clinic.example:443@evil.example/',
      'https://:@evil.example/',
      '//clinic.example@evil.example/p',
    ]) {
      assert.equal(safeUrl(url), undefined, url);
    }
  });

  it('gives a host in its ASCII form and refuses one that mixes scripts', () => {
    assert.equal(safeUrl('https://clínica.example/aviso'), 'https://xn--clnica-4va.example/aviso');
    assert.equal(safeUrl('https://пример.рф/'), 'https://xn--e1afmkfd.xn--p1ai/');
    assert.equal(safeUrl('https://日本語.jp/'), 'https://xn--wgv71a119e.jp/');
    for (const url of ['https://сlinic.example/', 'https://larkspurvаlley.example/']) {
      assert.equal(safeUrl(url), undefined, url);
    }
  });

  it('refuses characters a reader cannot see, and tel: or mailto: it cannot link', () => {
    for (const url of [
      'https://clinic.example/\u202enoitce',
      'https://clinic\u200b.example/',
      'tel:1-800-FLOWERS',
      'tel:+1800555\u202e0142',
      'mailto:privacy@clinic.example?bcc=x@evil.example',
      'mailto:privacy@clinic.example%0Abcc:x',
    ]) {
      assert.equal(safeUrl(url), undefined, url);
    }
    assert.equal(safeUrl('tel:+1-800-555-0142;ext=12'), 'tel:+18005550142;ext=12');
  });
});

describe('readUrl', () => {
  it('says why it refuses a URL, in a sentence', () => {
    for (const [url, reason] of [
      ['javascript:alert(1)', /"javascript:"/],
      ['java\tscript:alert(1)', /tab, a line break/],
      ['https://clinic.example@evil.example/', /user before its host.*evil\.example/],
      ['https://сlinic.example/', /mixes scripts \(Cyrillic and Latin\)/],
      ['https://clinic.example/\u202e', /cannot be seen \(U\+202E\)/],
      ['https://exa mple.example/', /cannot read it as a URL/],
      ['tel:1800FLOWERS', /letters/],
    ] as const) {
      const reading = readUrl(url);
      assert.equal(reading.ok, false, url);
      if (!reading.ok) assert.match(reading.problem, reason);
    }
  });

  it('warns of a URL that reads as a path here but opens another site', () => {
    for (const url of ['//evil.example/p', '\\\\evil.example\\p', 'https:evil.example']) {
      const reading = readUrl(url);
      assert.ok(reading.ok && reading.warning?.includes('another site'), url);
    }
    for (const url of ['https://clinic.example/', '/notice.html', 'tel:+18005550142']) {
      const reading = readUrl(url);
      assert.ok(reading.ok && !reading.warning, url);
    }
  });
});

describe('urlLabel', () => {
  it('shows the host first, then the rest', () => {
    assert.equal(urlLabel('https://clinic.example/notice'), 'clinic.example/notice');
    assert.equal(urlLabel('https://clinic.example/'), 'clinic.example');
    assert.equal(urlLabel('http://clinic.example:8080/a?b#c'), 'clinic.example:8080/a?b#c');
    assert.equal(urlLabel('//evil.example/p'), 'evil.example/p');
    assert.equal(urlLabel('https://clínica.example/'), 'xn--clnica-4va.example');
  });

  it('never lets a path push the host out of sight', () => {
    const label = urlLabel(`https://evil.example/${'clinic.example/'.repeat(10)}`);
    assert.ok(label.startsWith('evil.example/clinic.example/'), label);
    assert.ok(label.length <= 'evil.example'.length + 40, label);
    assert.ok(label.endsWith('…'), label);
  });

  it('shows a relative URL on the page’s host when it is given, else as written', () => {
    assert.equal(urlLabel('/notice.html', 'https://clinic.example'), 'clinic.example/notice.html');
    assert.equal(
      urlLabel('faq.html', 'https://clinic.example/news/'),
      'clinic.example/news/faq.html',
    );
    assert.equal(urlLabel('/notice.html'), '/notice.html');
  });

  it('shows a number or an address as itself, and a refused URL as written, without hidden characters', () => {
    assert.equal(urlLabel('mailto:privacy@clinic.example'), 'privacy@clinic.example');
    assert.equal(urlLabel('tel:+18005550142'), '+18005550142');
    assert.equal(
      urlLabel('https://clinic.example@evil.example/'),
      'https://clinic.example@evil.example/',
    );
    assert.equal(urlLabel('https://clinic.example/\u202eevil'), 'https://clinic.example/evil');
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
