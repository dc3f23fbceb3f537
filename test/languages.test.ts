import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import type { NoticeContact } from '../src/notice-contact/notice-contact.js';
import type { NoticeDocument } from '../src/notice-document/notice-document.js';
import type { NoticeFaq } from '../src/notice-faq/notice-faq.js';
import { loaded, part, useSample } from './helpers.js';

/**
 * The elements' own words ship in English and 15 other languages. On a page in a language with no
 * table (Khmer, Urdu here) they carry
 * `lang` (and `dir` where the direction differs), so a screen reader reads them with the right
 * voice (WCAG 3.1.2), and their dates and plurals follow the words, not the page.
 */
describe('the elements’ own words in the page’s language, or marked as English', () => {
  const sample = useSample();

  const banner = (lang: string) =>
    fixture<HTMLDivElement>(
      html`<div lang=${lang}>
        <notice-banner
          heading="សេចក្តីជូនដំណឹង"
          href="/notice"
          phone="1-800-555-0142"
          posted="2026-11-20"
          dismissible
          >ខ្លឹមសារ</notice-banner
        >
      </div>`,
    );

  it('marks the banner’s English words lang="en" on a Khmer page, dates in English', async () => {
    const el = (await banner('km')).querySelector('notice-banner') as NoticeBanner;
    await el.updateComplete;
    for (const name of ['label', 'link', 'meta']) {
      expect(part(el, name)!.getAttribute('lang'), name).to.equal('en');
      expect(part(el, name)!.hasAttribute('dir'), name).to.equal(false);
    }
    expect(part(el, 'meta')!.textContent).to.contain('November 20, 2026');
    const hidden = part(el, 'dismiss-button')!.querySelector('.visually-hidden')!;
    expect(hidden.getAttribute('lang')).to.equal('en');
    expect(part(el, 'phone')!.previousElementSibling!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('adds dir="ltr" to English words on an Urdu page', async () => {
    const el = (await banner('ur')).querySelector('notice-banner') as NoticeBanner;
    await el.updateComplete;
    expect(part(el, 'label')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'label')!.getAttribute('dir')).to.equal('ltr');
  });

  it('marks nothing where the words are in the page’s language', async () => {
    for (const lang of ['en-US', 'es-MX']) {
      const el = (await banner(lang)).querySelector('notice-banner') as NoticeBanner;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[lang]').length, lang).to.equal(0);
    }
  });

  it('counts the checklist’s steps with English plurals, marked, on a Khmer page', async () => {
    // Khmer has one plural form ("other"), even for 1; the English sentence needs "one".
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="km">
        <notice-checklist notice-id="n">
          <notice-checklist-item id="a" checked>A</notice-checklist-item>
        </notice-checklist>
      </div>`,
    );
    const el = wrapper.querySelector('notice-checklist') as NoticeChecklist;
    await el.updateComplete;
    const progress = part(el, 'progress-text')!;
    expect(progress.textContent!.trim()).to.equal('1 of 1 step done');
    expect(progress.getAttribute('lang')).to.equal('en');
    expect(part(el, 'start-over')!.getAttribute('lang')).to.equal('en');
  });

  it('marks the accordion’s and the contact block’s words', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="km">
        <notice-faq>
          <notice-faq-item heading="Một">A</notice-faq-item>
          <notice-faq-item heading="Hai">B</notice-faq-item>
        </notice-faq>
        <notice-contact phone="1-800-555-0142" active-until="2099-02-18"></notice-contact>
      </div>`,
    );
    const faq = wrapper.querySelector('notice-faq') as NoticeFaq;
    const contact = wrapper.querySelector('notice-contact') as NoticeContact;
    await faq.updateComplete;
    await contact.updateComplete;
    const item = faq.querySelector('notice-faq-item')!;
    await item.updateComplete;
    expect(part(faq, 'toggle-all')!.getAttribute('lang')).to.equal('en');
    expect(part(item, 'state')!.getAttribute('lang')).to.equal('en');
    expect(part(contact, 'label')!.getAttribute('lang')).to.equal('en');
    expect(part(contact, 'active-until')!.getAttribute('lang')).to.equal('en');
    expect(part(contact, 'active-until')!.textContent).to.contain('February 18, 2099');
    expect(part(contact, 'heading')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
    await expect(wrapper).to.be.accessible();
  });

  it('marks the notice page’s English headings inside a translated article', async () => {
    const notice = structuredClone(sample());
    notice.translations = { ...notice.translations, km: { title: 'សេចក្តីជូនដំណឹងអំពីការលេចធ្លាយទិន្នន័យ' } };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="km"><notice-document .notice=${notice}></notice-document></div>`,
    );
    const el = wrapper.querySelector('notice-document') as NoticeDocument;
    await loaded(el);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('km');
    const heading = el.shadowRoot!.querySelector('[part="section-heading"] span')!;
    expect(heading.getAttribute('lang')).to.equal('en');
    expect(part(el, 'meta')!.getAttribute('lang')).to.equal('en');
  });

  it('marks nothing in a Spanish notice page on a Spanish page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><notice-document .notice=${sample()}></notice-document></div>`,
    );
    const el = wrapper.querySelector('notice-document') as NoticeDocument;
    await loaded(el);
    expect(part(el, 'meta')!.hasAttribute('lang')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="section-heading"] span')!.hasAttribute('lang')).to
      .be.false;
  });
});
