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
 * element that holds focus hides itself, so that focus is not lost to `<body>`.
 */
export function focusPast(host: Element): void {
  for (const candidate of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (host.contains(candidate)) continue;
    if (!(host.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.checkVisibility && !candidate.checkVisibility({ visibilityProperty: true })) {
      continue;
    }
    candidate.focus();
    if (document.activeElement === candidate) return;
  }
  const main = document.querySelector<HTMLElement>('main, [role="main"]');
  if (main) {
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus();
  }
}
