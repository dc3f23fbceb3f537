import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { Notice } from '../src/model/notice.types.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeDocument } from '../src/notice-document/notice-document.js';
import { current, deepActive, JSON_HEADERS, loaded, part, useSample } from './helpers.js';

/** `fetch` held until the test lets the notice file through. */
function heldFetch(notice: Notice) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  sinon.stub(window, 'fetch').callsFake(async () => {
    await gate;
    return new Response(JSON.stringify(notice), {
      headers: JSON_HEADERS,
    });
  });
  return release;
}

/**
 * When the notice file arrives it replaces what the page put in the element. A patient whose
 * focus was on that content keeps their place: on the same link in the new content, else at the
 * start of it (WCAG 2.4.3), never thrown back to the top of the page.
 */
describe('focus when the notice file replaces the page’s content', () => {
  const sample = useSample();

  it('moves focus from the fallback’s helpline link to the notice page’s helpline', async () => {
    const release = heldFetch(sample());
    const el = await fixture<NoticeDocument>(
      html`<notice-document src="/notice.json"
        ><p>Questions? Call <a href="tel:+18005550142">1-800-555-0142</a>.</p></notice-document
      >`,
    );
    el.querySelector('a')!.focus();
    release();
    await loaded(el);
    await waitUntil(() => deepActive()?.localName === 'a', 'focus went to the page', {
      timeout: 3000,
    });
    const active = deepActive() as HTMLAnchorElement;
    expect(active.getAttribute('href')!.replace(/\D/g, '')).to.contain('8005550142');
    let root = active.getRootNode() as ShadowRoot | Document;
    const hosts: Element[] = [];
    while ('host' in root) {
      hosts.push(root.host);
      root = root.host.getRootNode() as ShadowRoot | Document;
    }
    expect(hosts.map((host) => host.localName)).to.deep.equal([
      'notice-contact',
      'notice-document',
    ]);
    expect(document.activeElement === el).to.equal(true);
  });

  it('moves focus from the banner’s fallback link to its link to the notice', async () => {
    const release = heldFetch(current(sample()));
    const el = await fixture<NoticeBanner>(
      html`<notice-banner src="/notice.json"
        >Read <a href=${sample().contact!.website!}>the notice</a>.</notice-banner
      >`,
    );
    el.querySelector('a')!.focus();
    release();
    await loaded(el);
    await waitUntil(() => deepActive() === part(el, 'link'), 'focus did not reach the link', {
      timeout: 3000,
    });
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === part(el, 'phone')).to.equal(true);
  });

  it('leaves focus alone when the patient is elsewhere on the page', async () => {
    const release = heldFetch(current(sample()));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="elsewhere">Elsewhere</button>
        <notice-banner src="/notice.json">Read <a href="/notice.html">it</a>.</notice-banner>
      </div>`,
    );
    const button = wrapper.querySelector('button')!;
    button.focus();
    release();
    await loaded(wrapper.querySelector('notice-banner')!);
    expect(document.activeElement === button).to.equal(true);
  });
});
