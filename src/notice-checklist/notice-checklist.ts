import { DEV } from '../model/dev.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues } from 'lit';
import { NoticeCheckEvent, NoticeCompleteEvent, NoticeResetEvent } from '../events.js';
import { DeviceMemory, forgetAll } from '../internal/device-memory.js';
import { heading, headingLevel, headingLevelCheck } from '../internal/heading.js';
import { ItemGroupController, type ItemChangeEvent } from '../internal/item-group.js';
import { fill, plural } from '../internal/language.js';
import type { AttributeChecks } from '../internal/authoring.js';
import { NoticeSourceElement } from '../internal/notice-source.js';
import { renderInline } from '../internal/render.js';
import { SlotController } from '../internal/slots.js';
import { langOf } from '../model/lang-of.js';
import { NoticeChecklistItem } from './notice-checklist-item.js';
import { StepWarnings } from './notice-checklist.authoring.js';
import { styles } from './notice-checklist.styles.js';

const TAG = 'notice-checklist';
/** Stored for a step the patient unticked, so that a step ticked by the page stays unticked. */
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
 * @fires {NoticeCompleteEvent} notice-complete - The patient ticked the last unticked step (not
 *   fired for a list restored complete); `detail.total` is the number of steps.
 * @fires {NoticeResetEvent} notice-reset - The patient pressed "Start over"; cancelable, fired
 *   before anything is cleared.
 * @fires {NoticeErrorEvent} notice-error - Its notice file (`src`) or `notice` could not be used; the
 *   page's own content stays.
 */
export class NoticeChecklist extends NoticeSourceElement {
  static override get properties() {
    return {
      noticeId: { attribute: 'notice-id', reflect: true },
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      done: { state: true },
      announcement: { state: true },
    };
  }

  static override styles = styles;
  /** @internal */
  static override attributeChecks: AttributeChecks<NoticeChecklist> = DEV
    ? { headingLevel: headingLevelCheck(2) }
    : {};

  /**
   * Names the notice; the ticks are remembered under it. Without it nothing is remembered.
   * Reflected.
   */
  declare noticeId?: string;

  /** The heading text, which also names the group; the `heading` slot replaces it. */
  heading = '';

  /** Level of the heading element, 1 to 6. */
  headingLevel = 2;

  private done = 0;
  private announcement = '';

  private readonly slots = new SlotController(this);
  private readonly memory = new DeviceMemory(this, (key) => this.onStoredChange(key));
  private readonly group = new ItemGroupController<NoticeChecklistItem>(
    this,
    'notice-checklist-item',
    {
      onItems: (added) => {
        this.warnings?.check(added, this.items, Boolean(this.memoryId || this.src || this.notice));
        this.restore(added);
        this.count();
      },
      onChange: (item, event) => this.onItemChange(item, event),
    },
  );
  /** The authoring warnings about steps: in the development build only. */
  private readonly warnings = DEV ? new StepWarnings(TAG) : undefined;

  private get items(): NoticeChecklistItem[] {
    return this.group.items;
  }

  /** The notice the ticks are remembered under: the attribute, else the notice file's `id`. */
  private get memoryId(): string | undefined {
    return this.noticeId ?? this.noticeView?.id;
  }

  /** Counts the ticks; for the patient's own change, remembers it, announces it and tells. */
  private onItemChange(item: NoticeChecklistItem, event: ItemChangeEvent): void {
    const before = this.done;
    this.count();
    if (!event.byPatient) return;
    const key = this.keyFor(item);
    if (key) {
      if (item.checked) this.memory.stamp(key);
      else this.memory.write(key, UNCHECKED);
    }
    const total = this.items.length;
    const complete = this.done === total && before < total;
    this.announcement = [this.progressText(), complete ? this.language.strings.complete : '']
      .filter(Boolean)
      .join(' ');
    item.dispatchEvent(
      new NoticeCheckEvent({ id: item.id, checked: item.checked, done: this.done, total }),
    );
    if (complete) this.dispatchEvent(new NoticeCompleteEvent(total));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('noticeId') && changed.get('noticeId') !== undefined) this.restore();
  }

  protected override updated(): void {
    if (this.noticeView?.sections?.whatYouCanDo?.steps) this.group.takeRendered();
  }

  /** The file's steps, once it has loaded; the page's own items until then. */
  private renderItems() {
    const view = this.noticeView;
    const steps = view?.sections?.whatYouCanDo?.steps;
    if (!view || !steps) return html`<slot @slotchange=${this.group.onSlotChange}></slot>`;
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

  /**
   * How many steps there are: the file's, before its items exist (on the server, and in the
   * render that hydrates the server's HTML, so that the progress line is there from the start).
   */
  private get total(): number {
    return this.noticeView?.sections?.whatYouCanDo?.steps?.length ?? this.items.length;
  }

  protected override render() {
    const { strings: words, marks } = this.language;
    const { total } = this;
    const named = Boolean(this.heading) || this.slots.has('heading');
    return html`
      <div part="base" role="group" aria-labelledby=${named ? 'heading' : nothing}>
        <div ?hidden=${!named}>
          ${heading(
            headingLevel(this.headingLevel, 2),
            'heading',
            html`<slot name="heading">${this.heading}</slot>`,
          )}
        </div>
        ${
          total
            ? html`<div part="progress-line">
                <span
                  part="progress-text"
                  id="progress-text"
                  lang=${ifDefined(marks.lang)}
                  dir=${ifDefined(marks.dir)}
                  >${this.progressText()}</span
                >
                <progress
                  part="progress"
                  max=${total}
                  value=${this.done}
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
                lang=${ifDefined(marks.lang)}
                dir=${ifDefined(marks.dir)}
              >
                ${words.startOver}
              </button>`
            : nothing
        }
        <span
          class="visually-hidden"
          role="status"
          lang=${ifDefined(marks.lang)}
          dir=${ifDefined(marks.dir)}
          >${this.announcement}</span
        >
      </div>
    `;
  }

  private progressText(): string {
    const { strings, wordsLang } = this.language;
    const { total } = this;
    return fill(plural(strings.progress, total, wordsLang), { done: this.done, total });
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

  /** Reads the remembered ticks; a value it cannot read leaves the step as the page set it. */
  private restore(items = this.items): void {
    for (const item of items) {
      const key = this.keyFor(item);
      if (!key) continue;
      if (this.memory.read(key) === UNCHECKED) item.checked = false;
      else if (this.memory.isStamped(key)) item.checked = true;
    }
  }

  private onStartOver(): void {
    if (!this.dispatchEvent(new NoticeResetEvent())) return;
    if (this.memoryId) forgetAll(this.keyPrefix());
    for (const item of this.items) item.checked = item.defaultChecked;
    this.count();
    const words = this.language.strings;
    this.announcement = `${words.cleared} ${this.progressText()}`;
    // The button is gone now; the first step is where the patient starts over.
    this.items[0]?.focus();
  }

  /** Another tab ticked a step of this notice, pressed "Start over", or storage was cleared. */
  private onStoredChange(key: string | null): void {
    if (key !== null && !key.startsWith(this.keyPrefix())) return;
    for (const item of this.items) {
      const itemKey = this.keyFor(item);
      if (itemKey && this.memory.read(itemKey) === null) item.checked = item.defaultChecked;
    }
    this.restore();
  }
}

NoticeChecklist.define(TAG);

// `clinic-notice/notice-checklist.js` registers and exports both elements.
export { NoticeChecklistItem };

declare global {
  interface HTMLElementTagNameMap {
    'notice-checklist': NoticeChecklist;
  }
}
