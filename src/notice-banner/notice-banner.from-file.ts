import type { FromFile } from '../internal/notice-source.js';
import type { NoticeBanner } from './notice-banner.js';

/** Where each setting comes from in the notice file when the page leaves the attribute out. */
export const FROM_FILE = {
  noticeId: (notice) => notice.id,
  revision: (notice) => String(notice.revision),
  severity: (notice) => notice.severity,
  heading: (notice) => notice.title,
  href: (notice) => notice.contact?.website,
  phone: (notice) => notice.contact?.tollFreePhone,
  posted: (notice) => notice.dates.postedFrom,
  expires: (notice) => notice.dates.postedUntil,
  updatedOn: (notice) => notice.dates.updated,
} satisfies Partial<FromFile<NoticeBanner, keyof NoticeBanner>>;
