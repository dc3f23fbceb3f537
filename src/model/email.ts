/**
 * Email addresses as a notice writes them (`contact.email`, `mailto:` links): one plain address
 * that shows what it mails to. Refused, with a sentence that says why: characters a reader cannot
 * see, `%` (a mail program decodes it, which can hide characters or add headers), characters
 * outside ASCII (an internationalised domain is written in its `xn--` form), a name or brackets
 * around the address, and anything but one address.
 */
import { why } from './dev.js';
import { collapseSpaces, hiddenProblem, withoutHidden } from './chars.js';

/** An email address read: the `mailto:` URL it links to, or why it cannot be linked. */
export type EmailReading =
  { ok: true; display: string; href: string } | { ok: false; display: string; problem: string };

/** What a mailbox name may hold besides letters and digits (never `?`, `#`, `&`, `/`, quotes). */
const LOCAL_EXTRA = '.!$*+=^_`{|}~-';

const isAsciiAlnum = (char: string) =>
  (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9');

/** An email address as written (trimmed) and the `mailto:` URL for it. */
export function readEmail(value: string): EmailReading {
  const display = collapseSpaces(withoutHidden(value));
  const refuse = (problem: string): EmailReading => ({ ok: false, display, problem });
  const hidden = hiddenProblem(
    value,
    'The address',
    why`bidi controls and invisible characters can make it show another address than the one it mails to`,
  );
  if (hidden) return refuse(hidden);
  if (!display) return refuse('There is no address.');
  if (/^mailto:/i.test(display)) return refuse(why`Write the address alone, without "mailto:".`);
  if (/[<>"]/.test(display)) {
    return refuse(why`Write the address alone, without a name, quotes or angle brackets.`);
  }
  const at = display.split('@');
  if (at.length > 2 || /[\s,;]/.test(display)) {
    return refuse(
      at.length > 2 || /[,;]/.test(display)
        ? why`The field holds more than one address, or an address with two "@". Give one address.`
        : why`An address has no spaces. Write it alone, such as privacy@clinic.example.`,
    );
  }
  const header = /[?#&]/.exec(display);
  if (header) {
    return refuse(
      why`The address holds "${header[0]}", which ends the address in a mailto: link (what follows can add a subject or other recipients). Write the address alone.`,
    );
  }
  if (display.includes('%')) {
    return refuse(
      why`The address holds "%", which a mail program decodes: it can hide other characters or add headers to the message. Write the address plainly.`,
    );
  }
  if (at.length < 2 || !at[0] || !at[1]) {
    return refuse(
      why`An address is a mailbox name, "@" and a domain, such as privacy@clinic.example.`,
    );
  }
  const [local, domain] = at;
  if (/[^\x20-\x7e]/.test(display)) return refuse(nonAsciiProblem(local, domain));
  const badLocal = [...new Set(local)].filter(
    (char) => !isAsciiAlnum(char) && !LOCAL_EXTRA.includes(char),
  );
  if (badLocal.length) {
    return refuse(
      why`The mailbox name "${local}" holds ${badLocal.map((char) => `"${char}"`).join(', ')}, which a plain address does not have here.`,
    );
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return refuse(
      why`The mailbox name "${local}" has a "." at its start, at its end or twice in a row.`,
    );
  }
  const problem = domainProblem(domain);
  if (problem) return refuse(problem);
  return { ok: true, display, href: `mailto:${display}` };
}

/** Why a domain is no mail domain: labels of letters, digits and `-`, two or more, a named end. */
function domainProblem(domain: string): string | undefined {
  const labels = domain.split('.');
  const bad = labels.find(
    (label) =>
      !label ||
      label.startsWith('-') ||
      label.endsWith('-') ||
      [...label].some((char) => !isAsciiAlnum(char) && char !== '-'),
  );
  if (labels.length < 2 || bad !== undefined) {
    return why`"${domain}" is not a domain an address can have: names of letters, digits and "-" joined by dots, such as clinic.example.`;
  }
  const top = labels.at(-1)!;
  if (!/^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/.test(top)) {
    return why`"${domain}" does not end in a top-level domain such as .org or .com.`;
  }
  return undefined;
}

/** Why non-ASCII is refused, with the domain's xn-- form when the mailbox name is ASCII. */
function nonAsciiProblem(local: string, domain: string): string {
  const problem = why`The address holds characters outside ASCII, which can pass for others that look alike.`;
  if (/[^\x20-\x7e]/.test(local) || /[^\p{L}\p{M}\p{N}.-]/u.test(domain)) {
    return why`${problem} A mailbox name must be ASCII; an internationalised domain is written in its xn-- form.`;
  }
  try {
    return why`${problem} Write an internationalised domain in its xn-- form: ${local}@${new URL(`http://${domain}`).hostname}.`;
  } catch {
    return why`${problem} Write an internationalised domain in its xn-- form.`;
  }
}
