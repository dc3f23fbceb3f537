import { isServer, type PropertyValues, type PropertyDeclarations } from 'lit';
import { NoticeErrorEvent } from '../events.js';
import type { LocalizedNotice } from '../model/localize.js';
import type { Notice } from '../model/notice.types.js';
import { NoticeLoadError } from './load-error.js';
import { NoticeElement } from './notice-element.js';
import { ReplacedFocusController } from './replaced-focus.js';

type Checker = typeof import('./notice-support.js');
type Localizer = typeof import('../model/localize.js');

/**
 * What reading a notice takes, loaded on demand (each once per page): the checker (fetching a
 * file and checking it against the schema) for a `src` or a `notice` object, and the localizer
 * (the notice in the reader's language) for a notice with translations. A banner given its
 * words as attributes loads neither; a pre-rendered page, whose notice `clinic-notice render`
 * checked (and left with only the translation the page reads), loads at most the localizer.
 */
let checker: Checker | undefined;
let localizer: Localizer | undefined;
let checking: Promise<Checker> | undefined;
let localizing: Promise<Localizer> | undefined;

const loadChecker = () =>
  (checking ??= import('./notice-support.js').then((loaded) => (checker = loaded)));
const loadLocalizer = () =>
  (localizing ??= import('../model/localize.js').then((loaded) => (localizer = loaded)));

/** Whether `notice` has translations: only then does showing it take the localizer. */
function translated(notice: Notice): boolean {
  // `Object()`: an unchecked notice may hold anything there (the checker then refuses it).
  return Object.keys(Object(notice.translations)).length > 0;
}

/** Notices already checked, or written by `clinic-notice render` (which checked them). */
const checked = new WeakSet<object>();

/**
 * Loads both, for the server renderer, which renders synchronously (and for tests that time
 * their updates as if both were always there).
 */
export function loadNoticeSupport(): Promise<unknown> {
  return Promise.all([loadChecker(), loadLocalizer()]);
}

const NOTICE_PROPERTY = '(notice property)';
const NOTICE_IN_PAGE = '(notice in the page)';

/** For each setting, how to read it from the notice file. */
export type FromFile<E, K extends keyof E> = {
  [P in K]: (notice: LocalizedNotice) => E[P] | undefined;
};

/**
 * @fires {NoticeErrorEvent} notice-error - The notice file (`src`) or `notice` object could not be
 *   used: on another site without `src-origin`, not fetched, not served as JSON, over 1 MB, not
 *   valid JSON, or not valid against the schema; `reason` says which. The page's content stays.
 *
 * The base of every element that can read a notice file: it gives `src` and `notice`, loads and
 * checks the notice, re-renders with it, and on any failure fires `notice-error` and keeps the
 * page's own content.
 */
