import type { Notice } from '../src/index.js';
import sample from '../demo/notice.json';

const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A posting window relative to today: `days(-8)` is eight days ago. */
export const days = day;

/** The demo's sample notice (a fictional clinic), its posting window placed around today. */
export function sampleNotice(): Notice {
  const notice = structuredClone(sample) as unknown as Notice;
  notice.dates.postedFrom = day(-8);
  notice.dates.postedUntil = day(82);
  notice.contact!.activeUntil = day(82);
  return notice;
}

/** Waits until a custom element has rendered (and, with `src`/`notice`, until its file has). */
export async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  root: HTMLElement,
  selector: string,
): Promise<T> {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the story`);
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  return element;
}

/** The element's shadow-root node with the given part. */
export function part(element: Element, name: string): HTMLElement {
  const node = element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!node) throw new Error(`no part "${name}" in <${element.localName}>`);
  return node;
}
