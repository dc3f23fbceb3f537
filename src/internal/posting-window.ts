import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  nextPhaseChange,
  postingPhase,
  type PostingPhase,
  type PostingWindow,
} from '../model/posting.js';

/** setTimeout's longest delay; a later boundary is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Where an element stands against its posting window (`scheduled`, `open`, `expired`), kept true
 * while the page stays open: it asks the host to update when the window opens or closes.
 */
export class PostingWindowController implements ReactiveController {
  /** The phase at the last `track()`. */
  phase: PostingPhase = 'open';

  private window: PostingWindow = {};
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Reads the phase of `window` now and sets a timer for its next change. */
  track(window: PostingWindow): PostingPhase {
    this.window = window;
    const now = new Date();
    this.phase = postingPhase(window, now);
    this.schedule(now);
    return this.phase;
  }

  hostConnected(): void {
    this.schedule(new Date());
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(now: Date): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = nextPhaseChange(this.window, now);
    if (!next) return;
    const delay = Math.min(next.getTime() - now.getTime(), MAX_DELAY);
    this.timer = setTimeout(() => this.host.requestUpdate(), delay);
  }
}
