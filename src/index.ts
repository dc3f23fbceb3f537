/**
 * clinic-notice: importing this module registers every element.
 */
export {
  NoticeBanner,
  BANNER_SEVERITIES,
  type BannerSeverity,
} from './notice-banner/notice-banner.js';
export { NoticeDismissEvent } from './events.js';
