import { DEV } from '../model/dev.js';
import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevelCheck } from '../internal/heading.js';
import { ItemGroupController } from '../internal/item-group.js';
import type { AttributeChecks } from '../internal/authoring.js';
import { NoticeSourceElement } from '../internal/notice-source.js';
import { renderText } from '../internal/render.js';
import { langOf } from '../model/lang-of.js';
import { NoticeFaqItem } from './notice-faq-item.js';
import { styles } from './notice-faq.styles.js';

const TAG = 'notice-faq';

/** Whether there are items and every one is open: "Show all" then reads "Hide all". */
const everyOpen = (items: NoticeFaqItem[]) => items.length > 0 && items.every((item) => item.open);

/**
 * The questions and answers of a breach notice, as an accordion of `<notice-faq-item>`s. With two
 * or more items it offers "Show all sections". A link to an item's `id` opens it and moves focus
 * to its question (to the target itself when a link in the answer is named), printing shows
 * every answer, and the browser's find-in-page opens the item that holds a match.
 *
 * @summary An accordion of questions and answers.
 * @tag notice-faq
 *
 * @slot - `<notice-faq-item>` elements. With `src` or `notice`, the file's questions replace them
 *   once it loads; they stay if it cannot be used.
 *
 * @csspart controls - The line that holds "Show all sections".
 * @csspart toggle-all - The "Show all sections" / "Hide all sections" button.
 * @csspart items - The wrapper of the items.
 *
 * @cssprop [--notice-faq-accent=#0b4f9c] - Colour of the buttons.
 * @cssprop [--notice-faq-border-color=#b1b4b6] - Colour of the lines between items.
 * @cssprop [--notice-faq-focus-color=#0b4f9c] - Colour of the focus outline.
 * @cssprop [--notice-faq-font-family=inherit] - Font family.
 * @cssprop [--notice-faq-font-size=1rem] - Base font size (the page's own font-size does not reach
 *   the accordion, so a site's CSS cannot shrink it).
 *
 * @fires {NoticeErrorEvent} notice-error - Its notice file (`src`) or `notice` could not be used; the
 *   page's own content stays.
 */
export class NoticeFaq extends NoticeSourceElement {
  static override get properties() {
    return {
      headingLevel: { attribute: 'heading-level', type: Number },
      exclusive: { type: Boolean, reflect: true },
      allOpen: { state: true },
    };
  }

  static override styles = styles;
  /** @internal */
  static override attributeChecks: AttributeChecks<NoticeFaq> = DEV
    ? {
        headingLevel: headingLevelCheck(3),
      }
    : {};

  /**
   * Level of every item's heading, 1 to 6 (anything else warns and uses 3); an item's own
   * `heading-level` wins.
   */
  headingLevel = 3;

  /** Opening one item closes the others; "Show all sections" is then not offered. Reflected. */
  exclusive = false;

  private allOpen = false;

  /**
   * Whether `allOpen` must be worked out again before the next render. Items report their changes
   * one by one (20,000 of them after "Show all sections"); counting the open ones on each report
   * made that quadratic, so a report only marks this and the next update counts once.
   */
  private allOpenStale = true;

  private readonly group = new ItemGroupController<NoticeFaqItem>(this, 'notice-faq-item', {
    onItems: (added) => {
      for (const item of added) item.groupHeadingLevel = this.headingLevel;
      // Counted now, once per new list: a render only when "Show all" must read otherwise.
      const allOpen = everyOpen(this.items);
      this.allOpenStale = false;
      if (allOpen !== this.allOpen) {
        this.allOpen = allOpen;
        this.requestUpdate();
      }
    },
    onChange: (item) => {
      if (this.exclusive && item.open) {
        for (const other of this.items) if (other !== item && other.open) other.requestOpen(false);
      }
      this.markAllOpenStale();
    },
  });

  private get items(): NoticeFaqItem[] {
    return this.group.items;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.allOpenStale) {
      this.allOpenStale = false;
      this.allOpen = everyOpen(this.items);
    }
  }
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      for (const item of this.items) item.groupHeadingLevel = this.headingLevel;
    }
    if (this.noticeView?.faq) this.group.takeRendered();
  }

  /** The file's questions, once it has loaded; the page's own items until then. */
  private renderItems() {
    const view = this.noticeView;
    if (!view?.faq) return html`<slot @slotchange=${this.group.onSlotChange}></slot>`;
    return view.faq.map(
      (question, index) =>
        html`<notice-faq-item
          id=${question.id}
          heading=${question.question}
          lang=${langOf(view, `faq[${index}].question`)}
          >${renderText(question.answer, langOf(view, `faq[${index}].answer`))}</notice-faq-item
        >`,
    );
  }

  protected override render() {
    const words = this.language.strings;
    // The file's questions count before their items exist: on the server, and in the render
    // that hydrates the server's HTML.
    const count = this.noticeView?.faq?.length ?? this.items.length;
    const offerAll = count >= 2 && !this.exclusive;
    return html`
      ${
        offerAll
          ? html`<div part="controls">
              <button
                part="toggle-all"
                class="link-button"
                type="button"
                aria-expanded=${this.allOpen ? 'true' : 'false'}
                @click=${this.onToggleAll}
                lang=${ifDefined(this.language.marks.lang)}
                dir=${ifDefined(this.language.marks.dir)}
              >
                ${this.allOpen ? words.hideAll : words.showAll}
              </button>
            </div>`
          : nothing
      }
      <div part="items">${this.renderItems()}</div>
    `;
  }

  private onToggleAll(): void {
    const open = !this.allOpen;
    for (const item of this.items) item.requestOpen(open);
    this.markAllOpenStale();
  }

  private markAllOpenStale(): void {
    this.allOpenStale = true;
    this.requestUpdate();
  }
}

NoticeFaq.define(TAG);

// `clinic-notice/notice-faq.js` registers and exports both elements.
export { NoticeFaqItem };

declare global {
  interface HTMLElementTagNameMap {
    'notice-faq': NoticeFaq;
  }
}
