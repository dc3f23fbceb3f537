import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { Notice } from '../src/model/notice.types.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeContact } from '../src/notice-contact/notice-contact.js';
import { SAMPLE_URL, current, loaded, part } from './helpers.js';

const RLO = '\u202E';
const PDF = '\u202C';

/**
 * What a patient sees is where a link goes: a number dials the digits it shows, an address mails
 * the address it shows, a web link shows its host. A clinic's CMS account in the wrong hands must
 * not be able to show the clinic's helpline and dial another.
 */
describe('phone numbers, addresses and links go where they say', () => {
  let warnings: sinon.SinonStub;

  beforeEach(() => {
    warnings = sinon.stub(console, 'warn');
  });

  const placed: Element[] = [];
  afterEach(() => {
    sinon.restore();
    placed.splice(0).forEach((el) => el.remove());
  });

  const contact = async (attributes: Record<string, string>) => {
    const el = document.createElement('notice-contact') as NoticeContact;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
    placed.push(el);
    await el.updateComplete;
    return el;
  };

  it('does not link a number that a right-to-left override makes show other digits', async () => {
    const el = await fixture<NoticeBanner>(
      html`<notice-banner heading="Incident" phone=${`1-800-555-${RLO}2410${PDF}`}
        >Body</notice-banner
      >`,
    );
    expect(part(el, 'phone')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
    const message = String(warnings.firstCall.args[0]);
    expect(message).to.contain('phone=');
    expect(message).not.to.contain(RLO);
  });

  for (const phone of ['1-800-FLOWERS', '1-8OO-555-O142', '1-800-555-0142 or 1-800-555-0143']) {
    it(`shows "${phone}" as text and dials nothing`, async () => {
      const el = await contact({ phone });
      expect(part(el, 'phone')!.localName).to.equal('span');
      expect(part(el, 'phone')!.textContent).to.equal(phone);
      expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
      expect(warnings.called).to.equal(true);
    });
  }

  it('dials an extension the standard way', async () => {
    const el = await contact({ phone: '1-800-555-0142 ext. 12' });
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+18005550142;ext=12');
    expect(part(el, 'phone')!.textContent).to.equal('1-800-555-0142 ext. 12');
  });

  it('shows an email address with an override as text, without the override', async () => {
    const el = await contact({ email: `privacy@${RLO}elpmaxe.cinilc` });
    expect(part(el, 'email')!.localName).to.equal('span');
    expect(part(el, 'email')!.textContent).not.to.contain(RLO);
    expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
  });

  it('writes a protocol-relative website in full and shows its host', async () => {
    const el = await contact({ website: '//evil.example/p' });
    expect(part(el, 'website')!.getAttribute('href')).to.equal('https://evil.example/p');
    expect(part(el, 'website')!.textContent).to.equal('evil.example/p');
  });

  for (const website of ['https://clinic.example@evil.example/', 'https://clinic.exаmple/']) {
    it(`does not link ${website}`, async () => {
      const el = await contact({ website });
      expect(part(el, 'website')!.localName).to.equal('span');
      expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
    });
  }

  it('does not link text that shows one number and dials another', async () => {
    const sample: Notice = await (await fetch(SAMPLE_URL)).json();
    const notice = current(sample);
    notice.summary = 'Call [1-800-555-0142](tel:+19005550199) with any question.';
    const el = await fixture<NoticeBanner>(html`<notice-banner .notice=${notice}></notice-banner>`);
    await loaded(el);
    const body = part(el, 'body')!;
    expect(body.textContent).to.contain('1-800-555-0142');
    expect(body.querySelector('a')).to.equal(null);
  });
});

describe('a checklist step’s link words', () => {
  afterEach(() => sinon.restore());

  it('does not link words that show one site and open another, and says why', async () => {
    const warnings = sinon.stub(console, 'warn');
    const el = await fixture(
      html`<notice-checklist-item
        href="https://evil.example/login"
        link-text="portal.larkspurvalley.example"
        >Change your portal password</notice-checklist-item
      >`,
    );
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(part(el, 'link')!.localName).to.equal('span');
    expect(part(el, 'link')!.textContent).to.equal('portal.larkspurvalley.example');
    expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
    expect(String(warnings.firstCall.args[0])).to.contain('link-text=');
  });
});
