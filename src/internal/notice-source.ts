import type { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NoticeErrorEvent } from '../events.js';
import { localize, type LocalizedNotice } from '../model/localize.js';
import type { Notice } from '../model/notice.types.js';
import { NoticeLoadError, validNotice, loadNotice } from './load.js';
import { languageOf } from './strings.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What every element gains from `NoticeSource`. */
export declare class NoticeSourceElement {
  /** URL of a notice file (JSON, see notice.schema.json). Elements naming one URL share a request. */
  src?: string;
  /** A notice object already in memory; wins over `src`. */
  notice?: Notice;
  /**
   * The notice in this element's language, once loaded and valid; `undefined` until then and
   * after a failure.
   * @internal
   */
  get noticeView(): LocalizedNotice | undefined;
  /** The notice as loaded, in all its languages. @internal */
  get noticeData(): Notice | undefined;
}

const NOTICE_PROPERTY = '(notice property)';

/**
 * @fires {NoticeErrorEvent} notice-error - The notice file (or `notice` object) could not be
 *   used: not fetched, not JSON, or not valid against the schema. The page's content stays.
 *
 * Gives an element `src` and `notice`: it loads and checks the notice, re-renders with it, and on
 * any failure fires `notice-error` and keeps the page's own content.
 */
export function NoticeSource<T extends Constructor<LitElement>>(Base: T) {
  class WithNoticeSource extends Base {
    @property() src?: string;

    @property({ attribute: false }) notice?: Notice;

    @state() private loaded?: Notice;

    private view?: { lang: string; source: Notice; value: LocalizedNotice };

    get noticeData(): Notice | undefined {
      return this.loaded;
    }

    get noticeView(): LocalizedNotice | undefined {
      if (!this.loaded) return undefined;
      const lang = languageOf(this);
      if (this.view?.source !== this.loaded || this.view.lang !== lang) {
        this.view = { lang, source: this.loaded, value: localize(this.loaded, lang) };
      }
      return this.view.value;
    }

    private requested?: { src?: string; notice?: Notice };

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      // A controller runs before every update without relying on the element to call super.
      this.addController({
        hostUpdate: () => {
          const { src, notice } = this;
          if (!this.requested || this.requested.src !== src || this.requested.notice !== notice) {
            this.requested = { src, notice };
            void this.resolveNotice();
          }
        },
      });
    }

    private async resolveNotice(): Promise<void> {
      const { notice, src } = this;
      // Always settle in a later microtask, so the update that shows the notice is a fresh one
      // and every `willUpdate` sees it.
      await null;
      if (this.src !== src || this.notice !== notice) return;
      try {
        if (notice) {
          this.loaded = validNotice(notice, NOTICE_PROPERTY);
        } else if (src) {
          const loaded = await loadNotice(src);
          if (this.src === src && !this.notice) this.loaded = loaded;
        } else {
          this.loaded = undefined;
        }
      } catch (error) {
        if (!(error instanceof NoticeLoadError)) throw error;
        if (this.src !== src || this.notice !== notice) return; // Superseded meanwhile.
        this.loaded = undefined;
        if (error.url === NOTICE_PROPERTY) console.error(error.message);
        this.dispatchEvent(new NoticeErrorEvent(error.url, error.reason, error.path));
      }
    }
  }
  return WithNoticeSource as Constructor<NoticeSourceElement> & T;
}
