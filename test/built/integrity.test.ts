import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { deep, open, scripts, shown, win } from './frames.js';

/**
 * Subresource Integrity in each engine, on the bytes the build wrote: the script tag's hash (the
 * value in clinic-notice.js.sri) lets the file run and a changed file not; the import map's
 * hashes (dist/cdn/integrity.json) cover the files the script imports on demand.
 */
let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

describe('integrity', () => {
  it('runs the script tag and the files it imports when their hashes match', async () => {
    frame = await open('/__raw/integrity.html');
    await shown(frame, 'notice-banner a[part="phone"], a[part="phone"]', 'the banner');
    await shown(frame, 'notice-faq-item', 'the notice page');
    const fetched = scripts(frame).join(' ');
    expect(fetched).to.match(/clinic-notice\.notice-page-/);
    expect(win(frame).__refused).to.deep.equal([]);
    expect(win(frame).__violations).to.deep.equal([]);
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('refuses a script-tag file whose bytes differ from its hash, and the page keeps its fallback', async () => {
    frame = await open('/__raw/integrity-tag-changed.html');
    await waitUntil(() => win(frame!).__refused.length > 0, 'the file was not refused', {
      timeout: 5000,
    });
    expect(win(frame).__refused.join(' ')).to.match(/clinic-notice\.js$/);
    expect(win(frame).customElements.get('notice-banner')).to.equal(undefined);
    const fallback = frame.contentDocument!.querySelector('notice-banner p')!;
    expect(fallback.getBoundingClientRect().height, 'the fallback text shows').to.be.above(0);
  });

  it('refuses an imported file whose bytes differ from the hash the import map gives', async () => {
    frame = await open('/__raw/integrity-import-changed.html');
    // The banner is in the file the tag names, whose hash matches: it runs.
    await shown(frame, 'notice-banner a[part="phone"], a[part="phone"]', 'the banner');
    await waitUntil(
      () => win(frame!).__errors.length > 0 || win(frame!).__refused.length > 0,
      'the notice page file was not refused',
      { timeout: 5000 },
    );
    await aTimeout(200);
    expect(deep(frame.contentDocument!, 'notice-faq-item'), 'no notice page rendered').to.equal(
      null,
    );
    expect(win(frame).customElements.get('notice-document')).to.equal(undefined);
    const fallback = frame.contentDocument!.querySelector('notice-document p')!;
    expect(fallback.getBoundingClientRect().height, 'the fallback text shows').to.be.above(0);
  });
});
