/**
 * `clinic-notice: links`: every link and URL in the file is one the elements will show. A refused
 * link shows as its label alone, a refused URL not at all; the elements use the same tests
 * (model/links.ts, model/text.ts), so the checker and the page cannot disagree.
 */
import { readEmail } from '../email.js';
import { pageUrl } from '../links.js';
import type { Notice } from '../notice.types.js';
import { readPhone } from '../phone.js';
import { linksIn } from '../text.js';
import type { Report } from './rules.js';
import { schema } from '../schema.generated.js';
import { walk } from './walk.js';

export function links(n: Notice, report: Report) {
  walk(n, schema, '', (ref, value, path) => {
    if (typeof value !== 'string') return;
    if (ref === '#/$defs/text') {
      for (const link of linksIn(value)) {
        if (link.href) continue;
        report(
          'linksInText',
          path,
          `The link [${link.label}](${link.url}) is refused: only https:, http:, tel:, mailto: and relative links are allowed, so it shows as plain text. Change the URL.`,
        );
      }
    } else if (ref === '#/$defs/phone') {
      const reading = readPhone(value);
      if (!reading.ok) {
        report(
          'linksPhone',
          path,
          `The phone number "${reading.display}" is refused, so it shows as text, without a link. ${reading.problem}`,
        );
      }
    } else if (ref === '#/$defs/url' && !pageUrl(value)) {
      report(
        'linksUrls',
        path,
        `"${value}" is refused: only https:, http: and relative URLs are allowed here. Change the URL.`,
      );
    }
  });
  const email = n.contact?.email;
  const reading = email === undefined ? undefined : readEmail(email);
  if (reading && !reading.ok) {
    report(
      'linksEmail',
      'contact.email',
      `"${reading.display}" is not a plain email address, so it shows as text, not as a link. ${reading.problem}`,
    );
  }
}
