import type { ReactiveControllerHost } from 'lit';
import { DeviceMemory } from './device-memory.js';

/**
 * Whether the patient dismissed this notice at this revision, remembered on the device. The key
 * encodes both parts, so `clinic:1` at revision `2` and `clinic` at revision `1:2` are two
 * notices. A notice without an id is never remembered. Another tab's dismissal, or cleared
 * storage, updates the host.
 */
export class DismissalMemory {
  /** Whether the banner stays hidden. */
  dismissed = false;

  private key?: string | null;
  private readonly memory: DeviceMemory;

  constructor(private readonly host: ReactiveControllerHost) {
    this.memory = new DeviceMemory(host, (key) => {
      if (key !== null && key !== this.key) return;
      this.read();
      host.requestUpdate();
    });
  }

  /** Follows the notice's id and revision; reads the memory when they change. */
  track(noticeId: string | undefined, revision: string): void {
    const key = noticeId
      ? `banner-dismissed:${encodeURIComponent(noticeId)}:${encodeURIComponent(revision)}`
      : null;
    if (key === this.key) return;
    this.key = key;
    this.read();
  }

  /** The patient dismissed the banner: hide it, and remember it when the notice has an id. */
  dismiss(): void {
    if (this.key) this.memory.stamp(this.key);
    this.dismissed = true;
    this.host.requestUpdate();
  }

  /** Anything but a moment this library stored is garbage: show the banner rather than trust it. */
  private read(): void {
    this.dismissed = Boolean(this.key) && this.memory.isStamped(this.key!);
  }
}
