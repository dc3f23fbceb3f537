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

declare global {
  interface GlobalEventHandlersEventMap {
    'notice-dismiss': NoticeDismissEvent;
  }
}
