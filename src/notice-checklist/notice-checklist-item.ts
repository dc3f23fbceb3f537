import { DEV } from '../model/dev.js';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { NoticeCheckEvent } from '../events.js';
import { ItemChangeEvent } from '../internal/item-group.js';
import { NoticeElement } from '../internal/notice-element.js';
import { SlotController } from '../internal/slots.js';
import { pageUrlCheck, phoneCheck, warn, type AttributeChecks } from '../internal/authoring.js';
import { misleadingLabel } from '../model/link-words.js';
import { pageUrl } from '../model/links.js';
import { readPhone } from '../model/phone.js';
import { styles } from './notice-checklist-item.styles.js';

const TAG = 'notice-checklist-item';

/**
 * `.checked=${value}` for the checkbox, as an element directive. Lit's server renderer writes a
 * property binding named `checked` as an attribute, `checked="false"` included, which would show
 * every step ticked on a page read without script; it does not run element directives, and the
 * template's `?checked` (only ever true on the server) says the tick there instead.
 */
class CheckedProperty extends Directive {
  private last?: boolean;

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- update() reads the argument
  render(_checked: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [checked]: [boolean]) {
    // As a property binding: set when the value differs from the one set last.
    if (checked !== this.last) (part.element as HTMLInputElement).checked = this.last = checked;
    return nothing;
  }
}

const checkedProperty = directive(CheckedProperty);

/**
 * One protective step: a real checkbox whose label is the step's title, with optional detail, a
 * link and a phone number. Inside a `<notice-checklist>` with a `notice-id`, its tick is
 * remembered on the patient's device under the item's `id`: keep it the same across revisions of
 * the notice.
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
export class NoticeChecklistItem extends NoticeElement {
  static override get properties() {
    return {
      checked: { type: Boolean, reflect: true },
      href: {},
      linkText: { attribute: 'link-text' },
      phone: {},
    };
  }

  static override styles = styles;
  /** `focus()` on the element reaches its checkbox. */
  static override shadowRootOptions: ShadowRootInit = {
    ...NoticeElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** @internal */
  static override attributeChecks: AttributeChecks<NoticeChecklistItem> = DEV
    ? {
        href: pageUrlCheck('href', 'The step shows no link.'),

        phone: phoneCheck('It is shown as text, not linked.'),
      }
    : {};

  /** Whether the step is ticked. Reflected; the attribute in the markup is the starting state. */
  checked = false;

  /** A page where the step is done: `https:`, `http:` or relative. Anything else is refused. */
  declare href?: string;

  /**
   * Text of that link. Words that show a phone number, an email address or another site than
   * `href` are shown as plain text, not linked. Default: "How to do this" in the page's language.
   */
  declare linkText?: string;

  /** A phone number for the step, as it should read; rendered as a `tel:` link. */
  declare phone?: string;

  /** The state the page gave before the patient touched anything; "Start over" returns to it. */
  defaultChecked = false;

  private readonly slots = new SlotController(this);
  private connectedOnce = false;
  /** `checked` as the group last heard it, so that each change is told once. */
  private told?: boolean;

  /** The box as the patient left it in the pre-rendered page, before the script ran. */
  private tickedEarly?: boolean;

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

  protected override update(changed: PropertyValues<this>): void {
    // Before hydration sets the pre-rendered box to the server's state: a box whose state is not
    // the one the server wrote was changed by the patient before the script ran.
    const box = this.hydrating ? this.renderRoot.querySelector('input') : null;
    if (box && box.checked !== box.defaultChecked) this.tickedEarly = box.checked;
    super.update(changed);
  }

  protected override firstUpdated(): void {
    // A tick the patient gave the pre-rendered box before the script ran is theirs to keep.
    if (this.tickedEarly !== undefined && this.tickedEarly !== this.checked) {
      this.checked = this.tickedEarly;
      this.tell(true);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A change the page or the group made (the patient's own is told at once, in onChange).
    if (this.told === undefined) this.told = this.checked;
    else if (changed.has('checked') && this.told !== this.checked) this.tell(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const page = pageUrl(this.href);
    if (!(changed.has('href') || changed.has('linkText')) || !page || !this.linkText) return;
    const reason = misleadingLabel(this.linkText, page);
    if (DEV && reason)
      warn(TAG, `link-text="${this.linkText}": ${reason} It is shown without a link.`);
  }

  protected override render() {
    const words = this.language.strings;
    const hasDetail = this.slots.has('detail');
    const page = pageUrl(this.href);
    // Words that show a number, an address or a site must go there (as in notice text).
    const link = page && this.linkText && misleadingLabel(this.linkText, page) ? undefined : page;
    const phone = this.phone ? readPhone(this.phone) : undefined;
    const tel = phone?.ok ? phone.tel : undefined;
    return html`
      <div part="base">
        <input
          part="checkbox"
          id="box"
          type="checkbox"
          ?checked=${isServer && this.checked}
          ${checkedProperty(this.checked)}
          aria-describedby=${hasDetail ? 'detail' : nothing}
          @change=${this.onChange}
        />
        <div class="text">
          <label part="label" for="box"><slot></slot></label>
          <div part="detail" id="detail" ?hidden=${!hasDetail}>
            <slot name="detail"></slot>
          </div>
          ${
            page || phone
              ? html`<div part="actions">
                  ${
                    link
                      ? html`<a
                          part="link"
                          href=${link}
                          lang=${ifDefined(this.linkText ? undefined : this.language.marks.lang)}
                          dir=${ifDefined(this.linkText ? undefined : this.language.marks.dir)}
                          >${this.linkText || words.stepLink}</a
                        >`
                      : page
                        ? html`<span part="link">${this.linkText}</span>`
                        : nothing
                  }
                  ${
                    phone
                      ? tel
                        ? html`<a part="phone" href=${tel} dir="ltr">${phone.display}</a>`
                        : html`<span part="phone" dir="ltr">${phone.display}</span>`
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
    this.tell(true);
  }

  /**
   * Tells the group; a step that stands alone (no `<notice-checklist>` claimed the change) fires
   * its own `notice-check` for the patient's change.
   */
  private tell(byPatient: boolean): void {
    this.told = this.checked;
    const claimed = !this.dispatchEvent(new ItemChangeEvent(byPatient));
    if (byPatient && !claimed) {
      const done = this.checked ? 1 : 0;
      this.dispatchEvent(
        new NoticeCheckEvent({ id: this.id, checked: this.checked, done, total: 1 }),
      );
    }
  }
}

NoticeChecklistItem.define(TAG);

declare global {
  interface HTMLElementTagNameMap {
    'notice-checklist-item': NoticeChecklistItem;
  }
}
