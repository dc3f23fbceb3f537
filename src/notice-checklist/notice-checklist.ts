import { ifDefined } from 'lit/directives/if-defined.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NoticeCheckEvent, NoticeCompleteEvent, NoticeResetEvent } from '../events.js';
import { defineElement } from '../internal/define.js';
import { heading, headingLevel, warnIfNotHeadingLevel } from '../internal/heading.js';
import {
  keysStartingWith,
  readItem,
  removeItem,
  storageKey,
  writeItem,
} from '../internal/storage.js';
import { LanguageController, fill, plural } from '../internal/strings.js';
import { NoticeSource } from '../internal/notice-source.js';
import { renderInline } from '../internal/render-text.js';
import { warn } from '../internal/warn.js';
import { langOf } from '../model/localize.js';
import { ITEM_CHANGE, NoticeChecklistItem, type ChecklistOwner } from './notice-checklist-item.js';
import { styles } from './notice-checklist.styles.js';

const TAG = 'notice-checklist';
const CHECKED_AT = /^\d{4}-\d{2}-\d{2}T/;
const UNCHECKED = 'unchecked';

/**
 * The protective steps of a breach notice as a checklist the patient ticks off over days. It
 * shows the progress ("2 of 5 steps done") with a progress bar, announces it politely after each
 * tick (never on page load), and remembers the ticks on the patient's device per `notice-id` and
 * step `id`. "Start over" clears them.
 *
 * @summary Protective steps as real checkboxes, with progress remembered on the device.
 * @tag notice-checklist
 *
 * @slot - `<notice-checklist-item>` elements, one per step. With `src` or `notice`, the file's
 *   steps (`sections.whatYouCanDo.steps`) replace them once it loads.
 * @slot heading - The heading, when it needs markup; replaces the `heading` attribute.
 *
 * @csspart base - The group that holds everything.
 * @csspart heading - The heading element.
 * @csspart progress-line - The line with the progress text and bar.
 * @csspart progress-text - "2 of 5 steps done".
 * @csspart progress - The `<progress>` bar.
 * @csspart items - The wrapper of the steps.
 * @csspart start-over - The "Start over" button.
 *
 * @cssprop [--notice-checklist-accent=#0b4f9c] - Colour of the ticked boxes and the progress bar.
 * @cssprop [--notice-checklist-track-color=#dfe3e6] - Colour of the progress bar's empty part.
 * @cssprop [--notice-checklist-link-color=#0b4f9c] - Colour of the links and the button.
 * @cssprop [--notice-checklist-focus-color=#0b4f9c] - Colour of the focus outline.
 * @cssprop [--notice-checklist-border-color=#b1b4b6] - Colour of the lines between steps.
 * @cssprop [--notice-checklist-font-family=inherit] - Font family.
 * @cssprop [--notice-checklist-font-size=1rem] - Base font size (the page's own font-size does not
 *   reach the checklist, so a site's CSS cannot shrink it).
 * @cssprop [--notice-checklist-heading-size=1.5em] - Font size of the heading.
 *
 * @fires {NoticeCheckEvent} notice-check - Bubbles from the step the patient ticked or unticked.
 * @fires {NoticeCompleteEvent} notice-complete - The patient ticked the last unticked step.
 * @fires {NoticeResetEvent} notice-reset - The patient pressed "Start over"; cancelable, fired
 *   before anything is cleared.
 * @fires {NoticeErrorEvent} notice-error - Its notice file (`src`) or `notice` could not be used; the
 *   page's own content stays.
 */
export class NoticeChecklist extends NoticeSource(LitElement) implements ChecklistOwner {
  static override styles = styles;

  /**
   * Names the notice; the ticks are remembered under it. Without it nothing is remembered.
   * Reflected.
   */
  @property({ attribute: 'notice-id', reflect: true }) noticeId?: string;

  /** The heading text; the `heading` slot replaces it. */
  @property() heading = '';

  /** Level of the heading element, 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private items: NoticeChecklistItem[] = [];
  @state() private done = 0;
  @state() private announcement = '';
  @state() private hasHeadingSlot = false;

  private readonly language = new LanguageController(this);
  private readonly warned = new WeakSet<NoticeChecklistItem>();
  private warnedNoId = false;

  constructor() {
    super();
    this.addEventListener(ITEM_CHANGE, this.count);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Steps rendered from a notice file live in the shadow root; their changes stop there.
    root.addEventListener(ITEM_CHANGE, this.count);
    return root;
  }

  /** The notice the ticks are remembered under: the attribute, else the notice file's `id`. */
  private get memoryId(): string | undefined {
    return this.noticeId ?? this.noticeView?.id;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  /** @internal */
  patientChecked(item: NoticeChecklistItem): void {
    const key = this.keyFor(item);
    if (key) writeItem(key, item.checked ? new Date().toISOString() : UNCHECKED);
    const before = this.done;
    this.count();
    const total = this.items.length;
    const words = this.language.strings;
    const complete = this.done === total && before < total;
    this.announcement = [this.progressText(), complete ? words.complete : '']
      .filter(Boolean)
      .join(' ');
    item.dispatchEvent(
      new NoticeCheckEvent({ id: item.id, checked: item.checked, done: this.done, total }),
    );
    if (complete) this.dispatchEvent(new NoticeCompleteEvent(total));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) warnIfNotHeadingLevel(TAG, this.headingLevel, 2);
    if (changed.has('noticeId') && changed.get('noticeId') !== undefined) this.restore();
  }

  protected override updated(): void {
    if (!this.noticeView?.sections?.whatYouCanDo?.steps) return;
    const rendered = [...this.renderRoot.querySelectorAll('notice-checklist-item')];
    if (
      rendered.length !== this.items.length ||
      rendered.some((item, i) => item !== this.items[i])
    ) {
      this.takeItems(rendered);
    }
  }

