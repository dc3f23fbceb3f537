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

declare global {
  interface GlobalEventHandlersEventMap {
    'notice-dismiss': NoticeDismissEvent;
    'notice-toggle': NoticeToggleEvent;
  }
}
