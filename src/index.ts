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
export { NoticeDismissEvent, NoticeToggleEvent } from './events.js';