  /** The file's steps, once it has loaded; the page's own items until then. */
  private renderItems() {
    const view = this.noticeView;
    const steps = view?.sections?.whatYouCanDo?.steps;
    if (!view || !steps) return html`<slot @slotchange=${this.onSlotChange}></slot>`;
    return steps.map((step, index) => {
      const at = `sections.whatYouCanDo.steps[${index}]`;
      return html`<notice-checklist-item
        id=${step.id}
        href=${ifDefined(step.href)}
        link-text=${ifDefined(step.linkText)}
        phone=${ifDefined(step.phone)}
        lang=${langOf(view, `${at}.title`)}
        >${step.title}${
          step.detail
            ? html`<span slot="detail" lang=${langOf(view, `${at}.detail`)}
                >${renderInline(step.detail)}</span
              >`
            : nothing
        }</notice-checklist-item
      >`;
    });
  }

  protected override render() {
    const words = this.language.strings;
    const total = this.items.length;
    const named = Boolean(this.heading) || this.hasHeadingSlot;
    return html`
      <div part="base" role="group" aria-labelledby=${named ? 'heading' : nothing}>
        <div ?hidden=${!named}>
          ${heading(
            headingLevel(this.headingLevel, 2),
            'heading',
            html`<slot name="heading" @slotchange=${this.onHeadingSlotChange}
              >${this.heading}</slot
            >`,
          )}
        </div>
        ${
          total
            ? html`<div part="progress-line">
                <span part="progress-text" id="progress-text">${this.progressText()}</span>
                <progress
                  part="progress"
                  max=${total}
                  .value=${this.done}
                  aria-labelledby="progress-text"
                ></progress>
              </div>`
            : nothing
        }
        <div part="items">${this.renderItems()}</div>
        ${
          this.done > 0
            ? html`<button
                part="start-over"
                class="link-button"
                type="button"
                @click=${this.onStartOver}
              >
                ${words.startOver}
              </button>`
            : nothing
        }
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  private progressText(): string {
    const { strings, lang } = this.language;
    const total = this.items.length;
    return fill(plural(strings.progress, total, lang), { done: this.done, total });
  }

  /** The storage key of an item's tick, or `undefined` when it cannot be remembered. */
  private keyFor(item: NoticeChecklistItem): string | undefined {
    if (!this.memoryId || !item.id) return undefined;
    return `${this.keyPrefix()}${encodeURIComponent(item.id)}`;
  }

  private keyPrefix(): string {
    return `checklist:${encodeURIComponent(this.memoryId ?? '')}:`;
  }

  private readonly count = (): void => {
    this.done = this.items.filter((item) => item.checked).length;
  };

  private onHeadingSlotChange(event: Event): void {
    this.hasHeadingSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.takeItems(
      slot
        .assignedElements()
        .filter((el): el is NoticeChecklistItem => el.localName === 'notice-checklist-item'),
    );
  }

  private takeItems(items: NoticeChecklistItem[]): void {
    const before = new Set(this.items);
    this.items = items;
    const added = this.items.filter((item) => !before.has(item));
    this.check(added);
    this.restore(added);
    this.count();
  }

  /** Tells the page's author, once per step, what keeps a tick from being remembered. */
  private check(items: NoticeChecklistItem[]): void {
    const ids = new Map<string, number>();
    for (const item of this.items) if (item.id) ids.set(item.id, (ids.get(item.id) ?? 0) + 1);
    for (const item of items) {
      if (this.warned.has(item)) continue;
      if (!item.id) {
        this.warned.add(item);
        warn(
          TAG,
          `the step "${item.stepTitle}" has no id, so its tick is not remembered. Give it an id that stays the same, such as id="monitor-statements".`,
        );
      } else if ((ids.get(item.id) ?? 0) > 1) {
        this.warned.add(item);
        warn(
          TAG,
          `two steps have id="${item.id}"; they share one remembered tick. Give each its own id.`,
        );
      }
    }
    if (!this.memoryId && !this.src && !this.notice && items.length && !this.warnedNoId) {
      this.warnedNoId = true;
      warn(TAG, 'has no notice-id, so ticks are not remembered on the device. Add notice-id="…".');
    }
  }

  /** Reads the remembered ticks; a value it cannot read leaves the step as the page set it. */
  private restore(items = this.items): void {
    for (const item of items) {
      const key = this.keyFor(item);
      const value = key ? readItem(key) : null;
      if (value === UNCHECKED) item.checked = false;
      else if (value && CHECKED_AT.test(value)) item.checked = true;
    }
  }

  private onStartOver(): void {
    if (!this.dispatchEvent(new NoticeResetEvent())) return;
    if (this.memoryId) for (const key of keysStartingWith(this.keyPrefix())) removeItem(key);
    for (const item of this.items) item.checked = item.defaultChecked;
    this.count();
    const words = this.language.strings;
    this.announcement = `${words.cleared} ${this.progressText()}`;
    // The button is gone now; the first step is where the patient starts over.
    this.items[0]?.focus();
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // Another tab ticked a step of this notice, pressed "Start over", or storage was cleared.
    if (event.key !== null && !event.key.startsWith(storageKey(this.keyPrefix()))) return;
    for (const item of this.items) {
      const key = this.keyFor(item);
      if (key && readItem(key) === null) item.checked = item.defaultChecked;
    }
    this.restore();
  };
}

defineElement(TAG, NoticeChecklist);

// `clinic-notice/notice-checklist.js` registers and exports both elements.
export { NoticeChecklistItem };

declare global {
  interface HTMLElementTagNameMap {
    'notice-checklist': NoticeChecklist;
  }
}
