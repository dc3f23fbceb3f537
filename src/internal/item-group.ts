import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The one way an item (`<notice-faq-item>`, `<notice-checklist-item>`) tells its group that its
 * state changed: this event, from the item. It bubbles but is not composed, so it reaches the
 * group's shadow root (through the slot for the page's own items, directly for items the group
 * rendered from a notice file) and goes no further. The group claims it with `preventDefault()`:
 * an item whose event nobody claimed knows it stands alone.
 */
export class ItemChangeEvent extends Event {
  static readonly eventName = 'notice-item-change';

  /** Whether the patient made the change (a click, a key), not the page or the group. */
  readonly byPatient: boolean;

  constructor(byPatient: boolean) {
    super(ItemChangeEvent.eventName, { bubbles: true, cancelable: true });
    this.byPatient = byPatient;
  }
}

/**
 * A group's side of the channel: keeps the list of its items (the page's, from the default
 * slot, or the ones it rendered in its shadow root from a notice file) and hears their changes.
 */
export class ItemGroupController<T extends HTMLElement> implements ReactiveController {
  /** The items, in order. */
  items: T[] = [];
  private listening = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly tag: string,
    private readonly callbacks: {
      /** The list changed; `added` are the items new to it. */
      onItems?: (added: T[]) => void;
      /** An item's state changed. */
      onChange: (item: T, event: ItemChangeEvent) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.listening) return;
    this.listening = true;
    this.host.renderRoot.addEventListener(ItemChangeEvent.eventName, (event) => {
      const item = event.target as T;
      if (item.localName !== this.tag) return;
      event.preventDefault(); // claimed
      event.stopPropagation(); // a signal between the two, not for the page
      this.callbacks.onChange(item, event as ItemChangeEvent);
    });
  }

  /** For the default slot's `@slotchange`: the page's own items. */
  readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.take(slot.assignedElements().filter((el): el is T => el.localName === this.tag));
  };

  /**
   * After rendering items from a notice file (from the host's `updated()`): takes them when they
   * differ from the list. The render that made them already counted the file's entries, so this
   * asks for no second render; a callback that changes what the host shows asks for its own.
   */
  takeRendered(): void {
    const rendered = [...this.host.renderRoot.querySelectorAll<T>(this.tag)];
    if (
      rendered.length !== this.items.length ||
      rendered.some((item, i) => item !== this.items[i])
    ) {
      this.take(rendered, false);
    }
  }

  private take(items: T[], render = true): void {
    const before = new Set(this.items);
    this.items = items;
    this.callbacks.onItems?.(items.filter((item) => !before.has(item)));
    if (render) this.host.requestUpdate();
  }
}
