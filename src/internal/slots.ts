import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Knows which named slots of an element have content, and updates the element when that changes
 * (a child added or removed, or its `slot` attribute changed), whether or not the slot is
 * rendered at that moment.
 */
export class SlotController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Whether the page put something in the slot `name`. */
  has(name: string): boolean {
    // Lit's server renderer gives an element no children: a slot's content is unknown there, and
    // the element renders as if it were empty (a server-rendered page sets the attribute instead).
    if (isServer) return false;
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