export class NoticeSourceElement extends NoticeElement {
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      srcOrigin: { attribute: 'src-origin' },
      notice: { attribute: false },
      loaded: { state: true },
    };
  }

  /**
   * URL of a notice file (JSON, see notice.schema.json), which fills in what the page's own
   * attributes leave unset. Elements naming one URL share a request. It must be on the page's own
   * origin (a relative path is), unless `src-origin` names the other one; `data:` and `blob:` URLs
   * are refused. The server must send it as JSON (`Content-Type: application/json`), at most 1 MB:
   * a larger answer is cut off as it arrives.
   */
  declare src?: string;

  /**
   * The one other origin `src` may be on, written as scheme and host only, e.g.
   * `src-origin="https://notices.vendor.example"`: for a vendor that hosts one notice for many
   * practices. Without it a `src` on another site is refused. That server must answer with CORS
   * for the clinic's site (`Access-Control-Allow-Origin: https://www.clinic.example`, or `*`);
   * no cookies or other credentials are sent to it, and a redirect off it is refused.
   */
  declare srcOrigin?: string;

  /**
   * The notice itself, as an object of the shape notice.schema.json describes: for a page or a
   * framework that already holds it (`element.notice = await response.json()`, or `.notice=${…}`
   * in Lit). A property only, with no attribute; it wins over `src` and is checked the same way.
   */
  declare notice?: Notice;

  declare private loaded?: Notice;

  private view?: { lang: string; source: Notice; value: LocalizedNotice };

  /** The notice as loaded, in all its languages. @internal */
  get noticeData(): Notice | undefined {
    return this.loaded;
  }

  /**
   * The notice in this element's language, once loaded and valid; `undefined` until then and
   * after a failure.
   * @internal
   */
  get noticeView(): LocalizedNotice | undefined {
    if (!this.loaded) return undefined;
    const lang = this.language.lang;
    if (this.view?.source !== this.loaded || this.view.lang !== lang) {
      // A notice with translations is `loaded` only once the localizer has loaded; one without
      // shows as written, which is what the localizer would give.
      const value = translated(this.loaded)
        ? localizer!.localize(this.loaded, lang)
        : { ...this.loaded, fallbacks: new Set<string>() };
      this.view = { lang, source: this.loaded, value };
    }
    return this.view.value;
  }

  private requested?: { src?: string; srcOrigin?: string; notice?: Notice };

  constructor() {
    super();
    // The patient's focus survives the notice file replacing the page's own content.
    new ReplacedFocusController(this);
    // A controller runs before every update without relying on the element to call super.
    this.addController({
      hostUpdate: () => {
        const { src, srcOrigin, notice } = this;
        const requested = this.requested;
        if (
          !requested ||
          requested.src !== src ||
          requested.srcOrigin !== srcOrigin ||
          requested.notice !== notice
        ) {
          this.requested = { src, srcOrigin, notice };
          void this.resolveNotice();
        }
      },
    });
  }

  /** Where `notice` came from, for messages: the property, or a script block in the page. @internal */
  private noticeLabel = NOTICE_PROPERTY;

  override connectedCallback(): void {
    if (!isServer && this.notice === undefined && !this.src) this.readNoticeInPage();
    super.connectedCallback();
  }

  /**
   * The render that hydrates server HTML needs the notice at once: it waits for what the notice
   * needs when that is not loaded yet (an element without a notice never does).
   * @internal
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hydrating && !this.ready(this.notice, this.src)) {
      return this.prepare(this.notice, this.src).then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  /**
   * Whether what `notice` or `src` needs is loaded: the checker unless the notice was checked,
   * and the localizer for a notice with translations (a file's, once fetched).
   */
  private ready(notice: Notice | undefined, src: string | undefined): boolean {
    if (notice)
      return (
        (Boolean(checker) || checked.has(notice)) && (Boolean(localizer) || !translated(notice))
      );
    return !src || Boolean(checker);
  }

  private prepare(notice: Notice | undefined, src: string | undefined): Promise<unknown> {
    const needsChecker = Boolean(src && !notice) || Boolean(notice && !checked.has(notice));
    return Promise.all([
      notice && translated(notice) ? loadLocalizer() : undefined,
      needsChecker ? loadChecker() : undefined,
    ]);
  }

  /** The notice, checked against the schema unless it was already. */
  private check(notice: Notice): Notice {
    if (checked.has(notice)) return notice;
    const valid = checker!.validNotice(notice, this.noticeLabel);
    checked.add(valid);
    return valid;
  }

  /**
   * A pre-rendered page carries its notice in the element, as
   * `<script type="application/json">…</script>` (a data block: no script runs, so no policy
   * has to allow it), for the browser to render exactly what the server did without a request.
   * @internal
   */
  private readNoticeInPage(): void {
    const block = this.querySelector(':scope > script[type="application/json"]');
    if (!block) return;
    this.noticeLabel = NOTICE_IN_PAGE;
    try {
      const notice = JSON.parse(block.textContent ?? '') as Notice;
      // Beside the element's pre-rendered shadow root, it was written by `clinic-notice render`,
      // which refuses a file that breaks the schema: trusted as the page's HTML is. A data block
      // written by hand (no shadow root) is checked like any other notice.
      if (this.shadowRoot && notice && typeof notice === 'object') checked.add(notice);
      this.notice = notice;
    } catch (error) {
      const reason = `the <script type="application/json"> inside <${this.localName}> is not valid JSON (${(error as Error).message}); write it with clinic-notice render`;
      console.error(new NoticeLoadError(NOTICE_IN_PAGE, reason).message);
      this.dispatchEvent(new NoticeErrorEvent(NOTICE_IN_PAGE, reason));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit's server renderer renders once, synchronously, and never runs the controller above
    // (`hostUpdate`), and the render that hydrates the server's HTML must show what it showed:
    // in both a `notice` is checked here, at once, so that the first render shows it. A `src`
    // is not fetched on the server. Otherwise the browser keeps the later-microtask settle.
    const { notice } = this;
    if ((isServer || this.hydrating) && notice && !this.loaded && this.ready(notice, undefined)) {
      this.requested = { src: this.src, srcOrigin: this.srcOrigin, notice };
      try {
        this.loaded = this.check(notice);
      } catch (error) {
        if (!(error instanceof NoticeLoadError)) throw error;
        console.error(error.message);
        if (!isServer)
          this.dispatchEvent(new NoticeErrorEvent(error.url, error.reason, error.path));
      }
    }
    super.willUpdate(changed);
  }

  private async resolveNotice(): Promise<void> {
    const { notice, src, srcOrigin } = this;
    const superseded = () =>
      this.src !== src || this.srcOrigin !== srcOrigin || this.notice !== notice;
    // Always settle in a later microtask, so the update that shows the notice is a fresh one
    // and every `willUpdate` sees it. The notice-file support is loaded the first time only.
    await null;
    if (superseded()) return;
    if (!this.ready(notice, src)) {
      await this.prepare(notice, src);
      if (superseded()) return;
    }
    try {
      let loaded: Notice | undefined;
      if (notice) {
        loaded = this.check(notice);
      } else if (src) {
        loaded = await checker!.loadNotice(src, srcOrigin);
        checked.add(loaded);
      }
      if (loaded && translated(loaded) && !localizer) await loadLocalizer();
      if (!superseded()) this.loaded = loaded;
    } catch (error) {
      if (!(error instanceof NoticeLoadError)) throw error;
      if (superseded()) return; // Superseded meanwhile.
      this.loaded = undefined;
      if (error.url === this.noticeLabel) console.error(error.message);
      this.dispatchEvent(new NoticeErrorEvent(error.url, error.reason, error.path));
    }
  }

  /**
   * Each setting from the page's attribute when it has one, else from the notice file: the page
   * that sets `phone="…"` on a banner overrides the file's number for that banner only.
   */
  protected inForce<K extends keyof this>(fromFile: FromFile<this, K>): { [P in K]?: this[P] } {
    const view = this.noticeView;
    const values = {} as { [P in K]?: this[P] };
    for (const key of Object.keys(fromFile) as K[]) {
      values[key] = this[key] ?? (view ? fromFile[key](view) : undefined);
    }
    return values;
  }
}
