/**
 * The one script tag. It holds Lit, Lit's hydration support (first: it must run before Lit
 * defines `LitElement`, so that elements pre-rendered by `clinic-notice render` keep the server's
 * HTML) and the banner, which nearly every page that has any of the elements shows. The notice
 * page's elements (`<notice-document>`, `<notice-faq>`, `<notice-checklist>`, `<notice-contact>`)
 * are in one file beside it, imported when the first of them appears: in the page, in a shadow
 * root already in it (pre-rendered ones included), in a shadow root made later, or added later.
 * A page with only the banner never downloads them. A tag something else already defined (the
 * npm build) is left alone; loaded twice, the second copy finds nothing left to do.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export {
  NoticeBanner,
  BANNER_SEVERITIES,
  type BannerSeverity,
} from '../notice-banner/notice-banner.js';
export * from '../events.js';
export { registerTranslation } from '../internal/language.js';
export type { PartialStrings, Plural, Strings } from '../translations/en.js';
export type { Notice } from '../model/notice.types.js';

const PAGE_TAGS = [
  'notice-document',
  'notice-faq',
  'notice-faq-item',
  'notice-checklist',
  'notice-checklist-item',
  'notice-contact',
];
const SELECTOR = PAGE_TAGS.join(',');

/** Set once per page, whichever copy of this file runs first. */
const LOADER = Symbol.for('clinic-notice.loader');
const global = globalThis as typeof globalThis & { [LOADER]?: true };

if (!global[LOADER] && typeof document !== 'undefined') {
  global[LOADER] = true;
  let requested = false;

  const load = (): void => {
    if (requested) return;
    requested = true;
    observer.disconnect();
    Element.prototype.attachShadow = attachShadow;
    if (PAGE_TAGS.every((tag) => customElements.get(tag))) return; // the npm build has them
    void import('./notice-page.js');
  };

  /** Whether `root` holds one of the notice page's elements, looking into shadow roots too. */
  const discover = (root: ParentNode): void => {
    if (requested) return;
    if ((root instanceof Element && root.matches(SELECTOR)) || root.querySelector(SELECTOR)) {
      load();
      return;
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });
  const watch = (root: Document | ShadowRoot): void => {
    observer.observe(root, { childList: true, subtree: true });
    discover(root);
  };

  // Shadow roots made later (another component's) are watched too, until the file is asked for.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    if (!requested) observer.observe(root, { childList: true, subtree: true });
    return root;
  };

  watch(document);
}
