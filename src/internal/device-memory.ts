import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Device memory (dismissal, progress) through `localStorage`, for one element. Every key starts
 * with `clinic-notice:`. Storage that is blocked, full or throws for any reason reads as "nothing
 * remembered" instead of throwing: the patient loses the memory, never the page. Another tab's
 * change arrives through `onChange` with the key (without the namespace), or `null` when storage
 * was cleared.
 */
const PREFIX = 'clinic-notice:';
/** What a remembered moment looks like; anything else is someone else's value, or garbage. */
const STAMP = /^\d{4}-\d{2}-\d{2}T/;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Blocked by the browser's privacy settings or a sandboxed frame.
  }
}

export class DeviceMemory implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (key: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  read(key: string): string | null {
    try {
      return storage()?.getItem(PREFIX + key) ?? null;
    } catch {
      return null;
    }
  }

  /** Returns whether the value was stored. */
  write(key: string, value: string): boolean {
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(PREFIX + key, value);
      return true;
    } catch {
      return false; // QuotaExceededError, SecurityError, or a page that replaced setItem.
    }
  }

  /** Remembers that something happened now (a dismissal, a tick). */
  stamp(key: string): boolean {
    return this.write(key, new Date().toISOString());
  }

  /** Whether `key` holds a moment this library remembered; garbage reads as nothing. */
  isStamped(key: string): boolean {
    const value = this.read(key);
    return value !== null && STAMP.test(value) && !Number.isNaN(Date.parse(value));
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === null) this.onChange(null);
    else if (event.key.startsWith(PREFIX)) this.onChange(event.key.slice(PREFIX.length));
  };
}

/**
 * Forgets every stored key that starts with `prefix` ("Start over"). A function, not a method, so
 * that a page without a checklist does not download it.
 */
export function forgetAll(prefix: string): void {
  try {
    const store = storage();
    if (!store) return;
    const keys: string[] = [];
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index);
      if (key?.startsWith(PREFIX + prefix)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Blocked or broken storage: there is nothing to forget.
  }
}
