import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { engine } from './helpers.js';

type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };

// The markup the README documents (light-DOM content plus its "before the script loads" rules,
// test/fixtures/before-defined.css) must not move anything when the elements upgrade, even when the
// script runs only after the first paint, as on a slow phone.
const measured = engine === 'chromium' ? it : it.skip;
const reason = engine === 'chromium' ? '' : ` [skipped in ${engine}: no layout-shift entries]`;

describe('layout shift', () => {
  measured(`moves nothing when the elements upgrade after the first paint${reason}`, async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="Layout shift"
        src="/test/fixtures/layout-shift.html"
        style="inline-size: 800px; block-size: 900px; border: 0"
      ></iframe>`,
    );
    if (frame.contentDocument?.readyState !== 'complete') await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & { upgraded?: boolean; shifts: Shift[] };
    await waitUntil(() => win.upgraded, 'the library never loaded', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const moved = win.shifts.flatMap((shift) =>
      shift.sources.map(
        (source) =>
          `${(source.node as Element)?.id || source.node?.nodeName} ${JSON.stringify((source as unknown as { previousRect: DOMRect }).previousRect)} -> ${JSON.stringify((source as unknown as { currentRect: DOMRect }).currentRect)}`,
      ),
    );
    expect(moved, 'elements that moved').to.deep.equal([]);
    expect(win.shifts.reduce((sum, shift) => sum + shift.value, 0)).to.equal(0);
  });
});
