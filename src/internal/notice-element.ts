import { DEV } from '../model/dev.js';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { checkAttributes, type AttributeCheck, type AttributeChecks } from './authoring.js';
import { LanguageController, loadWords, wordsReady } from './language.js';
import { hostStyles } from './styles.js';

/**
 * What every clinic-notice element shares: registration that tolerates a second copy of the
 * script, the language controller (`this.language.lang`, `this.language.strings`), a custom-state
 * setter that survives browsers without `CustomStateSet`, and the host styles (design tokens, and
 * the legible font size no site stylesheet can take away).
 */
export class NoticeElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  /**
   * Registers the class as `tag` unless something already owns the tag. A clinic's page may load
   * the CDN file twice, or the CDN file and the npm build: the second registration is skipped
   * instead of throwing, and the first one keeps working.
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /**
   * What each property must be, and what to tell the page's author when it is not.
   * @internal
   */
  static attributeChecks: { [property: string]: AttributeCheck<never> | undefined } = {};

  /** The element's language and its own words in that language. */
  protected readonly language = new LanguageController(this);

  /**
   * Whether the element's first render hydrates HTML written on the server (the element arrived
   * with a declarative shadow root): that render must be the server's, so state only the browser
   * knows (a remembered dismissal) waits for the update that follows it.
   * @internal
   */
  protected hydrating = false;

  /** The keys of the texts the server wrote that this element still shows (`keep`). */
  private kept?: Set<string>;

  /**
   * Text the server already wrote, kept while what it was made of (`key`, never empty) stays the
   * same: making it can cost more than hydrating (the first date a page formats loads the
   * language's calendar data, about 20 ms of a phone's CPU). The render that hydrates gives
   * `key` in place of the text: Lit's hydration never writes a text, so the server's words stay,
   * and a later render with the same key gives `key` again, which Lit sees as no change. Any new
   * key makes every text again. `stays = false`: the text is made again once hydrated. On the
   * server, and on a page the browser draws itself, `text()` at once.
   * @internal
   */
  protected keep = (key: string, text: () => string, stays = true): string => {
    if (this.hydrating) {
      if (stays) (this.kept ??= new Set()).add(key);
      return key;
    }
    if (this.kept?.has(key)) return key;
    this.kept = undefined;
    return text();
  };

  /** @internal */
  override createRenderRoot(): HTMLElement | DocumentFragment {
    this.hydrating = this.shadowRoot !== null;
    return super.createRenderRoot();
  }

  constructor() {
    super();
    // One more update after hydrating, with everything the browser knows.
    this.addController({
      hostUpdated: () => {
        if (!this.hydrating) return;
        this.hydrating = false;
        // Once this update has completed: asked for during it, it would be a second update
        // scheduled by the first, which Lit's development build warns about.
        void this.updateComplete.then(() => this.requestUpdate());
      },
    });
  }

  private internals?: ElementInternals;

  /**
   * Waits for the words of the element's language before rendering, the first time that
   * language is met: the element never shows English words on a Spanish page.
   * @internal
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { lang } = this.language;
    if (!wordsReady(lang)) return loadWords(lang).then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** Subclasses that override this call `super.willUpdate(changed)`. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const { attributeChecks } = this.constructor as typeof NoticeElement;
    if (DEV) checkAttributes(this, attributeChecks as AttributeChecks<this>, changed.keys());
  }

  /** Turns a custom state (`:state(name)`) on or off; a browser without them is left alone. */
  protected setState(name: string, on: boolean): void {
    try {
      this.internals ??= this.attachInternals();
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // No CustomStateSet here: the element's rendering already says what the state says.
    }
  }
}
