import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { NoticeErrorEvent } from '../src/events.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import type { NoticeContact } from '../src/notice-contact/notice-contact.js';
import type { NoticeDocument } from '../src/notice-document/notice-document.js';
import type { NoticeFaq } from '../src/notice-faq/notice-faq.js';
import {
  deepActive,
  JSON_HEADERS,
  loaded,
  part,
  respondWith,
  SAMPLE_URL,
  shadowText,
  useSample,
} from './helpers.js';

describe('<notice-document>', () => {
  const sample = useSample();

  describe('accessible', () => {
    it("passes axe with the page's fallback content, before the file arrives", async () => {
      sinon.stub(window, 'fetch').returns(new Promise<Response>(() => {}));
      const el = await fixture<NoticeDocument>(
        html`<notice-document src="/never.json"
          ><p>Our notice is loading. Call 1-800-555-0142 with any question.</p></notice-document
        >`,
      );
      expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering from the notice file', () => {
    it('renders the notice in the California order, with the elements inside', async () => {
      const el = await fixture<NoticeDocument>(
        html`<notice-document src=${SAMPLE_URL}><p>Loading…</p></notice-document>`,
      );
      await loaded(el);
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('h1');
      expect(title.textContent).to.equal('Notice of Data Breach');
      const headings = [...el.shadowRoot!.querySelectorAll('[part="section-heading"]')];
      expect(headings.map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal([
        'h2 What Happened?',
        'h2 What Information Was Involved?',
        'h2 What We Are Doing.',
        'h2 What You Can Do.',
        'h2 Other Important Information.',
        'h2 For More Information.',
        'h2 Language assistance',
        'h2 Questions and Answers',
      ]);
      const text = shadowText(el);
      expect(text).to.contain(
        'The breach took place between November 3, 2026 and November 7, 2026.',
      );
      expect(text).to.contain('We discovered it on November 10, 2026.');
      expect(text).to.contain('This notice was not delayed by a law-enforcement investigation.');
      expect(part(el, 'meta')!.textContent).to.contain('Notice date: November 20, 2026');
      expect(el.shadowRoot!.querySelectorAll('[part="information-list"] li').length).to.equal(4);
      const checklist = part(el, 'checklist') as NoticeChecklist;
      await loaded(checklist);
      expect(checklist.shadowRoot!.querySelectorAll('notice-checklist-item').length).to.equal(
        sample().sections!.whatYouCanDo!.steps!.length,
      );
      expect(part(checklist, 'heading')).not.to.equal(null);
      const faq = part(el, 'faq') as NoticeFaq;
      await loaded(faq);
      const firstItem = faq.shadowRoot!.querySelector('notice-faq-item')!;
      await firstItem.updateComplete;
      expect(part(firstItem, 'heading')!.localName).to.equal('h3');
      const contact = part(el, 'contact') as NoticeContact;
      await loaded(contact);
      expect(part(contact, 'heading')!.localName).to.equal('h3');
      const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) =>
        a.href.includes('identitytheft.gov'),
      );
      expect(link!.textContent).to.equal('IdentityTheft.gov');
      await expect(el).to.be.accessible();
    });

    it("holds a screen's height while its file loads, so what follows stays put", async () => {
      let answer!: (response: Response) => void;
      sinon.stub(window, 'fetch').returns(new Promise<Response>((resolve) => (answer = resolve)));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <notice-document src="/slow-notice.json"><p>Loading the notice…</p></notice-document>
          <p id="after-document">What follows the notice.</p>
        </div>`,
      );
      const el = wrapper.querySelector('notice-document')!;
      const after = wrapper.querySelector('#after-document')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight);
      const before = after.getBoundingClientRect().top;
      expect(before).to.be.at.least(window.innerHeight); // below the fold
      answer(new Response(JSON.stringify(sample()), { headers: JSON_HEADERS }));
      await loaded(el);
      expect(after.getBoundingClientRect().top).to.be.at.least(before);
    });

    it('starts at heading-level and leaves out what the file leaves out', async () => {
      const notice = structuredClone(sample());
      delete notice.sections!.whatWeAreDoing;
      delete notice.identityTheftProtection;
      delete notice.faq;
      const el = await fixture<NoticeDocument>(
        html`<notice-document heading-level="2" .notice=${notice}></notice-document>`,
      );
      await loaded(el);
      expect(part(el, 'title')!.localName).to.equal('h2');
      const headings = [...el.shadowRoot!.querySelectorAll('[part="section-heading"]')];
      expect(headings.every((h) => h.localName === 'h3')).to.equal(true);
      expect(headings.map((h) => h.textContent)).not.to.include('What We Are Doing.');
      expect(headings.map((h) => h.textContent)).not.to.include('Questions and Answers');
    });

    it('says that the date of the breach is not known, when the file says so', async () => {
      const notice = structuredClone(sample());
      delete notice.dates.breachStart;
      delete notice.dates.breachEnd;
      notice.dates.breachDateUnknown = true;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <notice-document .notice=${notice}></notice-document>
          <notice-document lang="es" .notice=${notice}></notice-document>
        </div>`,
      );
      const [en, es] = [...wrapper.querySelectorAll('notice-document')];
      await loaded(en!);
      await loaded(es!);
      expect(shadowText(en!)).to.contain(
        'We do not know when the breach took place. We discovered it on November 10, 2026.',
      );
      expect(shadowText(es!)).to.contain('No sabemos cuándo ocurrió la violación.');
    });

    it('shows the credit bureaus with the patient rights, also without the other texts', async () => {
      const notice = structuredClone(sample());
      delete notice.sections!.otherImportantInformation;
      notice.patientRights = { creditBureaus: 'Call any of the three nationwide credit bureaus.' };
      const el = await fixture<NoticeDocument>(
        html`<notice-document .notice=${notice}></notice-document>`,
      );
      await loaded(el);
      const headings = [...el.shadowRoot!.querySelectorAll('[part="section-heading"]')];
      expect(headings.map((h) => h.textContent)).to.include('Other Important Information.');
      expect(shadowText(el)).to.contain('Call any of the three nationwide credit bureaus.');
    });

    it('lists the language-assistance taglines, each with its own lang and dir', async () => {
      const el = await fixture<NoticeDocument>(
        html`<notice-document .notice=${sample()}></notice-document>`,
      );
      await loaded(el);
      const headings = [...el.shadowRoot!.querySelectorAll('[part="section-heading"]')];
      expect(headings.map((h) => h.textContent)).to.include('Language assistance');
      const lines = [...part(el, 'taglines')!.querySelectorAll('li')];
      expect(lines.map((li) => [li.lang, li.dir])).to.deep.equal([
        ['es', 'ltr'],
        ['zh-Hant', 'ltr'],
        ['vi', 'ltr'],
        ['ar', 'rtl'],
      ]);
      expect(lines[0]!.textContent).to.contain('asistencia lingüística gratuita');
      await expect(el).to.be.accessible();
    });

    it('shows a phone number in the order it is dialled, on one line, right to left too', async () => {
      const notice = sample();
      notice.languageAssistance = [
        { lang: 'ar', text: 'اتصل بالرقم 1-800-555-0142 مجانًا.' },
        { lang: 'ar', text: 'اتصل بالرقم [1-800-555-0142](tel:+18005550142) مجانًا.' },
        { lang: 'fa', text: 'با شماره 1-800-555-0142 تماس بگیرید.' },
        { lang: 'vi', text: 'Có hỗ trợ ngôn ngữ miễn phí. Xin gọi số 1-800-555-0142.' },
      ];
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <notice-document .notice=${notice}></notice-document>
        </div>`,
      );
      const el = wrapper.querySelector('notice-document')!;
      await loaded(el);
      for (const line of part(el, 'taglines')!.querySelectorAll('li')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let text: Text | null = null;
        while (walker.nextNode()) {
          if (walker.currentNode.textContent!.includes('1-800')) text = walker.currentNode as Text;
        }
        const at = text!.textContent!.indexOf('1-800-555-0142');
        const box = (index: number) => {
          const range = document.createRange();
          range.setStart(text!, index);
          range.setEnd(text!, index + 1);
          return range.getBoundingClientRect();
        };
        // "1" first and "2" last, left to right, as the digits are dialled (not 0142-555-800-1).
        expect(box(at).left, line.textContent!).to.be.below(box(at + 13).left);
        expect(box(at + 2).left, '800 before 555').to.be.below(box(at + 6).left);
      }
      // Each number reads whole, on one line (at 320 px the Vietnamese line broke it after "1-").
      const numbers = [...part(el, 'taglines')!.querySelectorAll('.number')];
      expect(numbers.length).to.equal(4);
      for (const number of numbers) expect(number.getClientRects().length).to.equal(1);
      // A right-to-left line's bullet no longer sits past the right edge.
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(320);
    });

    it('reads in Spanish, with Spanish headings and dates', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es"><notice-document .notice=${sample()}></notice-document></div>`,
      );
      const el = wrapper.querySelector('notice-document')!;
      await loaded(el);
      expect(part(el, 'title')!.textContent).to.equal('Aviso de violación de datos');
      expect(shadowText(el)).to.contain('¿Qué sucedió?');
      expect(shadowText(el)).to.contain('La descubrimos el 10 de noviembre de 2026.');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('es');
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('events', () => {
    it('lets the checklist inside tell the page that a step was ticked', async () => {
      const el = await fixture<NoticeDocument>(
        html`<notice-document .notice=${sample()}></notice-document>`,
      );
      await loaded(el);
      const checklist = part(el, 'checklist') as NoticeChecklist;
      await loaded(checklist);
      const item = checklist.shadowRoot!.querySelector('notice-checklist-item')!;
      await item.updateComplete;
      const event = oneEvent(el, 'notice-check');
      part(item, 'checkbox')!.click();
      const { detail } = await event;
      expect(detail.checked).to.equal(true);
      expect(detail.done).to.equal(1);
      expect(detail.total).to.equal(sample().sections!.whatYouCanDo!.steps!.length);
    });
  });

  describe('keyboard', () => {
    it('reaches the steps, the helpline and the questions with Tab, and ticks with Space', async () => {
      const el = await fixture<NoticeDocument>(
        html`<notice-document .notice=${sample()}></notice-document>`,
      );
      await loaded(el);
      const checklist = part(el, 'checklist') as NoticeChecklist;
      const contact = part(el, 'contact') as NoticeContact;
      const faq = part(el, 'faq') as NoticeFaq;
      await Promise.all([loaded(checklist), loaded(contact), loaded(faq)]);
      const reached = new Set<string>();
      let firstBox: HTMLInputElement | undefined;
      for (let step = 0; step < 60 && reached.size < 3; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (!active) continue;
        if (active.matches('[part="checkbox"]')) {
          reached.add('checkbox');
          firstBox ??= active as HTMLInputElement;
        }
        if (active.matches('a[href^="tel:"]')) reached.add('phone');
        if (active.matches('[part="button"]')) reached.add('question');
      }
      expect([...reached].sort()).to.deep.equal(['checkbox', 'phone', 'question']);
      firstBox!.focus();
      await sendKeys({ press: ' ' });
      expect(firstBox!.checked).to.equal(true);
    });
  });

  describe('failure cases', () => {
    it("keeps the page's content and fires notice-error when the file is not JSON", async () => {
      sinon.stub(console, 'error');
      respondWith('<html>not a notice</html>', { status: 200, headers: JSON_HEADERS });
      // Listening before the element exists: an engine may settle the failed request first.
      const failure = oneEvent(document, 'notice-error');
      const el = await fixture<NoticeDocument>(
        html`<notice-document src="/broken.json"><p>Call 1-800-555-0142.</p></notice-document>`,
      );
      const error = (await failure) as unknown as NoticeErrorEvent;
      expect(error.target === el).to.equal(true);
      expect(error.reason).to.contain('not valid JSON');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
      expect(el.textContent).to.contain('1-800-555-0142');
    });
  });
});
