import { expect, waitUntil } from '@open-wc/testing';
import { deep, open, scripts, type FrameWindow } from './frames.js';

/**
 * The built script-tag file (dist/cdn/clinic-notice.js) on real pages in each engine, served by
 * web-test-runner.built.config.mjs under the strict policy and loaded twice: it renders, it
 * fetches only what the page uses, and nothing breaks the policy.
 */
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

  it('takes a page’s own words for another language through registerTranslation', async () => {
    frame = await open('/__built/banner-hy.html');
    const doc = frame.contentDocument!;
    await waitUntil(
      () => deep(doc, 'a[part="link"]')?.textContent?.trim() === 'Կարդացեք ամբողջական ծանուցումը',
      'the banner never took the Armenian words',
      { timeout: 5000 },
    );
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
