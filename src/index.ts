/**
 * clinic-notice: importing this module registers every element.
 */
export {
  NoticeBanner,
  BANNER_SEVERITIES,
  type BannerSeverity,
} from './notice-banner/notice-banner.js';
export { NoticeFaq } from './notice-faq/notice-faq.js';
export { NoticeFaqItem } from './notice-faq/notice-faq-item.js';
export { NoticeChecklist } from './notice-checklist/notice-checklist.js';
export { NoticeChecklistItem } from './notice-checklist/notice-checklist-item.js';
export { NoticeContact } from './notice-contact/notice-contact.js';
export { NoticeDocument } from './notice-document/notice-document.js';
export {
  NoticeDismissEvent,
  NoticeToggleEvent,
  NoticeCheckEvent,
  NoticeCompleteEvent,
  NoticeResetEvent,
  NoticeErrorEvent,
  type NoticeCheckDetail,
} from './events.js';
export type { Notice } from './model/notice.types.js';
export { registerTranslation } from './internal/language.js';
export type { PartialStrings, Plural, Strings } from './translations/en.js';
