import {
  dateCheck,
  pageUrlCheck,
  phoneCheck,
  type AttributeChecks,
} from '../internal/authoring.js';
import { headingLevelCheck } from '../internal/heading.js';
import { safeUrl } from '../model/links.js';
import type { NoticeBanner } from './notice-banner.js';
import { BANNER_SEVERITIES } from './notice-banner.icons.js';

/** What the banner tells the page's author about its attributes (see authoring.ts). */
export const bannerChecks: AttributeChecks<NoticeBanner> = {
  href: pageUrlCheck('href', 'The banner shows no link to the notice.', safeUrl),
  phone: phoneCheck('The banner shows no helpline.'),
  severity: {
    valid: (severity) => BANNER_SEVERITIES.includes(severity),
    problem: (severity) =>
      `severity="${severity}" is not one of ${BANNER_SEVERITIES.join(', ')}; showing it as "warning".`,
  },
  headingLevel: headingLevelCheck(2),
  posted: dateCheck('posted'),
  expires: dateCheck('expires'),
  updatedOn: dateCheck('updated'),
};
