import { readEmail } from './email.js';
import { readPhone } from './phone.js';

const ALLOWED = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * Returns `url` when it is safe to put in an `href`: `https:`, `http:`, `tel:`, `mailto:`, or a
 * relative URL. Anything else (`javascript:`, `data:`, …) returns `undefined`.
 */
export function safeUrl(url: string | undefined | null): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  // Browsers drop tabs, newlines and other control characters inside a URL ("java\tscript:"),
  // so they are removed before the scheme is read.
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(trimmed.replace(/[\u0000-\u0020]/g, ''));
  if (!scheme) return trimmed;
  return ALLOWED.has(scheme[1].toLowerCase() + ':') ? trimmed : undefined;
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

/** `url` when it may be a page's address (`https:`, `http:`, relative); never `tel:` or `mailto:`. */
export function pageUrl(url: string | undefined | null): string | undefined {
  const safe = safeUrl(url);
  return safe && !/^(tel|mailto):/i.test(safe) ? safe : undefined;
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
