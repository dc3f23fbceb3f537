/**
 * A link goes where its words say. Words that show a phone number, an email address or a web
 * address are a promise: `[1-800-555-0142](tel:+19005550199)`, `[privacy@clinic.example]
 * (mailto:other@evil.example)` and `[clinic.example](https://evil.example)` break it, and are not
 * linked. The text links (text.ts) and the checker ask {@link misleadingLabel}; so can an element
 * that shows its own words for a link (a step's `linkText`).
 */
import { why } from './dev.js';
import { readEmail } from './email.js';
import { readPhone } from './phone.js';

/** A word of a phone number: digits, letters and `+ ( ) . -`, with a digit among them. */
const isPhoneWord = (word: string) => /^[+(]?[\dA-Za-z().-]+$/.test(word) && /\d/.test(word);
/** No phone number, however written, is longer. */
const LONGEST_NUMBER = 40;
const EXTENSION_WORD = /^(?:ext\.?|x|extension)$/i;
/** A vanity number: 1-800-FLOWERS, (800) GET-HELP. */
const VANITY = /^(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?(?=[\dA-Z-]*[A-Z])[\dA-Z]{3}-?[\dA-Z]{4}$/;
/** File name endings that are no top-level domain: `form.pdf` is not a web address. */
const FILE_ENDINGS = new Set(
  'htm html pdf doc docx xls xlsx ppt pptx txt csv rtf jpg jpeg png gif svg webp json xml php asp aspx js css'.split(
    ' ',
  ),
);

/** `word` without the punctuation that wraps it or ends a sentence (`"clinic.example".`). */
function bare(word: string, before = '(<"\'“‘[', after = '.,;:!?)>"\'”’]'): string {
  let start = 0;
  let end = word.length;
  while (start < end && before.includes(word[start])) start++;
  while (end > start && after.includes(word[end - 1])) end--;
  return word.slice(start, end);
}

/** A word of a phone number without the punctuation of the sentence around it. */
const phoneWord = (word: string) => bare(word, '', '.,;:!?');

/**
 * Why `label` may not link to `href` (a URL as `readUrl` gives it): the words show a phone
 * number, an email address or a web address the link does not go to. `undefined` when they do,
 * or when they show none.
 */
export function misleadingLabel(label: string, href: string): string | undefined {
  const words = label.split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  for (const word of words) {
    const address = emailIn(word);
    if (address === undefined) {
      rest.push(word);
      continue;
    }
    if (href.toLowerCase() !== `mailto:${address}`.toLowerCase()) {
      return why`The words show the email address ${address}, but the link ${whereTo(href)}. Link them to mailto:${address}, or change them.`;
    }
  }
  const phone = phoneProblem(rest, href);
  if (phone) return phone;
  for (const word of rest) {
    const host = hostIn(word);
    if (host && !sameSite(host, href)) {
      return why`The words show the web address ${host}, but the link ${whereTo(href)}. Link them to that address written in full (https://${host}/…), or change them.`;
    }
  }
  return undefined;
}

/** Where a link goes, in words. */
function whereTo(href: string): string {
  if (href.startsWith('tel:')) return `dials ${href.slice(4)}`;
  if (href.startsWith('mailto:')) return `writes to ${href.slice(7)}`;
  const url = /^https?:/.test(href) ? new URL(href) : undefined;
  return url ? `opens ${url.host}` : why`opens ${href}, a page whose site cannot be checked here`;
}

/** The email address a word shows, lower-cased where case does not matter, if it shows one. */
function emailIn(word: string): string | undefined {
  const address = bare(word.replace(/^mailto:/i, ''));
  const at = address.indexOf('@');
  if (at < 1 || !address.slice(at + 1).includes('.')) return undefined;
  const reading = readEmail(address);
  if (reading.ok) return reading.href.slice('mailto:'.length);
  const domain = asciiHost(address.slice(at + 1));
  return domain ? `${address.slice(0, at)}@${domain}` : address;
}

/** The numbers the words show: runs of number words, with an extension that follows. */
function phoneRuns(words: string[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length) runs.push(run.join(' '));
    run = [];
  };
  for (let at = 0; at < words.length; at++) {
    const word = phoneWord(words[at]);
    if (isPhoneWord(word)) {
      run.push(word);
    } else if (
      run.length &&
      EXTENSION_WORD.test(words[at]) &&
      /^\d+$/.test(phoneWord(words[at + 1] ?? ''))
    ) {
      run.push(words[at], phoneWord(words[++at]));
    } else {
      end();
    }
  }
  end();
  return runs.filter((run) => run.length <= LONGEST_NUMBER);
}

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** Whether a run of words reads as a phone number, or as one written with letters. */
function looksLikePhone(run: string): boolean {
  if (readPhone(run).ok || VANITY.test(run)) return true;
  const zeros = run.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
  return zeros !== run && readPhone(zeros).ok;
}

function phoneProblem(words: string[], href: string): string | undefined {
  for (const run of phoneRuns(words)) {
    const reading = readPhone(run);
    if (!href.startsWith('tel:')) {
      if (!looksLikePhone(run)) continue;
      const link = reading.ok
        ? why`link them to ${reading.tel}`
        : why`write its digits and link them`;
      return why`The words show the phone number ${run}, but the link ${whereTo(href)}. To call it, ${link}; or change the words.`;
    }
    if (!looksLikePhone(run) && digitCount(run) < 7) continue;
    if (!reading.ok) {
      return why`The words show ${run}, which cannot be dialled as shown. ${reading.problem}`;
    }
    if (reading.tel !== href) {
      return why`The words show the number ${run}, but the link dials ${href.slice(4)}. A number is linked only when it dials what it shows: link the words to ${reading.tel}, or change them.`;
    }
  }
  return undefined;
}

/** A host name in its ASCII form, or `undefined` when it is none. */
function asciiHost(host: string): string | undefined {
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return undefined;
  }
}

/** The web address a word shows (`clinic.example`, `https://www.clinic.example/notice`). */
function hostIn(word: string): string | undefined {
  const address = bare(word).replace(/^https?:\/\//i, '');
  const end = address.search(/[/?#:]/);
  const name = end < 0 ? address : address.slice(0, end);
  const labels = name.split('.');
  if (labels.length < 2 || labels.some((label) => !/^[\p{L}\p{N}-]+$/u.test(label)))
    return undefined;
  const top = labels.at(-1)!;
  if (!/^\p{L}{2,}$/u.test(top) || FILE_ENDINGS.has(top.toLowerCase())) return undefined;
  return asciiHost(name);
}

/** Whether `href` opens the site `host` names: that host, a host within it, or it without www. */
function sameSite(host: string, href: string): boolean {
  if (!/^https?:/.test(href)) return false;
  const opened = new URL(href).hostname;
  const named = host.replace(/^www\./, '');
  return opened === named || opened.endsWith(`.${named}`);
}
