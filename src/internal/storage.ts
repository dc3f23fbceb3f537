/**
 * Device memory (dismissal, progress) through `localStorage`. Every key starts with
 * `clinic-notice:`. Storage that is blocked, full or throws for any reason makes these functions
 * report "nothing remembered" instead of throwing: the patient loses the memory, never the page.
 */
const PREFIX = 'clinic-notice:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Blocked by the browser's privacy settings or a sandboxed frame.
  }
}

export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Returns whether the value was stored. */
export function writeItem(key: string, value: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false; // QuotaExceededError, SecurityError, or a page that replaced setItem.
  }
}

/** The full key as it appears in `localStorage`, for matching `storage` events. */
export function storageKey(key: string): string {
  return PREFIX + key;
}

/** Returns whether the value is gone (or was never there). */
export function removeItem(key: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.removeItem(PREFIX + key);
    return true;
  } catch {
    return false;
  }
}

/** Every stored key that starts with `prefix`, without the `clinic-notice:` namespace. */
export function keysStartingWith(prefix: string): string[] {
  try {
    const store = storage();
    if (!store) return [];
    const keys: string[] = [];
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index);
      if (key?.startsWith(PREFIX + prefix)) keys.push(key.slice(PREFIX.length));
    }
    return keys;
  } catch {
    return [];
  }
}
