/**
 * `clinic-notice: links`: every link, URL, phone number and email address in the file is one the
 * elements will link, and goes where it says. A refused link shows as its label alone, a refused
 * URL, number or address as text; the elements use the same readers (model/links.ts,
 * model/phone.ts, model/email.ts, model/text.ts), so the checker and the page cannot disagree.
 */
import { readEmail } from '../email.js';
import { misleadingLabel } from '../link-words.js';
import { pageUrl, readUrl } from '../links.js';
import type { Notice } from '../notice.types.js';
import { join } from '../paths.js';
import { readPhone } from '../phone.js';
import { schema } from '../schema.generated.js';
import { linksIn } from '../text.js';
import type { Report } from './rules.js';
import { walk } from './walk.js';

/** A value as a finding quotes it: at most 80 characters. */
const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function links(n: Notice, report: Report) {
  walk(n, schema, '', (ref, value, path) => {
    if (typeof value !== 'string') return;
    if (ref === '#/$defs/text') textLinks(value, path, report);
    else if (ref === '#/$defs/url') pageAddress(value, path, report);
    else if (ref === '#/$defs/phone') phone(value, path, report);
    else if (ref === '#/$defs/email') email(value, path, report);
  });
  stepWords(n, report);
  websiteWords(n, report);
}

function textLinks(text: string, path: string, report: Report) {
  for (const link of linksIn(text)) {
    const written = shorten(`[${link.label}](${link.url})`);
    if (link.refused) {
      report(
        readUrl(link.url).ok ? 'linksWords' : 'linksInText',
        path,
        `The link ${written} is refused, so it shows as its label alone. ${link.refused}`,
      );
      continue;
    }
    const { warning } = readUrl(link.url) as { warning?: string };
    if (warning)
      report('linksInText', path, `The link ${written} is not what it seems. ${warning}`);
  }
}

/**
 * A check that link words (`what`: "The step's link text") say where `href` goes: words that
 * show another site, a phone number or an email address are reported at their path.
 */
function wordsFor(href: string, what: string, report: Report, after = '') {
  return (words: string | undefined, path: string) => {
    const problem = words === undefined ? undefined : misleadingLabel(words, href);
    if (problem) {
      report(
        'linksWords',
        path,
        `${what} "${shorten(words!)}" does not say where its link goes${after}. ${problem}`,
      );
    }
  };
}

/** A step's `linkText`, in every language, goes where its `href` goes. */
function stepWords(n: Notice, report: Report) {
  n.sections?.whatYouCanDo?.steps?.forEach((step, index) => {
    const href = step.href === undefined ? undefined : pageUrl(step.href);
    if (!href) return;
    const check = wordsFor(href, "The step's link text", report);
    check(step.linkText, `sections.whatYouCanDo.steps[${index}].linkText`);
    for (const [lang, t] of Object.entries(n.translations ?? {})) {
      const own = t?.sections?.whatYouCanDo?.steps;
      const words = own && Object.hasOwn(own, step.id) ? own[step.id]?.linkText : undefined;
      const steps = `${join('translations', lang)}.sections.whatYouCanDo.steps`;
      check(words, `${join(steps, step.id)}.linkText`);
    }
  });
}

/**
 * The contact's `websiteText`, in every language, names where that language's `website` goes: a
 * translation's own page, else the main one.
 */
function websiteWords(n: Notice, report: Report) {
  const words = (website: string | undefined) => {
    const href = website === undefined ? undefined : pageUrl(website);
    return href
      ? wordsFor(href, "The website's link text", report, ', so the address shows instead')
      : () => {};
  };
  words(n.contact?.website)(n.contact?.websiteText, 'contact.websiteText');
  for (const [lang, t] of Object.entries(n.translations ?? {})) {
    const at = `${join('translations', lang)}.contact`;
    const check = words(t?.contact?.website ?? n.contact?.website);
    // Words the translation lacks are the main language's, now before its own page.
    if (t?.contact?.websiteText !== undefined) check(t.contact.websiteText, `${at}.websiteText`);
    else if (t?.contact?.website !== undefined) check(n.contact?.websiteText, `${at}.website`);
  }
}

function pageAddress(value: string, path: string, report: Report) {
  const reading = readUrl(value);
  const written = `"${shorten(value)}"`;
  if (!reading.ok) {
    report('linksUrls', path, `${written} is refused, so it is not linked. ${reading.problem}`);
  } else if (/^(tel|mailto):/.test(reading.href)) {
    report(
      'linksUrls',
      path,
      `${written} is not a page's address: only https:, http: and relative URLs are allowed here. Change the URL.`,
    );
  } else if (reading.warning) {
    report('linksUrls', path, `${written} is not what it seems. ${reading.warning}`);
  }
}

function phone(value: string, path: string, report: Report) {
  const reading = readPhone(value);
  if (reading.ok) return;
  report(
    'linksPhone',
    path,
    `The phone number "${reading.display}" is refused, so it shows as text, without a link. ${reading.problem}`,
  );
}

function email(value: string, path: string, report: Report) {
  const reading = readEmail(value);
  if (reading.ok) return;
  report(
    'linksEmail',
    path,
    `"${reading.display}" is not a plain email address, so it shows as text, not as a link. ${reading.problem}`,
  );
}
