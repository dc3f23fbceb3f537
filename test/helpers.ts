/** Shared by the element tests. */
import { waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { forgetNotices } from '../src/internal/load.js';
import { loadAllWords } from '../src/internal/language.js';
import { loadNoticeSupport } from '../src/internal/notice-source.js';
import type { Notice } from '../src/model/notice.types.js';

// What a page loads on demand (the notice-file support the first time an element is given a
// notice, Spanish words the first time an element is in Spanish) is there from the start: the
// tests time their updates as they did when it was part of every page. test/prerendered.test.ts
// and the end-to-end suites load them as a page does.
await loadNoticeSupport();
await loadAllWords();

/** The element's shadow-root node with the given part name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The computed value of a system colour (`CanvasText`, `ButtonText` …) in the current mode. */
export function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const agent = navigator.userAgent;
/** The engine the suite is running in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = agent.includes('Firefox/')
  ? 'firefox'
  : agent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/**
 * `it` for a test that drives the browser through Chromium's DevTools protocol (`emulateMedia`
 * for print, forced colours and reduced motion; `setViewport`). Firefox (WebDriver BiDi) and
 * WebKit (WebDriver classic) have no such command, so there the test is skipped, saying why.
 */
export function itWithDevTools(name: string, test: Mocha.Func): void {
  if (engine === 'chromium') it(name, test);
  else
    it.skip(
      `${name} [skipped in ${engine}: emulateMedia/setViewport need Chromium's DevTools protocol]`,
      test,
    );
}

/** Undoes an `emulateMedia`/`setViewport` where they exist; nothing elsewhere. */
export async function resetEmulation(reset: () => Promise<unknown>): Promise<void> {
  if (engine === 'chromium') await reset();
}

// Notices from a file -------------------------------------------------------------------------

/** The built-in sample notice, as the test server serves it. */
export const SAMPLE_URL = '/demo/notice.json';

/** A copy of `notice` with its posting window around today, so the banner shows. */
export function current(notice: Notice): Notice {
  const copy = structuredClone(notice);
  const day = (offset: number) => {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    return date.toISOString().slice(0, 10);
  };
  copy.dates.postedFrom = day(-8);
  copy.dates.postedUntil = day(82);
  return copy;
}

/** The element's shadow-root text, white space collapsed. */
export const shadowText = (el: Element) =>
  (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element has rendered from its notice. */
export async function loaded(
  el: Element & { noticeView?: unknown; updateComplete: Promise<boolean> },
): Promise<void> {
  await waitUntil(() => el.noticeView !== undefined, 'the notice did not load', { timeout: 3000 });
  await el.updateComplete;
}

/** Makes `fetch` answer every request with `body` (or what the function returns). */
export function respondWith(body: string | (() => Promise<Response>), init: ResponseInit = {}) {
  return sinon
    .stub(window, 'fetch')
    .callsFake(async () => (typeof body === 'function' ? body() : new Response(body, init)));
}

/** The headers a server sends with a `.json` file. */
export const JSON_HEADERS = { 'content-type': 'application/json' };

/** How much a `streamedBody` hands out per read. */
export const CHUNK_BYTES = 64 * 1024;

/**
 * A response body of `total` bytes (spaces), made only as it is read, that counts how many bytes
 * were pulled from it and whether it was cancelled: for checking that a reader stops early.
 */
export function streamedBody(total: number) {
  const chunk = new Uint8Array(CHUNK_BYTES).fill(0x20);
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      seen.pulled += chunk.byteLength;
      controller.enqueue(chunk.slice());
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The hooks a suite of notice-file tests shares: the sample notice fetched once, and before each
 * test no cached request, empty storage and silenced authoring warnings. Returns the sample.
 */
export function useSample(): () => Notice {
  let sample: Notice | undefined;
  before(async () => {
    sample = await (await fetch(SAMPLE_URL)).json();
  });
  beforeEach(() => {
    forgetNotices();
    localStorage.clear();
    sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());
  return () => sample!;
}

/** The first text node under `root` (shadow roots' slots' fallback included) with words in it. */
function firstText(root: Node): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.textContent!.trim() && !(node.parentElement?.className === 'visually-hidden')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP,
  });
  const text = walker.nextNode();
  if (!text) throw new Error('no text');
  return text as Text;
}

/**
 * Where a text's first line sits: the left and right of its glyphs, and its baseline, worked
 * out from the line's box and its font's ascent and descent (the box spans both), so that two
 * texts of different sizes can be compared.
 */
function textBox(text: Text): { left: number; right: number; baseline: number } {
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = range.getClientRects()[0]!;
  const style = getComputedStyle(text.parentElement!);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = context.measureText(
    text.textContent!,
  );
  return {
    left: line.left,
    right: line.right,
    baseline: line.top + (line.height * ascent) / (ascent + descent),
  };
}

/** The first line of the first words under `root` (see `textBox`). */
export const firstLine = (root: Node) => textBox(firstText(root));
