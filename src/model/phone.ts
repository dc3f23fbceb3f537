/**
 * Phone numbers as a notice writes them, read one way for every element, the text links and the
 * checker: the number shown must be the number dialled. A number is accepted only when its
 * digits are exactly the digits a `tel:` link dials; anything else is refused with a sentence
 * that says why, and shown as text, without the characters a reader cannot see.
 *
 * Accepted: North American numbers (`1-800-555-0142`, `(800) 555.0142`, `+1 800 555 0142`) and
 * international ones with `+` and 8 to 15 digits (`+44 20 7946 0958`), each with at most one
 * extension written `ext`, `ext.`, `x` or `extension` and its digits, linked as RFC 3966 writes
 * it (`tel:+18005550142;ext=12`). Refused: bidi controls and invisible characters, letters
 * (`1-800-FLOWERS`, a letter O for a zero), two numbers in one field, any other character, and
 * a count of digits that is no number's.
 */
import { why } from './dev.js';
import { collapseSpaces, hiddenProblem, withoutHidden } from './chars.js';

/** A phone number read: the `tel:` URL it dials, or why it cannot be linked. */
export type PhoneReading =
  { ok: true; display: string; tel: string } | { ok: false; display: string; problem: string };

const HIDDEN_HARM = why`bidi controls and invisible characters can make it show other digits than the ones it dials`;

/** The letters of a phone keypad, for the digits a vanity number stands for. */
const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

const isDigit = (char: string) => char >= '0' && char <= '9';
const isLetter = (char: string) => /\p{L}/u.test(char);

/** A phone number as written (trimmed, white space collapsed) and what it dials. */
export function readPhone(value: string): PhoneReading {
  const display = collapseSpaces(withoutHidden(value));
  const refuse = (problem: string): PhoneReading => ({ ok: false, display, problem });
  const hidden = hiddenProblem(value, 'The number', HIDDEN_HARM);
  if (hidden) return refuse(hidden);

  const { number, extension } = splitExtension(display);
  const digits = number.replace(/\D/g, '');
  let letters = '';
  const others = new Set<string>();
  // Stretches of digits between characters that cannot be inside one number: two of seven
  // digits or more are two numbers ("1-800-555-0142 or 1-888-555-0199").
  let stretch = 0;
  let numbers = 0;
  let pluses = 0;
  for (const char of number) {
    if (isDigit(char)) {
      if (++stretch === 7) numbers++;
      continue;
    }
    if (char === '+') pluses++;
    else if (' -.()'.includes(char)) continue;
    else if (isLetter(char)) letters += char;
    else others.add(char);
    stretch = 0;
  }

  if (pluses > 1 || numbers > 1) {
    return refuse(
      why`The field holds more than one number; a phone link dials one. Give one here.`,
    );
  }
  if (letters) return refuse(lettersProblem(display, letters));
  if (others.size) {
    const shown = [...others]
      .slice(0, 5)
      .map((char) => `"${char}"`)
      .join(', ');
    return refuse(
      why`The number holds ${shown}, which cannot be part of a phone number. Write digits, spaces, "-", ".", "(" and ")", "+" before a country code, and "ext." before an extension.`,
    );
  }
  if (!digits) return refuse(why`There are no digits to dial.`);
  if (pluses === 1 && !number.startsWith('+')) {
    return refuse(why`The number has a "+" that is not at its start, where a country code begins.`);
  }

  const international = pluses === 1;
  const problem = international ? internationalProblem(digits) : northAmericanProblem(digits);
  if (problem) return refuse(problem);
  const dialled = international || digits.length === 11 ? digits : `1${digits}`;
  if (dialled.startsWith('1') && (dialled[1] < '2' || dialled[4] < '2')) {
    return refuse(
      why`The number is not a North American one: its area code and the exchange after it cannot start with 0 or 1.`,
    );
  }
  return { ok: true, display, tel: `tel:+${dialled}${extension ? `;ext=${extension}` : ''}` };
}

/**
 * A trailing extension: digits after `ext`, `ext.`, `x` or `extension` (any case), with or
 * without a space. Read from the end, character by character.
 */
function splitExtension(text: string): { number: string; extension?: string } {
  let end = text.length;
  while (end > 0 && isDigit(text[end - 1])) end--;
  if (end === text.length) return { number: text };
  const markerEnd = text[end - 1] === ' ' ? end - 1 : end;
  const before = text.slice(0, markerEnd).toLowerCase();
  for (const marker of ['extension', 'ext.', 'ext', 'x']) {
    const start = markerEnd - marker.length;
    if (!before.endsWith(marker) || (start > 0 && isLetter(text[start - 1]))) continue;
    return { number: text.slice(0, start).trimEnd(), extension: text.slice(end) };
  }
  return { number: text };
}

/** Why letters are refused, with the digits to write where they can be told. */
function lettersProblem(display: string, letters: string): string {
  const distinct = new Set(letters.toUpperCase());
  const only = (...these: string[]) => [...distinct].every((letter) => these.includes(letter));
  if (only('O') || only('I', 'L')) {
    const meant = only('O') ? ['the letter O', 'a zero'] : ['the letter I or l', 'a one'];
    const fixed = display.replace(/[OoIl]/g, (letter) => (/[Oo]/.test(letter) ? '0' : '1'));
    return why`The number has ${meant[0]} where ${meant[1]} is meant. Write ${fixed}, so the number shown is the number dialled.`;
  }
  // A vanity number is written in capitals (1-800-FLOWERS): the keypad gives its digits.
  let keyed = '';
  for (const char of display.length <= 30 ? display : '') {
    const key = KEYPAD.findIndex((keys) => keys.includes(char));
    keyed += key > 0 ? String(key) : char;
  }
  const reading = /^[\d\s().+-]+$/.test(keyed) ? readPhone(keyed) : undefined;
  const digits = reading?.ok ? reading.tel.slice('tel:+1'.length) : '';
  const suggestion =
    digits.length === 10
      ? why`, such as 1-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
      : '';
  const shown = letters.length > 20 ? `${letters.slice(0, 19)}…` : letters;
  return why`The number holds letters (${shown}), which hide the digits it dials. Write the digits${suggestion}.`;
}

function northAmericanProblem(digits: string): string | undefined {
  if (digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))) return undefined;
  const shown = digits.length > 20 ? '' : ` (${digits})`;
  return why`The number has ${digits.length} digits${shown}: a North American number has 10 (11 with the leading 1), and a number elsewhere starts with "+" and its country code.`;
}

function internationalProblem(digits: string): string | undefined {
  if (digits.startsWith('1') && digits.length !== 11) {
    return why`The number has ${digits.length - 1} digits after +1, where a North American number has 10.`;
  }
  if (digits.length >= 8 && digits.length <= 15) return undefined;
  return why`The number has ${digits.length} digits after the "+": an international number has 8 to 15, its country code included.`;
}
