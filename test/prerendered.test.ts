// Lit's hydration support first, before anything loads Lit, as in the script-tag file.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Notice } from '../src/model/notice.types.js';

/**
 * The pre-rendered elements, as `clinic-notice render` writes them (test/fixtures/prerendered.ts
 * renders them from the sources on the server), hydrated in each engine: the server's nodes stay,
 * nothing moves, and the elements work.
 */
const fixtures = (await (await fetch('/__prerendered.json')).json()) as Record<string, string>;
const notice = JSON.parse(fixtures.notice!) as Notice;
/** How many protective steps the sample gives. */
const steps = notice.sections!.whatYouCanDo!.steps!.length;

/** Every error hydration could throw: uncaught, or from an update's promise. */
const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const inner = (host: Element | null | undefined, selector: string) =>
  host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Every element in `root`, shadow roots included. */
const deep = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? deep(el.shadowRoot) : []),
  ]);

/** Waits until every element has finished its updates (hydration, then the one after it). */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      deep(root)
        .filter((el) => el.localName.startsWith('notice-'))
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Parses pre-rendered HTML (declarative shadow roots and all) into the page. */
function place(html: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(html);
  return host;
}

/** The nodes hydration must keep, and where the page's parts sit. */
function snapshot(host: HTMLElement) {
  const doc = host.querySelector('notice-document');
  const faq = inner(doc, 'notice-faq');
  const checklist = inner(doc, 'notice-checklist');
  const contact = inner(doc, 'notice-contact');
  const nodes = {
    title: inner(doc, 'h1'),
    question: inner(inner(faq, 'notice-faq-item'), 'button'),
    box: inner(inner(checklist, 'notice-checklist-item'), 'input'),
    progress: inner(checklist, '[part="progress-text"]'),
    helpline: inner(contact, 'a[part="phone"]'),
  };
  const places = Object.fromEntries(
    Object.entries(nodes).map(([name, node]) => {
      const box = node?.getBoundingClientRect();
      return [name, box && { top: box.top, height: box.height }];
    }),
  );
  return { nodes, places, height: host.getBoundingClientRect().height };
}

let host: HTMLElement;

afterEach(() => {
  host?.remove();
  localStorage.clear();
  expect(errors, 'errors while hydrating').to.deep.equal([]);
});

describe('pre-rendered elements', () => {
  it('hydrate the notice page in place: the same nodes, nothing moves', async () => {
    host = place(fixtures['document-en']!);
    const before = snapshot(host);
    for (const [name, node] of Object.entries(before.nodes)) expect(node, name).to.exist;
    expect(before.nodes.progress!.textContent).to.contain(`0 of ${steps} steps done`);
    // The elements arrive: the first time in this page, so hydration is what upgrades them.
    await import('../src/index.js');
    await settle(host);
    const after = snapshot(host);
    for (const name of Object.keys(before.nodes) as (keyof typeof before.nodes)[]) {
      expect(after.nodes[name] === before.nodes[name], `${name} is the server's node`).to.be.true;
    }
    expect(after.places).to.deep.equal(before.places);
    expect(after.height).to.equal(before.height);
  });

  it('work once hydrated: an answer opens from the keyboard, a step ticks', async () => {
    host = place(fixtures['document-en']!);
    await settle(host);
    const { nodes } = snapshot(host);
    const item = nodes.question!.getRootNode() as ShadowRoot;
    const answer = inner(item.host, '[part="content"]')!;
    expect(answer.hasAttribute('hidden')).to.be.true;
    nodes.question!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(host);
    expect(nodes.question!.getAttribute('aria-expanded')).to.equal('true');
    expect(answer.hasAttribute('hidden')).to.be.false;
    nodes.box!.click();
    await settle(host);
    expect(nodes.progress!.textContent).to.contain(`1 of ${steps} steps done`);
    await expect(host.querySelector('notice-document')).to.be.accessible();
  });

  it('hydrate the Spanish page in Spanish', async () => {
    host = place(fixtures['document-es']!);
    const before = snapshot(host);
    await settle(host);
    const after = snapshot(host);
    expect(after.nodes.title === before.nodes.title).to.be.true;
    expect(after.nodes.title!.textContent).to.equal('Aviso de violación de datos');
    expect(after.nodes.progress!.textContent).to.contain(`0 de ${steps}`);
    expect(after.height).to.equal(before.height);
  });

  it('keep the dates the server wrote, and write them again for another language', async () => {
    // Formatting the first date costs a phone tens of milliseconds (the language's calendar
    // data): hydration keeps the server's words for the same dates instead.
    const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    let formatted = 0;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      ...descriptor,
      get() {
        formatted++;
        return descriptor.get!.call(this);
      },
    });
    try {
      host = place(fixtures['document-en']!);
      const doc = host.querySelector('notice-document')!;
      const times = () => deep(host).filter((el) => el.localName === 'time');
      const before = times().map((time) => time.textContent);
      expect(before.length, 'dates on the page').to.be.above(0);
      await settle(host);
      expect(formatted, 'dates formatted while hydrating').to.equal(0);
      expect(times().map((time) => time.textContent)).to.deep.equal(before);
      doc.setAttribute('lang', 'es');
      await settle(host);
      expect(formatted, 'dates formatted for Spanish').to.be.above(0);
      const spanish = times().map((time) => time.textContent);
      expect(spanish.join(' ')).to.match(
        / de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/,
      );
      expect(spanish).not.to.deep.equal(before);
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', descriptor);
    }
  });

  it('hydrate the banner in place, and it dismisses', async () => {
    host = place(fixtures['banner-en']!);
    const banner = host.querySelector('notice-banner')!;
    const phone = inner(banner, 'a[part="phone"]');
    const height = banner.getBoundingClientRect().height;
    await settle(host);
    expect(inner(banner, 'a[part="phone"]') === phone).to.be.true;
    expect(banner.getBoundingClientRect().height).to.equal(height);
    inner(banner, '[part="dismiss-button"]')!.click();
    await settle(host);
    expect(inner(banner, 'section')).to.be.null;
  });

  it('apply a remembered dismissal once hydrated', async () => {
    const key = `banner-dismissed:${encodeURIComponent(notice.id)}:${encodeURIComponent(String(notice.revision))}`;
    localStorage.setItem(`clinic-notice:${key}`, new Date().toISOString());
    host = place(fixtures['banner-es']!);
    const banner = host.querySelector('notice-banner')!;
    expect(inner(banner, 'section'), 'the server wrote the banner').to.exist;
    await settle(host);
    expect(inner(banner, 'section'), 'the patient dismissed it').to.be.null;
    expect(banner.matches(':state(dismissed)')).to.be.true;
  });
});
