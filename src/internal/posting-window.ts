import { DEV } from '../model/dev.js';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  POSTING_DAYS,
  nextPhaseChange,
  postingDay,
  postingPhase,
  postingShortfall,
  type PostingPhase,
  type PostingWindow,
} from '../model/posting.js';
import { warn } from './authoring.js';

/** setTimeout's longest delay; a later boundary is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1;

let serverToday: Date | undefined;

/**
 * On the server, the day posting windows are judged on (`clinic-notice render --today`), as
 * `YYYY-MM-DD`; `undefined` for the real date. The browser always uses its own clock.
 */
export function setServerToday(day: string | undefined): void {
  serverToday = day ? new Date(`${day}T12:00:00`) : undefined;
}

/**
 * Where an element stands against its posting window (`scheduled`, `open`, `expired`), kept true
 * while the page stays open: it asks the host to update when the window opens or closes. It tells
 * the page's author when the window is shorter than HIPAA's 90 days.
 */
export class PostingWindowController implements ReactiveController {
  /** The phase at the last `track()`. */
  phase: PostingPhase = 'open';

  private window: PostingWindow = {};
  private tracked = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tag: string,
  ) {
    host.addController(this);
  }

  /** Reads the phase of `window` now and sets a timer for its next change. */
  track(window: PostingWindow): PostingPhase {
    const known = this.window;
    if (
      DEV &&
      (!this.tracked || window.posted !== known.posted || window.expires !== known.expires)
    ) {
      this.warnAbout(window);
    }
    this.tracked = true;
    this.window = window;
    const now = (isServer && serverToday) || new Date();
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
    // Lit's server renderer renders once: a timer there changes nothing and keeps Node running.
    if (isServer) return;
    const next = nextPhaseChange(this.window, now);
    if (!next) return;
    const delay = Math.min(next.getTime() - now.getTime(), MAX_DELAY);
    this.timer = setTimeout(() => this.host.requestUpdate(), delay);
  }

  private warnAbout({ posted, expires }: PostingWindow): void {
    const from = postingDay(posted);
    const until = postingDay(expires);
    const shortfall = from && until && postingShortfall(from, until);
    if (!shortfall) return;
    warn(
      this.tag,
      shortfall.days < 0
        ? `expires="${expires}" is before posted="${posted}", so the banner never shows; check both dates.`
        : `the posting window from ${posted} to ${expires} is ${shortfall.days} days; a HIPAA substitute notice (45 CFR 164.404(d)(2)) stays up for at least ${POSTING_DAYS}. Set expires="${shortfall.earliestEnd}" or later.`,
    );
  }
}
