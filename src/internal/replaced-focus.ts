import type { ReactiveController, ReactiveElement } from 'lit';
import { pageActiveElement } from './dom.js';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** What makes two links the same for a patient: the digits they dial, or where they lead. */
function sameTarget(a: Element, b: Element): boolean {
  const [x, y] = [a.getAttribute('href'), b.getAttribute('href')];
  if (!x || !y) return false;
  const dialled = (href: string) => (/^tel:/i.test(href) ? href.replace(/\D/g, '') : undefined);
  const [dx, dy] = [dialled(x), dialled(y)];
  if (dx !== undefined || dy !== undefined) return dx === dy || (dx ?? '').endsWith(dy ?? '-');
  return (a as HTMLAnchorElement).href === (b as HTMLAnchorElement).href;
}

/** Every element in `root` and in the open shadow roots inside it. */
function* deep(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

/**
 * Keeps the patient's place when a notice file replaces what the page put in the element: if
 * focus was on the page's own content (a helpline link in the fallback text, a step) and that
 * content is no longer shown, focus moves to the same link in the new content, else to the first
 * thing that can take focus there (WCAG 2.4.3). Focus elsewhere on the page is never touched.
 */
export class ReplacedFocusController implements ReactiveController {
  private focused?: HTMLElement;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const active = pageActiveElement();
    this.focused =
      active instanceof HTMLElement && active !== this.host && this.host.contains(active)
        ? active
        : undefined;
  }

  hostUpdated(): void {
    const lost = this.focused;
    this.focused = undefined;
    if (!lost || lost.checkVisibility?.() !== false) return;
    // Only when focus went nowhere (to <body>): a patient who moved on is left alone.
    const now = pageActiveElement();
    if (now && now !== lost && now.localName !== 'body') return;
    void this.restore(lost);
  }

  private async restore(lost: HTMLElement): Promise<void> {
    // Elements inside (a contact block in the notice page) may render a moment later.
    for (let attempt = 0; attempt < 3; attempt++) {
      const candidates = [...deep(this.host.renderRoot)].filter(
        (el): el is HTMLElement => el instanceof HTMLElement && el.matches(FOCUSABLE),
      );
      const same = candidates.find((el) => sameTarget(el, lost));
      if (same || attempt === 2) {
        (same ?? candidates[0])?.focus();
        return;
      }
      await Promise.all(
        [...deep(this.host.renderRoot)].map(
          (el) => (el as Partial<ReactiveElement>).updateComplete,
        ),
      );
    }
  }
}
