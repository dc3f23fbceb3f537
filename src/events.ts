/**
 * Fired by `<notice-banner>` when the patient presses its dismiss button, before the banner hides.
 * Cancelable: `preventDefault()` keeps the banner on screen and remembers nothing.
 */
export class NoticeDismissEvent extends Event {
  static readonly eventName = 'notice-dismiss';

  /** The banner's `notice-id`, or `undefined` when it has none (nothing is then remembered). */
  readonly noticeId: string | undefined;
  /** The banner's `revision`. */
  readonly revision: string;

  constructor(noticeId: string | undefined, revision: string) {
    super(NoticeDismissEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.noticeId = noticeId;
    this.revision = revision;
  }
}

/**
 * Fired by `<notice-faq-item>` when the patient opens or closes it (its button, "Show all
 * sections", a link to it, or the browser's find-in-page), before the change. `detail.open` is the
 * new state. Cancelable, except when find-in-page reveals a match: the browser has already shown
 * the answer then.
 */
export class NoticeToggleEvent extends CustomEvent<{ open: boolean }> {
  static readonly eventName = 'notice-toggle';

  constructor(open: boolean, cancelable = true) {
    super(NoticeToggleEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable,
      detail: { open },
    });
  }
}

/** What a `notice-check` event tells: the step, its new state, and the progress after it. */
export interface NoticeCheckDetail {
  /** The step's `id`; empty when it has none (it is then not remembered). */
  id: string;
  checked: boolean;
  /** Steps ticked, after this change. */
  done: number;
  /** Steps in the list. */
  total: number;
}

/**
 * Fired by `<notice-checklist-item>` (bubbling through its `<notice-checklist>`) after the patient
 * ticks or unticks a step, with the progress after the change. Not cancelable: the box has already
 * changed.
 */
export class NoticeCheckEvent extends CustomEvent<NoticeCheckDetail> {
  static readonly eventName = 'notice-check';

  constructor(detail: NoticeCheckDetail) {
    super(NoticeCheckEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/**
 * Fired by `<notice-checklist>` when the patient ticks the last unticked step, after the
 * `notice-check` of that step. Not fired when a list is restored already complete.
 */
export class NoticeCompleteEvent extends CustomEvent<{ total: number }> {
  static readonly eventName = 'notice-complete';

  constructor(total: number) {
    super(NoticeCompleteEvent.eventName, { bubbles: true, composed: true, detail: { total } });
  }
}

/**
 * Fired by `<notice-checklist>` when the patient presses "Start over", before anything is
 * cleared. Cancelable: `preventDefault()` keeps every tick (to ask for confirmation first, say).
 */
export class NoticeResetEvent extends Event {
  static readonly eventName = 'notice-reset';

  constructor() {
    super(NoticeResetEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired by any element whose notice file (`src`) or `notice` object could not be used: it could
 * not be fetched, was not JSON, or broke the schema. The element keeps showing what the page put
 * in it. `url` is the file's full URL (or `"(notice property)"`), `path` the first bad field.
 */
export class NoticeErrorEvent extends Event {
  static readonly eventName = 'notice-error';

  readonly url: string;
  readonly path: string | undefined;
  readonly reason: string;

  constructor(url: string, reason: string, path?: string) {
    super(NoticeErrorEvent.eventName, { bubbles: true, composed: true });
    this.url = url;
    this.reason = reason;
    this.path = path;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'notice-dismiss': NoticeDismissEvent;
    'notice-toggle': NoticeToggleEvent;
    'notice-check': NoticeCheckEvent;
    'notice-complete': NoticeCompleteEvent;
    'notice-reset': NoticeResetEvent;
    'notice-error': NoticeErrorEvent;
  }
}
