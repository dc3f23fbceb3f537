import { expect, waitUntil } from '@open-wc/testing';
import { open, shown, win } from './frames.js';

/**
 * The README's framework and CMS examples in each engine, as built (scripts/build-integrations.mjs
 * bundles integrations/react and integrations/vue against dist/index.js) and served byte for
 * byte: each renders, hears the elements' events and sets their properties; the WordPress block
 * runs beside jQuery and a theme's CSS, with its integrity hash.
 */
let frame: HTMLIFrameElement | undefined;
// A fresh device for each example: the checklist remembers ticks per notice id, per origin.
beforeEach(() => localStorage.clear());
afterEach(() => frame?.remove());

const text = (frame: HTMLIFrameElement, selector: string) =>
  frame.contentDocument!.querySelector(selector)?.textContent ?? '';

for (const [name, label] of [
  ['react', 'React 19'],
  ['vue', 'Vue 3'],
]) {
  describe(label, () => {
    it('renders, hears the events, sets properties', async () => {
      frame = await open(`/${name}/`);
      const dismiss = await shown(frame, '[part="dismiss-button"]', 'the banner');
      dismiss.click();
      await waitUntil(() => text(frame!, '#dismissed') === 'Banner dismissed', 'no notice-dismiss');
      const box = await shown(frame, 'input[type="checkbox"]', 'the checklist');
      box.click();
      await waitUntil(
        () => text(frame!, '#progress') === '1 of 2 done',
        `no notice-check: ${text(frame!, '#progress')}`,
      );
      const checklist = frame.contentDocument!.querySelector('notice-checklist')!;
      expect(
        checklist.shadowRoot!.querySelector('[part="heading"]')!.localName,
        'headingLevel reaches the element',
      ).to.equal('h2');
      expect((checklist as Element & { noticeId?: string }).noticeId).to.equal(
        '2026-11-vendor-incident',
      );
    });
  });
}

describe('WordPress', () => {
  it('runs the Custom HTML block beside jQuery and a theme, with its integrity hash', async () => {
    frame = await open('/wordpress/');
    const banner = frame.contentDocument!.querySelector('notice-banner')!;
    await waitUntil(
      () =>
        banner.shadowRoot?.querySelector('[part="body"]')?.textContent?.includes('Quillfeather') ||
        banner.textContent?.includes('Quillfeather'),
      'the notice file never reached the banner',
      { timeout: 5000 },
    );
    const button = banner.shadowRoot!.querySelector<HTMLElement>('[part="dismiss-button"]')!;
    const view = frame.contentWindow!;
    const height = button.getBoundingClientRect().height;
    // The theme's button rules must not reach the banner.
    expect(height, 'the dismiss button height').to.be.within(24, 80);
    expect(view.getComputedStyle(button).textTransform).not.to.equal('uppercase');
    button.click();
    await waitUntil(() => banner.matches(':state(dismissed)'), 'not dismissed');
    expect(win(frame).__refused).to.deep.equal([]);
    expect(win(frame).__errors).to.deep.equal([]);
  });
});
