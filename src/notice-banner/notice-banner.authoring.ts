import {
  dateCheck,
  pageUrlCheck,
  phoneCheck,
  type AttributeChecks,
} from '../internal/authoring.js';
import { headingLevelCheck } from '../internal/heading.js';
import { safeUrl } from '../model/links.js';
import type { NoticeBanner } from './notice-banner.js';

/** What the banner tells the page's author about its attributes (see authoring.ts). */
export const bannerChecks = (severities: readonly string[]): AttributeChecks<NoticeBanner> => ({
  href: pageUrlCheck('href', 'The banner shows no link to the notice.', safeUrl),
  phone: phoneCheck('The banner shows no helpline.'),
  severity: {
    valid: (severity) => severities.includes(severity),
    problem: (severity) =>
      `severity="${severity}" is not one of ${severities.join(', ')}; showing it as "warning".`,
  },
  headingLevel: headingLevelCheck(2),
  posted: dateCheck('posted'),
  expires: dateCheck('expires'),
  updatedOn: dateCheck('updated'),
});
