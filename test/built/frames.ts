import { waitUntil } from '@open-wc/testing';

/**
 * Helpers of the built-file suites: each opens a real page in a frame of the test page (same
 * origin, so the test reads its DOM, its resource timing and what its watch script noted).
 */
export type FrameWindow = Window & {
  __violations: string[];
  __errors: string[];
  __refused: string[];
};

export async function open(path: string): Promise<HTMLIFrameElement> {
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

export const win = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;

/** The first node matching `selector` in `root` or any shadow root within it. */
export function deep(root: ParentNode, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot && deep(el.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/** Waits for `selector` (through shadow roots) in the frame's page, and gives it. */
export async function shown(frame: HTMLIFrameElement, selector: string, what: string) {
  await waitUntil(() => deep(frame.contentDocument!, selector), `${what} never rendered`, {
    timeout: 5000,
  });
  return deep(frame.contentDocument!, selector) as HTMLElement;
}

/** The script files the page fetched, by name. */
export const scripts = (frame: HTMLIFrameElement) =>
  [
    ...new Set(
      frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
        .filter((name) => name.endsWith('.js') && !name.startsWith('__')),
    ),
  ].sort();
