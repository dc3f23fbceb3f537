/**
 * The one rule for what a notice links to, shared by the elements, the text links and the checker:
 * `https:`, `http:`, `tel:` and `mailto:` URLs and relative ones, each read as a browser reads it.
 * A URL that a browser opens on another site is absolute however it is written (`//host/p`,
 * `\\host\p`, `/\host/p`, `https:host`) and is returned in full; a user name before the host
 * (`https://clinic.example@evil.example/`) and a host that mixes scripts are refused; a host is
 * returned in its ASCII form (`xn--…`). Phone numbers and email addresses go through
 * {@link readPhone} and {@link readEmail}.
 */
import { why } from './dev.js';
import { collapseSpaces, hiddenProblem, isSpace, withoutHidden } from './chars.js';
import { readEmail } from './email.js';
import { hostProblem } from './host.js';
import { readPhone } from './phone.js';

/** A URL read: what an `href` may hold, or why it may not. */
export type UrlReading =
  | {
      ok: true;
      /** The URL to link to: relative as written, or absolute in full (`https://host/p`). */
      href: string;
      /** Set when the URL is written so that it reads as a path here but opens another site. */
      warning?: string;
    }
  | { ok: false; problem: string };

const SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'];

/** Two bases no URL can name: what resolves to the same host against both names its own. */
const PLACEHOLDERS = ['https://a.invalid/', 'https://b.invalid/'];

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** What comes between the scheme (if any) and the path: `user@host:port`, slashes skipped. */
function authorityOf(written: string): string {
  let at = /^[a-z][a-z\d+.-]*:/i.exec(written)?.[0].length ?? 0;
  while (written[at] === '/' || written[at] === '\\') at++;
  let end = at;
  while (end < written.length && !'/\\?#'.includes(written[end])) end++;
  return written.slice(at, end);
}

/** A URL as an `href` may hold it, read as a browser reads it, or why it may not be linked. */
export function readUrl(url: string): UrlReading {
  const written = url.trim();
  const refuse = (problem: string): UrlReading => ({ ok: false, problem });
  if (!written) return refuse('There is no URL.');
  const hidden = hiddenProblem(
    written,
    'The URL',
    why`a browser drops some and reads the rest differently, and bidi controls can make it show another address than the one it opens`,
  );
  if (hidden) return refuse(hidden);
  for (let at = 0; at < written.length; at++) {
    if (written[at] !== ' ' && isSpace(written.charCodeAt(at))) {
      return refuse(
        why`The URL holds a tab, a line break or other white space, which a browser drops or reads differently. Write it on one line.`,
      );
    }
  }

  let absolute = parse(written);
  if (!absolute) {
    const [a, b] = PLACEHOLDERS.map((base) => parse(written, base));
    if (!a || !b) return refuse(why`A browser cannot read it as a URL.`);
    if (a.host !== b.host) return { ok: true, href: written };
    absolute = a;
  }

  const scheme = absolute.protocol;
  if (!SCHEMES.includes(scheme)) {
    return refuse(
      why`It starts with "${scheme}", which a notice does not link to: only https:, http:, tel:, mailto: and relative URLs.`,
    );
  }
  if (scheme === 'tel:') {
    const reading = readPhone(written.slice(4).replace(/;ext=/i, ' ext '));
    return reading.ok ? { ok: true, href: reading.tel } : refuse(reading.problem);
  }
  if (scheme === 'mailto:') {
    const reading = readEmail(written.slice(7));
    return reading.ok ? { ok: true, href: reading.href } : refuse(reading.problem);
  }

  const authority = authorityOf(written);
  if (authority.includes('@')) {
    return refuse(
      why`It names a user before its host ("${authority}"), which makes it read as one site's address while a browser opens ${absolute.host}. Remove the part up to "@".`,
    );
  }
  const host = hostProblem(absolute.hostname);
  if (host) return refuse(host);
  if (!/^https?:\/\/[^/\\]/i.test(written)) {
    return {
      ok: true,
      href: absolute.href,
      warning: why`It is not written in full, and a browser opens it on another site: ${absolute.href}. Write it in full, or as a path on this site.`,
    };
  }
  return { ok: true, href: absolute.href };
}

/**
 * The URL to put in an `href`: `https:`, `http:`, `tel:`, `mailto:` (as {@link readUrl} reads
 * them: absolute in full, hosts in ASCII) or relative as written; `undefined` for anything else
 * (`javascript:`, `data:`, a user name before the host, a host that mixes scripts, …).
 */
export function safeUrl(url: string | undefined | null): string | undefined {
  const reading = url ? readUrl(url) : undefined;
  return reading?.ok ? reading.href : undefined;
}

/** {@link safeUrl} for a page's address (`https:`, `http:`, relative); never `tel:` or `mailto:`. */
export function pageUrl(url: string | undefined | null): string | undefined {
  const safe = safeUrl(url);
  return safe && !/^(tel|mailto):/.test(safe) ? safe : undefined;
}

/**
 * The text to show for a link to `url`: its host first, then at most 40 characters of the rest
 * (`clinic.example/notice`), so no path can push the host out of sight or pose as it. A relative
 * URL shows the host of `pageOrigin` (the page's origin or address) when it is given, else the
 * path as written; a phone number or an email address shows as itself; a refused URL shows as
 * written, without the characters a reader cannot see.
 */
export function urlLabel(url: string, pageOrigin?: string): string {
  const written = collapseSpaces(withoutHidden(url));
  const reading = readUrl(url);
  if (!reading.ok) return written;
  const { href } = reading;
  if (/^(tel|mailto):/.test(href)) return written.replace(/^(tel|mailto):/i, '');
  const page = /^https?:/.test(href)
    ? new URL(href)
    : pageOrigin
      ? parse(href, parse(pageOrigin)?.href)
      : undefined;
  if (!page || !/^https?:$/.test(page.protocol)) return written;
  let rest = `${page.pathname}${page.search}${page.hash}`;
  if (rest === '/') rest = '';
  return page.host + (rest.length > 40 ? `${rest.slice(0, 39)}…` : rest);
}

/**
 * The `tel:` URL of a phone number as people write it (`1-800-555-0142`, `+1 (800) 555 0142`,
 * `1-800-555-0142 ext. 12`), or `undefined` when it cannot be dialled exactly as shown; see
 * {@link readPhone} for the rules and the reason.
 */
export function telUrl(phone: string | undefined | null): string | undefined {
  const reading = phone ? readPhone(phone) : undefined;
  return reading?.ok ? reading.tel : undefined;
}

/**
 * The `mailto:` URL of one plain email address, or `undefined` for anything else (a name around
 * it, two addresses, `%`, characters a reader cannot see or outside ASCII); see
 * {@link readEmail} for the reason.
 */
export function mailtoUrl(email: string | undefined | null): string | undefined {
  const reading = email ? readEmail(email) : undefined;
  return reading?.ok ? reading.href : undefined;
}
