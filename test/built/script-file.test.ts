import { expect, waitUntil } from '@open-wc/testing';

/**
 * The built script-tag file (dist/cdn/clinic-notice.js) on real pages in each engine, served by
 * web-test-runner.built.config.mjs under the strict policy and loaded twice: it renders, it
 * fetches only what the page uses, and nothing breaks the policy.
 */
type FrameWindow = Window & { __violations: string[] };

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = 'inline-size: 800px; block-size: 900px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = path;
  });
  return frame;
}

/** The element's shadow-root node matching `selector`, looking into nested shadow roots. */
function deep(root: ParentNode, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot && deep(el.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/** The script files the page fetched, by name. */
const scripts = (frame: HTMLIFrameElement) =>
  [
    ...new Set(
      frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
        .filter((name) => name.endsWith('.js') && !name.startsWith('__')),
    ),
  ].sort();

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

describe('the built script-tag file', () => {
  it('renders a banner page from the one file, fetching nothing else, within the policy', async () => {
    frame = await open('/__built/banner-en.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => deep(doc, 'a[part="phone"]'), 'the banner never rendered', {
      timeout: 5000,
    });
    expect(deep(doc, '[part="heading"]')!.textContent!.trim()).to.equal('Data security incident');
    expect(scripts(frame)).to.deep.equal(['clinic-notice.js', 'watch.js']);
    expect((frame.contentWindow as FrameWindow).__violations).to.deep.equal([]);
  });

  it('loads the notice page elements, the checker and the localizer when the page has them', async () => {
    frame = await open('/__built/all-en.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => deep(doc, 'notice-faq-item'), 'the notice page never rendered', {
      timeout: 5000,
    }).catch((error: Error) => {
      const win = frame!.contentWindow as FrameWindow & { __errors: string[] };
      const facts = [
        `fetched ${scripts(frame!).join(', ')}`,
        `defined ${Boolean(win.customElements.get('notice-document'))}`,
        `root ${Boolean(doc.querySelector('notice-document')?.shadowRoot)}`,
        `errors ${win.__errors.join(' / ')}`,
        ...win.performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('clinic-notice')),
      ];
      throw new Error(`${error.message}; ${facts.join('; ')}`);
    });
    await waitUntil(() => deep(doc, 'notice-banner a[part="phone"], a[part="phone"]'));
    const fetched = scripts(frame).join(' ');
    for (const part of ['notice-page', 'notice-support', 'localize']) {
      expect(fetched, part).to.match(new RegExp(`clinic-notice\\.${part}-`));
    }
    expect(fetched).not.to.match(/clinic-notice\.es-/);
    expect((frame.contentWindow as FrameWindow).__violations).to.deep.equal([]);
  });

  it('loads the Spanish words for a page in Spanish, and speaks it', async () => {
    frame = await open('/__built/banner-es.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => deep(doc, 'a[part="link"]'), 'the banner never rendered', {
      timeout: 5000,
    });
    expect(deep(doc, 'a[part="link"]')!.textContent!.trim()).to.equal('Lea el aviso completo');
    expect(scripts(frame).join(' ')).to.match(/clinic-notice\.es-/);
    expect((frame.contentWindow as FrameWindow).__violations).to.deep.equal([]);
  });
});
