import { html, nothing, svg, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NoticeToggleEvent } from '../events.js';
import { pageActiveElement, pageRoot } from '../internal/dom.js';
import { heading, headingLevel } from '../internal/heading.js';
import { ItemChangeEvent } from '../internal/item-group.js';
import { NoticeElement } from '../internal/notice-element.js';
import { styles } from './notice-faq-item.styles.js';

const TAG = 'notice-faq-item';

/**
 * `hidden="until-found"` while closed, bound (so that the server's HTML is closed too and the
 * browser's find can reveal it before the script runs). lit-analyzer knows `hidden` only as a
 * boolean: `npm run lint` turns off its no-boolean-in-attribute-binding rule for this one binding
 * (it has no per-line switch; `?hidden` bindings keep their type check), and `any` keeps its type
 * check from calling the string wrong.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
const untilFound = (open: boolean): any => (open ? nothing : 'until-found');

const CHEVRON = svg`<path d="M4 8l8 8 8-8" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * One question and its answer. The question is a real heading holding a button; the answer stays
 * in the page, `hidden="until-found"` while closed, so the browser's find-in-page opens the item
 * that holds a match. Without JavaScript the answer is plain text in the page. Give every item an
 * `id`: a link to it (`#what-happened`) opens it.
 *
 * @summary A question that opens to show its answer.
 * @tag notice-faq-item
 *
 * @slot - The answer: paragraphs, lists, links.
 * @slot heading - The question, when it needs markup; replaces the `heading` attribute. Phrasing
 *   content only (text, `<span>`, `<em>`), as it is placed inside a button.
 *
 * @csspart heading - The heading element.
 * @csspart button - The button that opens and closes the answer.
 * @csspart heading-text - The question inside the button.
 * @csspart state - The "Show"/"Hide" words and the icon.
 * @csspart icon - The chevron.
 * @csspart content - The answer's container.
 *
 * @cssprop [--notice-faq-accent=#0b4f9c] - Colour of the question buttons.
 * @cssprop [--notice-faq-border-color=#b1b4b6] - Colour of the lines between items.
 * @cssprop [--notice-faq-focus-color=#0b4f9c] - Colour of the focus outline.
 * @cssprop [--notice-faq-font-family=inherit] - Font family.
 * @cssprop [--notice-faq-font-size=1rem] - Base font size.
 * @cssprop [--notice-faq-heading-size=1.125em] - Font size of the questions.
 *
 * @fires {NoticeToggleEvent} notice-toggle - The patient opens or closes the item (a click, a key,
 *   "Show all sections", a link, or another item of an `exclusive` group); fired before the
 *   change, cancelable (except for a find-in-page match), with `detail.open` the new state.
 *   Setting `open` from script fires nothing.
 */
export class NoticeFaqItem extends NoticeElement {
  static override get properties() {
    return {
      open: { type: Boolean, reflect: true },
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      groupHeadingLevel: { attribute: false },
    };
  }

  static override styles = styles;

  /** Whether the answer is shown. Reflected, also when the patient opens or closes it. */
  open = false;

  /** The question. The `heading` slot replaces it. */
  heading = '';

  /** Level of the heading element, 1 to 6. Default: the group's `heading-level`, else 3. */
  declare headingLevel?: number;

  /**
   * The level its `<notice-faq>` gives its items; the group sets it.
   * @internal
   */
  declare groupHeadingLevel?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * Opens or closes the item on the patient's behalf: fires the cancelable `notice-toggle` first
   * and changes nothing when it is cancelled. Returns whether the state changed.
   * @internal
   */
  requestOpen(open: boolean, cancelable = true): boolean {
    if (open === this.open) return false;
    if (!this.dispatchEvent(new NoticeToggleEvent(open, cancelable)) && cancelable) return false;
    this.open = open;
    return true;
  }

  protected override firstUpdated(): void {
    // A pre-rendered answer the browser's find revealed before the script ran (it removes
    // `hidden="until-found"` itself): the item is open.
    const content = this.renderRoot.querySelector('#content');
    if (!this.open && content && !content.hasAttribute('hidden')) this.requestOpen(true, false);
    void this.revealFromHash(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && changed.get('open') !== undefined) {
      this.dispatchEvent(new ItemChangeEvent(false));
    }
  }

  protected override render() {
    const words = this.language.strings;
    const level = headingLevel(this.headingLevel ?? this.groupHeadingLevel, 3);
    return html`
      ${heading(
        level,
        'heading',
        html`<button
          part="button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="content"
          @click=${this.onClick}
        >
          <span part="heading-text"><slot name="heading">${this.heading}</slot></span>
          <span
            part="state"
            lang=${ifDefined(this.language.marks.lang)}
            dir=${ifDefined(this.language.marks.dir)}
            ><span class="visually-hidden">, </span
            >${this.open ? words.hideSection : words.showSection}
            <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              ${CHEVRON}
            </svg></span
          >
        </button>`,
      )}
      <div
        part="content"
        id="content"
        hidden=${untilFound(this.open)}
        @beforematch=${this.onBeforeMatch}
      >
        <div class="answer"><slot></slot></div>
      </div>
    `;
  }

  private onClick(): void {
    this.requestOpen(!this.open);
  }

  /** The browser's find-in-page found a match in the closed answer and is about to show it. */
  private onBeforeMatch(): void {
    this.requestOpen(true, false);
  }

  private readonly onHashChange = (): void => void this.revealFromHash(false);

  /**
   * Opens the item when the URL's fragment names it or an element inside its answer, scrolls to
   * it and moves focus there, so that the next Tab goes on from the question and not from the
   * link the patient followed (the browser cannot do it for an item inside a shadow root, as the
   * notice file's are). On load (`initial`) focus moves only if the patient has not put it
   * anywhere yet.
   */
  private async revealFromHash(initial: boolean): Promise<void> {
    let id: string;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return; // A malformed fragment names nothing.
    }
    if (!id) return;
    const target = id === this.id ? this : this.querySelector(`[id="${CSS.escape(id)}"]`);
    if (!target) return;
    this.requestOpen(true);
    await this.updateComplete;
    target.scrollIntoView({ block: 'start' });
    const active = pageActiveElement();
    if (initial && active && active.localName !== 'body' && active !== pageRoot()) return;
    this.focusTarget(target);
  }

  /** Focuses `target` when it takes focus itself (a link in the answer), else the question. */
  private focusTarget(target: Element): void {
    if (target !== this && 'focus' in target) {
      (target as HTMLElement).focus({ preventScroll: true });
      if (target.matches(':focus')) return;
    }
    this.renderRoot
      .querySelector<HTMLButtonElement>('[part="button"]')
      ?.focus({ preventScroll: true });
  }
}

NoticeFaqItem.define(TAG);

declare global {
  interface HTMLElementTagNameMap {
    'notice-faq-item': NoticeFaqItem;
  }
}
