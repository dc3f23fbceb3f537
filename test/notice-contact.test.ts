import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { NoticeContact } from '../src/notice-contact/notice-contact.js';
import type { Notice } from '../src/index.js';
import {
  itWithDevTools,
  loaded,
  part,
  resetEmulation,
  SAMPLE_URL,
  systemColor,
} from './helpers.js';

async function contact(lang = 'en'): Promise<NoticeContact> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <notice-contact
        phone="+1-800-555-0142"
        email="privacy@larkspurvalley.example"
        website="https://larkspurvalley.example/notice"
        address="Privacy Office, 100 Main Street, Springfield"
        hours="Mon–Fri 8am–8pm"
        active-until="2099-02-18"
      ></notice-contact>
    </div>`,
  );
  const el = wrapper.querySelector('notice-contact')!;
  await el.updateComplete;
  return el;
}

const labels = (el: NoticeContact) =>
  [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());

describe('<notice-contact>', () => {
  let warnings: sinon.SinonStub;

  beforeEach(() => {
    warnings = sinon.stub(console, 'warn');
  });

  afterEach(() => sinon.restore());

  describe('accessible', () => {
    it('passes axe in English', async () => {
      await expect(await contact()).to.be.accessible();
    });

    it('passes axe in Spanish', async () => {
      await expect((await contact('es')).parentElement).to.be.accessible();
    });

    it('reaches each link with Tab in a fixed order', async () => {
      const el = await contact();
      const order: (string | null)[] = [];
      part(el, 'phone')!.focus();
      order.push(el.shadowRoot!.activeElement!.getAttribute('part'));
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? null);
      }
      expect(order).to.deep.equal(['phone', 'email', 'website']);
    });
  });

  describe('contents', () => {
    it('renders each contact with its label, in the same order every time', async () => {
      const el = await contact();
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Contact us');
      expect(labels(el)).to.deep.equal([
        'Toll-free helpline',
        'Email',
        'Website',
        'Postal address',
        'Hours',
      ]);
    });

    it('dials normalised digits and shows the number as given', async () => {
      const phone = part(await contact(), 'phone')!;
      expect(phone.getAttribute('href')).to.equal('tel:+18005550142');
      expect(phone.textContent).to.equal('+1-800-555-0142');
    });

    it('links email and website', async () => {
      const el = await contact();
      expect(part(el, 'email')!.getAttribute('href')).to.equal(
        'mailto:privacy@larkspurvalley.example',
      );
      expect(part(el, 'website')!.getAttribute('href')).to.equal(
        'https://larkspurvalley.example/notice',
      );
      expect(part(el, 'address')!.textContent).to.equal(
        'Privacy Office, 100 Main Street, Springfield',
      );
      expect(part(el, 'hours')!.textContent).to.equal('Mon–Fri 8am–8pm');
    });

    it('shows only the parts given', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact phone="1-800-555-0142" heading="Questions?"></notice-contact>`,
      );
      expect(labels(el)).to.deep.equal(['Toll-free helpline']);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Questions?');
      expect(part(el, 'active-until')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('puts the heading at heading-level and falls back to 2 for a bad one', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact heading-level="3" phone="1-800-555-0142"></notice-contact>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h3');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(String(warnings.lastCall.args[0])).to.contain('heading-level="9"');
    });

    it('keeps line breaks in a postal address', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact
          address=${'Privacy Office\n100 Main Street\nSpringfield'}
        ></notice-contact>`,
      );
      const address = part(el, 'address')!;
      expect(getComputedStyle(address).whiteSpace).to.equal('pre-line');
      expect(address.getClientRects().length).to.be.at.least(1);
      expect(address.getBoundingClientRect().height).to.be.greaterThan(
        parseFloat(getComputedStyle(address).lineHeight) * 2,
      );
    });
  });

  describe('website words', () => {
    let sample: Notice;
    before(async () => {
      sample = await (await fetch(SAMPLE_URL)).json();
    });
    const notice = () => structuredClone(sample);
    it('shows the notice file’s words for its website, never a bare address', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact .notice=${notice()}></notice-contact>`,
      );
      await loaded(el);
      const link = part(el, 'website') as HTMLAnchorElement;
      expect(link.textContent!.trim()).to.equal('This notice on our website');
      expect(link.getAttribute('href')).to.equal('/notice.html');
      const es = await fixture<NoticeContact>(
        html`<notice-contact lang="es" .notice=${notice()}></notice-contact>`,
      );
      await loaded(es);
      expect(part(es, 'website')!.textContent!.trim()).to.equal('Este aviso en nuestro sitio web');
      // The Spanish reader's link goes to the Spanish page the translation names.
      expect(part(es, 'website')!.getAttribute('href')).to.equal(
        sample.translations!.es!.contact!.website,
      );
    });

    it('calls a page of the clinic’s own site by the notice’s title when the file has no words', async () => {
      const bare = notice();
      delete bare.contact!.websiteText;
      delete bare.translations!.es!.contact!.websiteText;
      const el = await fixture<NoticeContact>(
        html`<notice-contact .notice=${bare}></notice-contact>`,
      );
      await loaded(el);
      expect(part(el, 'website')!.textContent!.trim()).to.equal(bare.title);
      const es = await fixture<NoticeContact>(
        html`<notice-contact lang="es" .notice=${bare}></notice-contact>`,
      );
      await loaded(es);
      const link = part(es, 'website')!;
      expect(link.textContent!.trim()).to.equal(bare.translations!.es!.title);
      expect(link.getAttribute('lang')).to.equal('es');
      // A page on another site says where it goes.
      bare.contact!.website = 'https://notices.vendor.example/larkspur';
      const elsewhere = await fixture<NoticeContact>(
        html`<notice-contact .notice=${bare}></notice-contact>`,
      );
      await loaded(elsewhere);
      expect(part(elsewhere, 'website')!.textContent!.trim()).to.equal(
        'notices.vendor.example/larkspur',
      );
      await expect(el).to.be.accessible();
    });

    it('does not put the file’s words on the page’s own website', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact
          website="https://other.example/help"
          .notice=${notice()}
        ></notice-contact>`,
      );
      await loaded(el);
      expect(part(el, 'website')!.textContent!.trim()).to.equal('other.example/help');
    });

    it('shows the address when the words name another site', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact
          website="https://clinic.example/notice"
          website-text="evil.example"
        ></notice-contact>`,
      );
      const link = part(el, 'website')!;
      expect(link.textContent!.trim()).to.equal('clinic.example/notice');
      expect(link.getAttribute('href')).to.equal('https://clinic.example/notice');
    });
  });

  describe('active-until', () => {
    it('says until when the line is open, in English', async () => {
      const until = part(await contact(), 'active-until')!;
      expect(until.textContent).to.equal('This line is open until February 18, 2099.');
      expect(until.querySelector('time')!.getAttribute('datetime')).to.equal('2099-02-18');
    });

    it('says it in Spanish inside lang="es"', async () => {
      const until = part(await contact('es'), 'active-until')!;
      expect(until.textContent).to.equal('Esta línea está abierta hasta el 18 de febrero de 2099.');
      const el = until.getRootNode() as ShadowRoot;
      expect(el.querySelector('dt')!.textContent).to.equal('Línea gratuita');
      expect(el.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Contáctenos');
    });

    it('says the line was open once the date has passed', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact phone="1-800-555-0142" active-until="2020-01-31"></notice-contact>`,
      );
      expect(part(el, 'active-until')!.textContent).to.equal(
        'This line was open until January 31, 2020.',
      );
    });

    it('leaves out a date it cannot read, with a warning', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact phone="1-800-555-0142" active-until="18/02/2027"></notice-contact>`,
      );
      expect(part(el, 'active-until')).to.equal(null);
      expect(String(warnings.firstCall.args[0])).to.contain('active-until="18/02/2027"');
    });
  });

  describe('unsafe values', () => {
    const unsafe = [
      ['website', 'javascript:alert(1)'],
      ['website', 'java\tscript:alert(1)'],
      ['website', 'data:text/html,<script>alert(1)</script>'],
      ['website', 'tel:+18005550142'],
      ['email', 'javascript:alert(1)//@x.example'],
      ['email', 'privacy@clinic.example?bcc=all@x.example'],
      ['email', 'not an address'],
      ['phone', 'call us'],
    ] as const;

    for (const [name, value] of unsafe) {
      it(`shows ${name}="${value}" as text, never in an href, with a warning`, async () => {
        const el = document.createElement('notice-contact');
        el.setAttribute(name, value);
        document.body.append(el);
        await el.updateComplete;
        const shown = part(el, name)!;
        expect(shown.localName).to.equal('span');
        // As written, white space collapsed: nothing hidden reaches the page.
        expect(shown.textContent).to.equal(value.replace(/\s+/g, ' '));
        expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
        expect(String(warnings.firstCall.args[0])).to.contain(`${name}=`);
        el.remove();
      });
    }

    it('links a relative website and an http: one', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact website="/notice-of-data-breach"></notice-contact>`,
      );
      expect(part(el, 'website')!.getAttribute('href')).to.equal('/notice-of-data-breach');
      // A page of this site, without words of its own: words, not its bare address.
      expect(part(el, 'website')!.textContent).to.equal('Read the full notice');
      el.websiteText = 'Our notice page';
      await el.updateComplete;
      expect(part(el, 'website')!.textContent).to.equal('Our notice page');
      el.website = 'http://larkspurvalley.example/';
      await el.updateComplete;
      expect(part(el, 'website')!.getAttribute('href')).to.equal('http://larkspurvalley.example/');
      // On another site, without words, the link text leads with the host: it says where it goes.
      el.websiteText = undefined;
      await el.updateComplete;
      expect(part(el, 'website')!.textContent).to.equal('larkspurvalley.example');
      expect(warnings.called).to.equal(false);
    });
  });

  describe('layout and media', () => {
    afterEach(() =>
      resetEmulation(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' })),
    );

    it('takes its colours from the page-wide tokens, its own properties winning', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--notice-border-color: rgb(1, 2, 3); --notice-link-color: rgb(4, 5, 6)">
          <notice-contact email="privacy@clinic.example"></notice-contact>
        </div>`,
      );
      const el = wrapper.querySelector('notice-contact')!;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).borderBlockStartColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'email')!).color).to.equal('rgb(4, 5, 6)');
      el.style.setProperty('--notice-contact-border-color', 'rgb(7, 8, 9)');
      expect(getComputedStyle(base).borderBlockStartColor).to.equal('rgb(7, 8, 9)');
    });

    it('puts its thick edge on the right under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><notice-contact phone="1-800-555-0142"></notice-contact></div>`,
      );
      const base = part(wrapper.querySelector('notice-contact')!, 'base')!;
      expect(getComputedStyle(base).borderRightWidth).to.equal('8px');
      expect(getComputedStyle(base).borderLeftWidth).to.equal('1px');
    });

    itWithDevTools('uses system colours in forced-colours mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await contact();
      expect(getComputedStyle(part(el, 'email')!).color).to.equal(systemColor('LinkText'));
      expect(getComputedStyle(part(el, 'base')!).borderTopColor).to.equal(
        systemColor('CanvasText'),
      );
    });

    itWithDevTools('has nothing that moves under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await contact();
      const moving = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => {
        const style = getComputedStyle(node);
        return style.transitionDuration !== '0s' || style.animationName !== 'none';
      });
      expect(moving).to.deep.equal([]);
    });

    it('shows a visible focus outline on its links', async () => {
      const el = await contact();
      part(el, 'phone')!.focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(part(el, 'phone')!).outlineStyle).to.equal('solid');
    });
  });
});
