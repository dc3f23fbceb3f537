import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NoticeCheckEvent } from '../events.js';
import { defineElement } from '../internal/define.js';
import { pageUrl, telUrl } from '../model/links.js';
import { ownerOf } from '../internal/owner.js';
import { LanguageController } from '../internal/strings.js';
import { warn } from '../internal/warn.js';
import { styles } from './notice-checklist-item.styles.js';

const TAG = 'notice-checklist-item';
/** Tells the enclosing `<notice-checklist>` that `checked` changed, by any means. Not API. */
export const ITEM_CHANGE = 'notice-checklist-item-change';

/** The part of `<notice-checklist>` an item calls when the patient ticks or unticks it. */
export interface ChecklistOwner {
  /** Remembers the change, announces the progress and fires the events. */
  patientChecked(item: NoticeChecklistItem): void;
}

/**
 * One protective step: a real checkbox whose label is the step's title, with optional detail, a
 * link and a phone number. Inside a `<notice-checklist>` with a `notice-id`, its tick is
 * remembered on the patient's device under the item's `id`.
 *
 * @summary One step of the checklist, as a real checkbox.
 * @tag notice-checklist-item
 *
 * @slot - The step's title: the checkbox's label. Phrasing content (text, `<strong>`).
 * @slot detail - More about the step, under the title; read after the label as its description.
 *
 * @csspart base - The row that holds everything.
 * @csspart checkbox - The native `<input type="checkbox">`.
 * @csspart label - The title, the checkbox's label.
 * @csspart detail - The wrapper of the `detail` slot.
 * @csspart actions - The line with the link and the phone number.
 * @csspart link - The link to where the step is done.
 * @csspart phone - The phone number's `tel:` link.
 *
 * @cssprop [--notice-checklist-accent=#0b4f9c] - Colour of the ticked box and the progress bar.
 * @cssprop [--notice-checklist-link-color=#0b4f9c] - Colour of the links.
 * @cssprop [--notice-checklist-focus-color=#0b4f9c] - Colour of the focus outline.
 * @cssprop [--notice-checklist-border-color=#b1b4b6] - Colour of the lines between steps.
 *
 * @fires {NoticeCheckEvent} notice-check - The patient ticked or unticked the step (not fired
 *   when the page sets `checked`); `detail` is `{ id, checked, done, total }` after the change.
 */
export class NoticeChecklistItem extends LitElement {
  static override styles = styles;
  /** `focus()` on the element reaches its checkbox. */
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Whether the step is ticked. Reflected; the attribute in the markup is the starting state. */
  @property({ type: Boolean, reflect: true }) checked = false;

  /** A page where the step is done: `https:`, `http:` or relative. Anything else is refused. */
  @property() href?: string;

  /** Text of that link. */
  @property({ attribute: 'link-text' }) linkText?: string;

  /** A phone number for the step, as it should read; rendered as a `tel:` link. */
  @property() phone?: string;

  @state() private hasDetail = false;

  /** The state the page gave before the patient touched anything; "Start over" returns to it. */
  defaultChecked = false;

  private readonly language = new LanguageController(this);
  private connectedOnce = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.connectedOnce) {
      this.connectedOnce = true;
      this.defaultChecked = this.hasAttribute('checked') || this.checked;
    }
  }

  /**
   * The step's title as plain text, for messages.
   * @internal
   */
  get stepTitle(): string {
    return [...this.childNodes]
      .filter((node) => !(node instanceof Element && node.slot))
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href') && this.href && !pageUrl(this.href)) {
      warn(TAG, `href="${this.href}" is not an https:, http: or relative URL; it is not linked.`);
    }
    if (changed.has('phone') && this.phone && !telUrl(this.phone)) {
      warn(TAG, `phone="${this.phone}" has no digits to dial; it is shown as text.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('checked') && changed.get('checked') !== undefined) {
      this.dispatchEvent(new Event(ITEM_CHANGE, { bubbles: true }));
    }
  }

  protected override render() {
    const words = this.language.strings;
    const link = pageUrl(this.href);
    const tel = telUrl(this.phone);
    return html`
      <div part="base">
        <input
          part="checkbox"
          id="box"
          type="checkbox"
          .checked=${this.checked}
          aria-describedby=${this.hasDetail ? 'detail' : nothing}
          @change=${this.onChange}
        />
        <div class="text">
          <label part="label" for="box"><slot></slot></label>
          <div part="detail" id="detail" ?hidden=${!this.hasDetail}>
            <slot name="detail" @slotchange=${this.onDetailChange}></slot>
          </div>
          ${
            link || this.phone
              ? html`<div part="actions">
                  ${link ? html`<a part="link" href=${link}>${this.linkText || words.stepLink}</a>` : nothing}
                  ${
                    this.phone
                      ? tel
                        ? html`<a part="phone" href=${tel}>${this.phone}</a>`
                        : html`<span part="phone">${this.phone}</span>`
                      : nothing
                  }
                </div>`
              : nothing
          }
        </div>
      </div>
    `;
  }

  private onChange(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    const owner = ownerOf(this, 'notice-checklist') as (Element & ChecklistOwner) | null;
    if (owner && typeof owner.patientChecked === 'function') {
      owner.patientChecked(this);
    } else {
      const done = this.checked ? 1 : 0;
      this.dispatchEvent(
        new NoticeCheckEvent({ id: this.id, checked: this.checked, done, total: 1 }),
      );
    }
  }

  private onDetailChange(event: Event): void {
    this.hasDetail = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }
}

defineElement(TAG, NoticeChecklistItem);

declare global {
  interface HTMLElementTagNameMap {
    'notice-checklist-item': NoticeChecklistItem;
  }
}
