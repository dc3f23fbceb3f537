// Notice text fields: paragraphs, safe links, and nothing else interpreted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linksIn, parseText } from '../../src/model/text.js';

describe('parseText', () => {
  it('starts a paragraph at each blank line and joins single line breaks', () => {
    assert.deepEqual(parseText('One\nline.\n\n  \nTwo.\r\n\r\nThree.'), [
      ['One line.'],
      ['Two.'],
      ['Three.'],
    ]);
  });

  it('makes links of [label](url) and keeps the text around them', () => {
    assert.deepEqual(parseText('Call [us](tel:+18005550142) or [write](mailto:a@b.example).'), [
      [
        'Call ',
        { label: 'us', url: 'tel:+18005550142', href: 'tel:+18005550142' },
        ' or ',
        { label: 'write', url: 'mailto:a@b.example', href: 'mailto:a@b.example' },
        '.',
      ],
    ]);
  });

  it('accepts one level of parentheses inside a URL', () => {
    const [link] = linksIn('[Wiki](https://en.wikipedia.org/wiki/Breach_(law))');
    assert.equal(link.href, 'https://en.wikipedia.org/wiki/Breach_(law)');
  });

  it('refuses unsafe URLs: the link has no href and reads as its label', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'java\tscript:x',
    ]) {
      const [link] = linksIn(`[x](${url})`);
      assert.equal(link?.href, undefined, url);
    }
    assert.equal(linksIn('[x](/relative/path)')[0].href, '/relative/path');
  });

  it('says why a link is refused', () => {
    const [link] = linksIn('[x](javascript:alert(1))');
    assert.match(link.refused ?? '', /"javascript:"/);
    assert.equal(linksIn('[x](https://clinic.example/)')[0].refused, undefined);
  });

  it('links a URL that opens another site in full, as a browser would open it', () => {
    for (const url of ['//evil.example/p', '\\\\evil.example\\p', '/\\evil.example/p']) {
      assert.equal(linksIn(`[the FAQ](${url})`)[0].href, 'https://evil.example/p', url);
    }
    assert.equal(linksIn('[x](https:evil.example)')[0].href, 'https://evil.example/');
  });

  it('links words that show a number or an address only to that number or address', () => {
    for (const [words, url] of [
      ['1-800-555-0142', 'tel:+19005550199'],
      ['privacy@clinic.example', 'mailto:other@evil.example'],
      ['clinic.example', 'https://evil.example'],
      ['1-800-555-0142', 'https://evil.example/call'],
    ]) {
      const [link] = linksIn(`Call [${words}](${url}).`);
      assert.equal(link.href, undefined, words);
      assert.match(link.refused ?? '', /The words show/, words);
    }
    assert.deepEqual(parseText('[1-800-555-0142](tel:+18005550142)'), [
      [{ label: '1-800-555-0142', url: 'tel:+18005550142', href: 'tel:+18005550142' }],
    ]);
    assert.equal(
      linksIn('[IdentityTheft.gov](https://www.identitytheft.gov/)')[0].href,
      'https://www.identitytheft.gov/',
    );
  });

  it('refuses a link with a user name before the host or a host that mixes scripts', () => {
    for (const url of ['https://clinic.example@evil.example/', 'https://сlinic.example/']) {
      const [link] = linksIn(`[Clinic](${url})`);
      assert.equal(link.href, undefined, url);
      assert.ok(link.refused, url);
    }
  });

  it('interprets nothing else: markup stays text', () => {
    assert.deepEqual(parseText('<b>bold</b> &amp; <img src=x onerror=alert(1)>'), [
      ['<b>bold</b> &amp; <img src=x onerror=alert(1)>'],
    ]);
  });

  it('reads an empty or missing field as no paragraphs', () => {
    assert.deepEqual(parseText(undefined), []);
    assert.deepEqual(parseText('\n\n'), []);
  });
});
