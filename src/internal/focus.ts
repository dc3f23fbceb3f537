import { pageActiveElement, pageQuery, pageQueryAll } from './dom.js';

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',');

/**
 * Moves focus to where the patient would have gone next had `host` not been there: the first
 * focusable element after it in document order, else the page's main landmark. Used when an
 * element that holds focus hides itself, so that focus is not lost to `<body>`. The page is read
 * through the DOM's prototypes (`./dom.ts`), so markup such as `<img name="querySelectorAll">`
 * cannot break it.
 */
export function focusPast(host: Element): void {
  for (const candidate of pageQueryAll<HTMLElement>(FOCUSABLE)) {
    if (host.contains(candidate)) continue;
    if (!(host.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.checkVisibility && !candidate.checkVisibility({ visibilityProperty: true })) {
      continue;
    }
    candidate.focus();
    if (pageActiveElement() === candidate) return;
  }
  const main = pageQuery<HTMLElement>('main, [role="main"]');
  if (main) {
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus();
  }
}
