// What a clinic's real pages and patients' browsers do to the elements: storage that fails,
// hostile values in every attribute and property, and many elements coming and going.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { forgetNotices } from '../src/internal/load.js';
import type { Notice } from '../src/model/notice.types.js';
import type {
  NoticeBanner,
  NoticeChecklist,
  NoticeChecklistItem,
  NoticeContact,
  NoticeErrorEvent,
  NoticeFaqItem,
} from '../src/index.js';
import { JSON_HEADERS, SAMPLE_URL, loaded, part, respondWith } from './helpers.js';

const DISMISSED = 'clinic-notice:banner-dismissed:hardening:1';
const TICKED = 'clinic-notice:checklist:hardening:step-a';

async function bannerAndChecklist() {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <notice-banner notice-id="hardening" heading="Incident" dismissible>Body</notice-banner>
      <notice-checklist notice-id="hardening">
        <notice-checklist-item id="step-a">Step A</notice-checklist-item>
        <notice-checklist-item id="step-b">Step B</notice-checklist-item>
      </notice-checklist>
    </div>`,
  );
  const banner = wrapper.querySelector('notice-banner')!;
  const list = wrapper.querySelector('notice-checklist')!;
  const items = [...list.querySelectorAll('notice-checklist-item')];
  await banner.updateComplete;
  await list.updateComplete;
  await Promise.all(items.map((item) => item.updateComplete));
  return { wrapper, banner, list, items };
}

async function patientActs(
  banner: NoticeBanner,
  list: NoticeChecklist,
  items: NoticeChecklistItem[],
) {
  (part(items[0], 'checkbox') as HTMLInputElement).click();
  await list.updateComplete;
  part(banner, 'dismiss-button')!.click();
  await banner.updateComplete;
}

describe('resilience: storage faults, injection through attributes, churn', () => {
  let uncaught: unknown[];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push('reason' in event ? event.reason : event.error);

  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    localStorage.clear();
    sinon.stub(console, 'warn');
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    sinon.restore();
    localStorage.clear();
  });

  describe('storage faults', () => {
    it('works, remembering nothing, when localStorage throws on access', async () => {
      sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const { banner, list, items } = await bannerAndChecklist();
      await patientActs(banner, list, items);
      expect(getComputedStyle(banner).display).to.equal('none');
      expect(part(list, 'progress-text')!.textContent).to.equal('1 of 2 steps done');
      expect(uncaught).to.deep.equal([]);
    });

    it('works when storage is full, and remembers again once it has room', async () => {
      const setItem = sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('full', 'QuotaExceededError'));
      const first = await bannerAndChecklist();
      await patientActs(first.banner, first.list, first.items);
      expect(getComputedStyle(first.banner).display).to.equal('none');
      expect(first.items[0].checked).to.equal(true);
      expect(localStorage.length).to.equal(0);
      first.wrapper.remove();

      setItem.restore(); // The patient freed some space.
      const second = await bannerAndChecklist();
      expect(getComputedStyle(second.banner).display).not.to.equal('none'); // not remembered then
      await patientActs(second.banner, second.list, second.items);
      expect(localStorage.getItem(DISMISSED)).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(localStorage.getItem(TICKED)).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(uncaught).to.deep.equal([]);
    });

    const garbage = [
      '{"dismissed": tr',
      'true',
      '12345',
      '[]',
      'null',
      '\u0000\uffff',
      'x'.repeat(5000),
    ];
    for (const value of garbage) {
      it(`ignores and keeps a stored value it cannot read: ${JSON.stringify(value.slice(0, 20))}`, async () => {
        localStorage.setItem(DISMISSED, value);
        localStorage.setItem(TICKED, value);
        const { banner, items } = await bannerAndChecklist();
        expect(getComputedStyle(banner).display).not.to.equal('none');
        expect(items[0].checked).to.equal(false);
        expect(localStorage.getItem(DISMISSED)).to.equal(value);
        expect(localStorage.getItem(TICKED)).to.equal(value);
        expect(uncaught).to.deep.equal([]);
      });
    }
  });

  describe('injection through attributes and properties', () => {
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '"><script>window.__pwned=1</script>',
      "'><svg onload=window.__pwned=1>",
      '</style><img src=x onerror=window.__pwned=1>',
      'javascript:window.__pwned=1',
      ' JaVaScRiPt:window.__pwned=1',
      'java\nscript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
      '&#106;avascript:window.__pwned=1',
      '${window.__pwned=1}',
    ];

    it('executes nothing and links nothing unsafe', async () => {
      (window as unknown as { __pwned?: number }).__pwned = undefined;
      const errors = sinon.stub(console, 'error');
      for (const payload of payloads) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <notice-banner
              notice-id=${payload}
              revision=${payload}
              severity=${payload}
              heading=${payload}
              href=${payload}
              link-text=${payload}
              phone=${payload}
              posted=${payload}
              expires=${payload}
              updated=${payload}
              dismissible
            ></notice-banner>
            <notice-faq heading-level=${payload}
              ><notice-faq-item id="x" heading=${payload}>Answer</notice-faq-item></notice-faq
            >
            <notice-checklist notice-id=${payload} heading=${payload}>
              <notice-checklist-item
                id=${payload}
                href=${payload}
                link-text=${payload}
                phone=${payload}
                >Step</notice-checklist-item
              >
            </notice-checklist>
            <notice-contact
              heading=${payload}
              phone=${payload}
              email=${payload}
              website=${payload}
              website-text=${payload}
              address=${payload}
              hours=${payload}
              active-until=${payload}
            ></notice-contact>
            <notice-document
              heading-level=${payload}
              src=${'data:application/json,' + encodeURIComponent('{}')}
              ><p>Fallback</p></notice-document
            >
          </div>`,
        );
        const elements = [
          ...wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*'),
        ].filter((el) => el.localName.startsWith('notice-'));
        await Promise.all(elements.map((el) => el.updateComplete));
        const banner = wrapper.querySelector('notice-banner')!;
        banner.linkText = payload; // slot-less property
        await banner.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
        const inShadow = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('*')]);
        const links = inShadow
          .filter((el) => el.localName === 'a')
          .map((a) => a.getAttribute('href')!);
        // A relative URL, however odd, stays on the clinic's site; what matters is the scheme,
        // read as the browser reads it (control characters and spaces dropped).
        const schemes = links
          // eslint-disable-next-line no-control-regex
          .map((href) => /^([a-z][a-z\d+.-]*):/i.exec(href.replace(/[\u0000-\u0020]/g, ''))?.[1])
          .filter(
            (scheme) =>
              scheme && !['https', 'http', 'tel', 'mailto'].includes(scheme.toLowerCase()),
          );
        expect(schemes, payload).to.deep.equal([]);
        expect(
          inShadow.filter((el) => ['img', 'script', 'iframe', 'object'].includes(el.localName)),
          payload,
        ).to.deep.equal([]);
        expect(
          inShadow.some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))),
          payload,
        ).to.equal(false);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
      // The document's data: URL is refused, and the console says so (once per page load).
      await waitUntil(() => errors.called, 'no console error for the data: URL');
      expect(String(errors.firstCall.args[0])).to.contain('data: URLs are not accepted');
    });
  });

  describe('DOM clobbering: markup that shadows the document’s own properties', () => {
    // Named access on `document` wins over its properties: with these images on the page,
    // `document.baseURI`, `document.querySelectorAll`… are the images. A CMS can put them anywhere.
    const NAMES = ['baseURI', 'querySelector', 'querySelectorAll', 'activeElement'];
    let images: HTMLImageElement[];

    beforeEach(() => {
      forgetNotices();
      sinon.stub(console, 'error');
      images = NAMES.map((name) => {
        const image = document.createElement('img');
        image.name = name;
        image.alt = '';
        document.body.append(image);
        return image;
      });
      const clobbered = document as unknown as Record<string, unknown>;
      expect(NAMES.every((name) => clobbered[name] instanceof HTMLImageElement)).to.equal(true);
    });

    afterEach(() => images.forEach((image) => image.remove()));

    it('loads a notice file from src', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact src=${SAMPLE_URL}></notice-contact>`,
      );
      await loaded(el);
      expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+18005550142');
      expect(uncaught).to.deep.equal([]);
    });

    it('fires notice-error, not an uncaught error, for a file it cannot use', async () => {
      // The server's answer, stubbed: the test runner would print a real 404 as a fault.
      respondWith('Not found', { status: 404 });
      const failure = oneEvent(document, 'notice-error');
      await fixture(html`<notice-contact src="/no-such-notice.json"></notice-contact>`);
      const event = (await failure) as unknown as NoticeErrorEvent;
      expect(event.reason).to.match(/answered 404/);
      expect(uncaught).to.deep.equal([]);
      expect(String((console.error as sinon.SinonStub).firstCall.args[0])).to.contain(
        'the server answered 404',
      );
    });

    it('moves focus past a dismissed banner', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <notice-banner notice-id="clobbered" heading="Incident" dismissible>Body</notice-banner>
          <a id="after" href="#after">After</a>
        </div>`,
      );
      const banner = wrapper.querySelector<NoticeBanner>('notice-banner')!;
      await banner.updateComplete;
      part(banner, 'dismiss-button')!.focus();
      part(banner, 'dismiss-button')!.click();
      await banner.updateComplete;
      expect(getComputedStyle(banner).display).to.equal('none');
      expect(wrapper.querySelector('#after')!.matches(':focus')).to.equal(true);
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('many instances and churn', () => {
    it('leaves no hashchange or storage listener behind after 50 of each come and go', async () => {
      const live = new Set<unknown>();
      const add = window.addEventListener.bind(window);
      const remove = window.removeEventListener.bind(window);
      sinon
        .stub(window, 'addEventListener')
        .callsFake((type: string, listener: unknown, options?: unknown) => {
          if (type === 'hashchange' || type === 'storage') live.add(listener);
          add(type, listener as EventListener, options as AddEventListenerOptions);
        });
      sinon
        .stub(window, 'removeEventListener')
        .callsFake((type: string, listener: unknown, options?: unknown) => {
          if (type === 'hashchange' || type === 'storage') live.delete(listener);
          remove(type, listener as EventListener, options as EventListenerOptions);
        });
      const start = live.size;
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      for (let i = 0; i < 50; i++) {
        a.insertAdjacentHTML(
          'beforeend',
          `<notice-banner notice-id="churn-${i}" heading="Banner ${i}" dismissible>Body</notice-banner>
           <notice-faq><notice-faq-item id="q-${i}" heading="Question ${i}">Answer</notice-faq-item>
             <notice-faq-item heading="Another ${i}">Answer</notice-faq-item></notice-faq>
           <notice-checklist notice-id="churn-${i}"><notice-checklist-item id="s-${i}">Step</notice-checklist-item></notice-checklist>`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve));
      const during = live.size;
      for (let round = 0; round < 3; round++) {
        b.append(...a.children); // moved: disconnected and connected again
        a.append(...b.children);
        await new Promise((resolve) => setTimeout(resolve));
      }
      expect(live.size).to.equal(during);
      a.remove();
      b.remove();
      await new Promise((resolve) => setTimeout(resolve));
      expect(during).to.be.at.least(start + 150); // each banner, FAQ item and checklist listens
      expect(live.size).to.equal(start);
      expect(uncaught).to.deep.equal([]);
    });

    it('makes one request for 50 elements that name the same file', async () => {
      forgetNotices();
      const notice = (await (await fetch('/demo/notice.json')).json()) as Notice;
      const fetchStub = sinon
        .stub(window, 'fetch')
        .callsFake(async () => new Response(JSON.stringify(notice), { headers: JSON_HEADERS }));
      const wrapper = document.createElement('div');
      for (let i = 0; i < 50; i++) {
        wrapper.append(
          document.createElement(['notice-faq', 'notice-contact', 'notice-checklist'][i % 3]),
        );
        (wrapper.lastElementChild as HTMLElement).setAttribute('src', '/shared-notice.json');
      }
      document.body.append(wrapper);
      const last = wrapper.lastElementChild as HTMLElement & { noticeView?: unknown };
      await waitUntil(() => last.noticeView !== undefined);
      expect(fetchStub.callCount).to.equal(1);
      const item = wrapper
        .querySelector('notice-faq')!
        .shadowRoot!.querySelector<NoticeFaqItem>('notice-faq-item');
      expect(item).not.to.equal(null);
      wrapper.remove();
    });
  });
});
