import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/index.js';
import { NoticeErrorEvent } from '../src/events.js';
import { forgetNotices, loaderSettings } from '../src/internal/load.js';
import type { Notice } from '../src/model/notice.types.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import type { NoticeContact } from '../src/notice-contact/notice-contact.js';
import type { NoticeDocument } from '../src/notice-document/notice-document.js';
import type { NoticeFaq } from '../src/notice-faq/notice-faq.js';
import {
  CHUNK_BYTES,
  JSON_HEADERS,
  SAMPLE_URL,
  current,
  loaded,
  part,
  respondWith,
  streamedBody,
} from './helpers.js';

describe('notices from a file (src, notice) on every element', () => {
  let errors: sinon.SinonStub;

  let sample: Notice;

  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
  });

  /**
   * Renders `template` (a `<notice-document>`) with the page's fallback content in it and waits
   * for its `notice-error`; checks that the fallback is what shows.
   */
  async function failureOf(template: TemplateResult) {
    const failure = oneEvent(document, 'notice-error');
    const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
    const el = wrapper.firstElementChild as NoticeDocument;
    el.innerHTML = '<p id="fallback">Read our notice at the front desk.</p>';
    const event = (await failure) as unknown as NoticeErrorEvent;
    expect(event.target === el).to.equal(true);
    await el.updateComplete;
    const fallback = el.querySelector<HTMLElement>('#fallback')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0] === fallback).to.equal(true);
    return { event, el };
  }

  beforeEach(() => {
    forgetNotices();
    localStorage.clear();
    errors = sinon.stub(console, 'error');
    sinon.stub(console, 'warn');
  });

  afterEach(() => {
    sinon.restore();
    loaderSettings.timeoutMs = 10_000;
    document.documentElement.lang = 'en';
  });

  describe('rendering', () => {
    it('fills the banner from the file: title, summary, helpline, link, dates', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner .notice=${current(sample)}></notice-banner>`,
      );
      await loaded(el);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Notice of Data Breach');
      expect(part(el, 'body')!.textContent).to.contain('Quillfeather Scheduling');
      expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+18005550142');
      expect(part(el, 'link')!.getAttribute('href')).to.equal('/notice.html');
      expect(el.matches(':state(warning)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('lets the page’s attributes win over the file', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner
          .notice=${current(sample)}
          heading="Important: a vendor incident"
          severity="critical"
          phone="1-800-555-0199"
        ></notice-banner>`,
      );
      await loaded(el);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Important: a vendor incident');
      expect(el.matches(':state(critical)')).to.equal(true);
      expect(part(el, 'phone')!.textContent).to.equal('1-800-555-0199');
    });

    it('remembers a dismissal under the file’s id and revision', async () => {
      const el = await fixture<NoticeBanner>(
        html`<notice-banner .notice=${current(sample)} dismissible></notice-banner>`,
      );
      await loaded(el);
      part(el, 'dismiss-button')!.click();
      expect(
        localStorage.getItem('clinic-notice:banner-dismissed:2026-11-vendor-incident:1'),
      ).to.match(/^\d{4}-/);
    });

    it('renders the FAQ’s questions from the file, each linkable and openable', async () => {
      const el = await fixture<NoticeFaq>(html`<notice-faq src=${SAMPLE_URL}></notice-faq>`);
      await loaded(el);
      const items = [...el.shadowRoot!.querySelectorAll('notice-faq-item')];
      expect(items.map((item) => item.id)).to.deep.equal(sample.faq!.map((q) => q.id));
      expect(items[1].heading).to.equal('Was my medical record involved?');
      expect(items[1].textContent).to.contain('No. Quillfeather');
      part(el, 'toggle-all')!.click();
      await el.updateComplete;
      expect(items.every((item) => item.open)).to.equal(true);
      location.hash = 'reminders';
      await oneEvent(window, 'hashchange');
      history.replaceState(null, '', location.pathname);
      await expect(el).to.be.accessible();
    });

    it('renders the checklist’s steps from the file and remembers ticks under its id', async () => {
      const el = await fixture<NoticeChecklist>(
        html`<notice-checklist src=${SAMPLE_URL} heading="What you can do"></notice-checklist>`,
      );
      await loaded(el);
      const items = [...el.shadowRoot!.querySelectorAll('notice-checklist-item')];
      const steps = sample.sections!.whatYouCanDo!.steps!.length;
      expect(items.map((item) => item.id)).to.deep.equal(
        sample.sections!.whatYouCanDo!.steps!.map((step) => step.id),
      );
      expect(part(el, 'progress-text')!.textContent).to.equal(`0 of ${steps} steps done`);
      (part(items[2], 'checkbox') as HTMLInputElement).click();
      await el.updateComplete;
      expect(part(el, 'progress-text')!.textContent).to.equal(`1 of ${steps} steps done`);
      expect(
        localStorage.getItem('clinic-notice:checklist:2026-11-vendor-incident:credit-reports'),
      ).to.match(/^\d{4}-/);
      expect(part(items[2], 'link')!.textContent).to.equal('Get your free credit reports');
      await expect(el).to.be.accessible();
    });

    for (const tag of ['notice-faq', 'notice-checklist'] as const) {
      it(`${tag} takes the file's items without scheduling a second update from an update`, async () => {
        // Lit's "scheduled an update after an update completed": an update that a finished one
        // asked for, i.e. a render done twice. Each updated() is checked as it ends.
        const el = document.createElement(tag) as NoticeFaq | NoticeChecklist;
        const after: boolean[] = [];
        const updated = Object.getPrototypeOf(el).updated as (changed: unknown) => void;
        Object.defineProperty(el, 'updated', {
          value(changed: unknown) {
            updated.call(el, changed);
            after.push(el.isUpdatePending);
          },
        });
        el.notice = current(sample);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.append(el);
        await loaded(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll(`${tag}-item`).length).to.be.greaterThan(1);
        expect(after.length, 'updates').to.be.greaterThan(0);
        expect(after, 'an update scheduled by a finished update').to.not.include(true);
      });
    }

    it('fills the contact block from the file, attributes winning', async () => {
      const el = await fixture<NoticeContact>(
        html`<notice-contact src=${SAMPLE_URL} hours="Around the clock"></notice-contact>`,
      );
      await loaded(el);
      expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+18005550142');
      expect(part(el, 'email')!.textContent).to.equal('privacy@larkspurvalley.example');
      expect(part(el, 'hours')!.textContent).to.equal('Around the clock');
      expect(part(el, 'active-until')!.textContent).to.contain('2027');
    });
  });

  describe('one request per file', () => {
    it('shares one request among every element that names the same file', async () => {
      const spy = sinon.spy(window, 'fetch');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <notice-banner src=${SAMPLE_URL}></notice-banner>
          <notice-faq src="/demo/notice.json"></notice-faq>
          <notice-checklist src=${new URL(SAMPLE_URL, location.href).href}></notice-checklist>
          <notice-contact src=${SAMPLE_URL}></notice-contact>
        </div>`,
      );
      await loaded(wrapper.querySelector('notice-contact')!);
      await loaded(wrapper.querySelector('notice-faq')!);
      expect(spy.callCount).to.equal(1);
    });
  });

  describe('languages', () => {
    it('picks the Spanish translation inside lang="es-MX"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es-MX"><notice-banner .notice=${current(sample)}></notice-banner></div>`,
      );
      const el = wrapper.querySelector('notice-banner')!;
      await loaded(el);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Aviso de violación de datos');
      expect(part(el, 'body')!.textContent).to.contain('Una persona no autorizada');
      expect(part(el, 'body')!.getAttribute('lang')).to.equal('es');
    });

    it('falls back field by field to the main language, marked with its lang', async () => {
      const notice = current(sample);
      delete notice.translations!.es!.summary;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es"><notice-banner .notice=${notice}></notice-banner></div>`,
      );
      const el = wrapper.querySelector('notice-banner')!;
      await loaded(el);
      expect(part(el, 'heading')!.textContent!.trim()).to.equal('Aviso de violación de datos');
      expect(part(el, 'body')!.textContent).to.contain('An unauthorized person');
      expect(part(el, 'body')!.getAttribute('lang')).to.equal('en');
      await expect(wrapper).to.be.accessible();
    });

    it('uses the main language for a language without a translation', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr"><notice-contact .notice=${sample}></notice-contact></div>`,
      );
      const el = wrapper.querySelector('notice-contact')!;
      await loaded(el);
      expect(part(el, 'hours')!.textContent).to.equal('Monday to Friday, 8 am to 8 pm');
    });
  });

  describe('failures keep the page’s content and say what went wrong', () => {
    const cases: [string, () => sinon.SinonStub, RegExp, string | undefined][] = [
      ['a 404', () => respondWith('Not found', { status: 404 }), /answered 404/, undefined],
      ['a 500', () => respondWith('Oops', { status: 500 }), /answered 500/, undefined],
      [
        'a network error',
        () => sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch')),
        /request failed/,
        undefined,
      ],
      [
        'truncated JSON',
        () => respondWith('{"id": "x", "rev', { headers: JSON_HEADERS }),
        /not valid JSON/,
        undefined,
      ],
      [
        'a file that breaks the schema',
        () =>
          respondWith(
            JSON.stringify({ ...sample, dates: { ...sample.dates, noticeDate: 'soon' } }),
            { headers: JSON_HEADERS },
          ),
        /dates\.noticeDate should be a date/,
        'dates.noticeDate',
      ],
      [
        'a file far too large',
        () => respondWith(`{"x": "${'a'.repeat(2_000_000)}"}`, { headers: JSON_HEADERS }),
        /larger than 1 MB/,
        undefined,
      ],
      [
        '2.86 MB of multi-byte text in fewer than a million characters',
        () => respondWith(`{"x": "${'漢'.repeat(953_000)}"}`, { headers: JSON_HEADERS }),
        /larger than 1 MB/,
        undefined,
      ],
      [
        'a file served as a web page',
        () =>
          respondWith(JSON.stringify(sample), {
            headers: { 'content-type': 'text/html; charset=utf-8' },
          }),
        /served as "text\/html; charset=utf-8", not JSON; serve it as application\/json/,
        undefined,
      ],
      [
        'a file served with no content type',
        () => respondWith(async () => new Response(new Blob([JSON.stringify(sample)]))),
        /served as no content type, not JSON/,
        undefined,
      ],
      [
        'a redirect to another site',
        () =>
          respondWith(async () => {
            const response = new Response(JSON.stringify(sample), { headers: JSON_HEADERS });
            Object.defineProperty(response, 'url', {
              value: 'https://elsewhere.example/notice.json',
            });
            return response;
          }),
        /redirects to another site/,
        undefined,
      ],
      [
        'no answer before the time-out',
        () => {
          loaderSettings.timeoutMs = 50;
          return sinon
            .stub(window, 'fetch')
            .callsFake(
              (_input, init) =>
                new Promise((_resolve, reject) =>
                  init!.signal!.addEventListener('abort', () =>
                    reject(new DOMException('', 'AbortError')),
                  ),
                ),
            );
        },
        /no answer within 0\.05 seconds/,
        undefined,
      ],
    ];

    for (const [what, serve, reason, path] of cases) {
      it(`on ${what}`, async () => {
        const fetchStub = serve();
        const rejections: unknown[] = [];
        const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
        window.addEventListener('unhandledrejection', onRejection);
        const seen: NoticeErrorEvent[] = [];
        const collect = (event: NoticeErrorEvent) => seen.push(event);
        document.addEventListener('notice-error', collect);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <notice-document src="/broken-notice.json"
              ><p id="fallback">Read our notice at the front desk.</p></notice-document
            >
            <notice-banner src="/broken-notice.json" heading="Fallback heading"
              ><p>Fallback text.</p></notice-banner
            >
          </div>`,
        );
        const doc = wrapper.querySelector('notice-document')!;
        await waitUntil(() => seen.length === 2, 'expected one notice-error per element');
        document.removeEventListener('notice-error', collect);
        const event = seen.find((e) => e.target === doc)!;
        expect(event).to.be.instanceOf(NoticeErrorEvent);
        expect(event.url).to.equal(new URL('/broken-notice.json', location.href).href);
        expect(event.reason).to.match(reason);
        expect(event.path).to.equal(path);
        await doc.updateComplete;
        const fallback = wrapper.querySelector<HTMLElement>('#fallback')!;
        expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(doc.shadowRoot!.querySelector('slot')!.assignedElements()[0] === fallback).to.equal(
          true,
        );
        const banner = wrapper.querySelector('notice-banner')!;
        await waitUntil(() => errors.callCount >= 1);
        await banner.updateComplete;
        expect(part(banner, 'heading')!.textContent!.trim()).to.equal('Fallback heading');
        expect(fetchStub.callCount).to.equal(1); // no retry, one request for both elements
        expect(errors.callCount).to.equal(1);
        expect(String(errors.firstCall.args[0])).to.contain('/broken-notice.json');
        if (path) expect(String(errors.firstCall.args[0])).to.contain(path);
        await new Promise((resolve) => setTimeout(resolve, 20));
        window.removeEventListener('unhandledrejection', onRejection);
        expect(rejections).to.deep.equal([]);
      });
    }

    it('fires notice-error for a notice object that breaks the schema', async () => {
      const el = document.createElement('notice-contact');
      el.phone = '1-800-555-0142';
      setTimeout(() => {
        el.notice = { ...sample, lang: 'english' };
        document.body.append(el);
      });
      const event = (await oneEvent(el, 'notice-error')) as Event as NoticeErrorEvent;
      expect(event.url).to.equal('(notice property)');
      expect(event.path).to.equal('lang');
      expect(part(el, 'phone')!.textContent).to.equal('1-800-555-0142');
      el.remove();
    });
  });

  describe('the byte limit, enforced while the file arrives', () => {
    /** Serves `body` for every request, keeping the request's signal. */
    function serve(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
      const seen: { signal?: AbortSignal } = {};
      sinon.stub(window, 'fetch').callsFake(async (_input, init) => {
        seen.signal = init!.signal!;
        return new Response(body, { headers: { ...JSON_HEADERS, ...headers } });
      });
      return seen;
    }

    it('stops reading an answer without a length soon after 1 MB (of 200 MB)', async function () {
      this.timeout(15_000); // before the fix, reading it all took longer
      const body = streamedBody(200_000_000);
      const request = serve(body.stream);
      const { event } = await failureOf(html`<notice-document src="/huge.json"></notice-document>`);
      expect(event.reason).to.match(/larger than 1 MB/);
      expect(body.seen.cancelled).to.equal(true);
      expect(request.signal!.aborted).to.equal(true);
      expect(body.seen.pulled).to.be.below(loaderSettings.maxBytes + 3 * CHUNK_BYTES);
    });

    it('aborts at once, reading nothing, when the declared length is over 1 MB', async () => {
      const body = streamedBody(5_000_000);
      const request = serve(body.stream, { 'content-length': '5000000' });
      const { event } = await failureOf(html`<notice-document src="/huge.json"></notice-document>`);
      expect(event.reason).to.match(/larger than 1 MB/);
      expect(request.signal!.aborted).to.equal(true);
      expect(body.seen.cancelled).to.equal(true);
      expect(body.seen.pulled).to.be.at.most(2 * CHUNK_BYTES); // what the stream queues up front
    });
  });

  describe('origins: the page’s own, or the one it names in src-origin', () => {
    const VENDOR = 'https://notices.vendor.example';
    const VENDOR_FILE = `${VENDOR}/larkspur/notice.json`;

    function serveSample(url = VENDOR_FILE) {
      return respondWith(async () => {
        const response = new Response(JSON.stringify(sample), { headers: JSON_HEADERS });
        Object.defineProperty(response, 'url', { value: url });
        return response;
      });
    }

    it('refuses a file on another site when the page names none', async () => {
      const fetchStub = serveSample();
      const { event } = await failureOf(
        html`<notice-document src=${VENDOR_FILE}></notice-document>`,
      );
      expect(event.reason).to.contain(`on another site (${VENDOR})`);
      expect(event.reason).to.contain(`src-origin="${VENDOR}"`);
      expect(fetchStub.called).to.equal(false);
    });

    it('loads a file from the site src-origin names, sending no credentials', async () => {
      const fetchStub = serveSample();
      const el = await fixture<NoticeContact>(
        html`<notice-contact src=${VENDOR_FILE} src-origin=${VENDOR}></notice-contact>`,
      );
      await loaded(el);
      expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+18005550142');
      const [url, init] = fetchStub.firstCall.args as [string, RequestInit];
      expect(url).to.equal(VENDOR_FILE);
      expect(init.credentials).to.equal('same-origin');
      expect(init.mode ?? 'cors').to.equal('cors');
    });

    const refusals: [string, string, string | undefined, RegExp][] = [
      [
        'a src-origin that names another site than src',
        VENDOR_FILE,
        'https://other.example',
        /on https:\/\/notices\.vendor\.example, not on https:\/\/other\.example that src-origin names/,
      ],
      [
        'a src-origin that is more than an origin',
        VENDOR_FILE,
        `${VENDOR}/larkspur/`,
        /is not an origin; give the scheme and host only/,
      ],
      [
        'a data: URL',
        'data:application/json,{}',
        undefined,
        /data: URLs are not accepted; publish the notice as a \.json file on http/,
      ],
      ['a javascript: URL', 'javascript:alert(1)', undefined, /javascript: URLs are not accepted/],
      ['a src that is not a URL', 'https://[clinic', undefined, /src is not a URL/],
    ];
    for (const [what, src, srcOrigin, reason] of refusals) {
      it(`refuses ${what}, saying what to do`, async () => {
        const fetchStub = serveSample();
        const { event } = await failureOf(
          html`<notice-document src=${src} src-origin=${srcOrigin ?? nothing}></notice-document>`,
        );
        expect(event.reason).to.match(reason);
        expect(fetchStub.called).to.equal(false);
      });
    }

    it('refuses a data: URL that holds a valid notice (no stub: the browser could fetch it)', async () => {
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(sample))}`;
      const { event } = await failureOf(html`<notice-document src=${src}></notice-document>`);
      expect(event.reason).to.match(/data: URLs are not accepted/);
    });

    it('refuses a blob: URL that holds a valid notice', async () => {
      const blob = new Blob([JSON.stringify(sample)], { type: 'application/json' });
      const src = URL.createObjectURL(blob);
      try {
        const { event } = await failureOf(html`<notice-document src=${src}></notice-document>`);
        expect(event.reason).to.match(/blob: URLs are not accepted/);
      } finally {
        URL.revokeObjectURL(src);
      }
    });

    it('refuses a redirect off the site src-origin names', async () => {
      serveSample('https://elsewhere.example/notice.json');
      const { event } = await failureOf(
        html`<notice-document src=${VENDOR_FILE} src-origin=${VENDOR}></notice-document>`,
      );
      expect(event.reason).to.match(/redirects to another site \(https:\/\/elsewhere\.example/);
    });
  });

  describe('injection', () => {
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      '"><svg onload="window.__pwned=1">',
      '</style><script>window.__pwned=1</script>',
      '[click](javascript:window.__pwned=1)',
      '[click](JaVaScRiPt:window.__pwned=1)',
      '[click](data:text/html,<script>window.__pwned=1</script>)',
      '[click](java\tscript:window.__pwned=1)',
      '&lt;img src=x onerror=window.__pwned=1&gt;',
      '<a href="javascript:window.__pwned=1">x</a>',
      '{{constructor.constructor("window.__pwned=1")()}}',
    ];

    it('executes nothing and links nothing unsafe from any text field', async () => {
      (window as unknown as { __pwned?: number }).__pwned = undefined;
      const notice = structuredClone(sample);
      const poison = payloads.join('\n\n');
      notice.title = poison;
      notice.summary = poison;
      notice.organization.name = poison;
      notice.lawEnforcementDelay = { delayed: true, statement: poison };
      const s = notice.sections!;
      s.whatHappened =
        s.whatWeAreDoing =
        s.otherImportantInformation =
        s.forMoreInformation =
          poison;
      s.informationInvolved!.text = poison;
      s.informationInvolved!.types[0].label = poison;
      s.whatYouCanDo!.text = poison;
      s.whatYouCanDo!.steps![0].title = poison;
      s.whatYouCanDo!.steps![0].detail = poison;
      s.whatYouCanDo!.steps![0].href = 'javascript:window.__pwned=1';
      notice.faq![0].question = poison;
      notice.faq![0].answer = poison;
      notice.contact!.website = 'javascript:window.__pwned=1';
      notice.contact!.hours = poison;
      notice.contact!.postalAddress = poison;
      notice.patientRights = { policeReport: poison, securityFreeze: poison };
      delete notice.translations;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <notice-document .notice=${notice}></notice-document>
          <notice-banner .notice=${current(notice)}></notice-banner>
        </div>`,
      );
      const doc = wrapper.querySelector('notice-document')!;
      await loaded(doc);
      await loaded(wrapper.querySelector('notice-banner')!);
      for (const tag of ['notice-checklist', 'notice-faq', 'notice-contact'] as const) {
        await loaded(doc.shadowRoot!.querySelector(tag)!);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      const roots = [doc, wrapper.querySelector('notice-banner')!];
      const all: Element[] = [];
      const collect = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      roots.forEach((root) => collect(root.shadowRoot!));
      expect(
        all.filter(
          (el) =>
            ['img', 'script', 'svg', 'iframe'].includes(el.localName) &&
            !el.closest('[part="icon"], [part="dismiss-button"]') &&
            el.getAttribute('part') !== 'icon',
        ),
      ).to.deep.equal([]);
      const hrefs = all
        .filter((el) => el.localName === 'a')
        .map((el) => el.getAttribute('href'))
        .filter((href): href is string => href !== null);
      expect(hrefs.filter((href) => !/^(https?:|tel:|mailto:|\/|#)/.test(href))).to.deep.equal([]);
      expect(all.some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.equal(
        false,
      );
    });
  });
});
