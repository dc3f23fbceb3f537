/**
 * Characters a reader cannot see: bidi controls, which reorder what is shown (U+202E makes
 * "0142" show as "2410"), zero-width and other invisible characters, and control characters. A
 * phone number, an email address or a URL holding one can show something other than what it
 * dials or opens, so the model refuses them there and never shows them.
 */
import { why } from './dev.js';

/** Whether the UTF-16 unit is one that `\s` matches (JavaScript's white space and line ends). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Bidi controls: the Arabic letter mark, LRM and RLM, the embeddings, overrides and isolates. */
export function isBidiControl(code: number): boolean {
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Characters that take no room or show nothing: zero-width space, joiners, word joiner, the
 * invisible operators, the byte-order mark, the soft hyphen, the combining grapheme joiner, the
 * Hangul and Khmer fillers, the Mongolian vowel separator, deprecated format characters,
 * interlinear annotations and tag characters.
 */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200d) ||
    (code >= 0x2060 && code <= 0x2065) ||
    (code >= 0x206a && code <= 0x206f) ||
    code === 0xfeff ||
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e ||
    code === 0x3164 ||
    code === 0xffa0 ||
    (code >= 0xfff9 && code <= 0xfffb) ||
    (code >= 0x1d173 && code <= 0x1d17a) ||
    (code >= 0xe0000 && code <= 0xe007f)
  );
}

/** C0 and C1 control characters and DEL. */
export function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/**
 * Whether a reader cannot see the character: a bidi control, an invisible one, or a control
 * character other than white space (tabs and line breaks count as spaces).
 */
export function isHidden(code: number): boolean {
  return isBidiControl(code) || isInvisible(code) || (isControl(code) && !isSpace(code));
}

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The hidden characters of `text` as `U+202E`, each once, in order of first appearance. */
export function hiddenIn(text: string): string[] {
  const found = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    const code = text.codePointAt(at)!;
    if (code > 0xffff) at++;
    if (isHidden(code)) found.add(codePoint(code));
  }
  return [...found];
}

/** `text` without its hidden characters, cut and joined in slices, not character by character. */
export function withoutHidden(text: string): string {
  const kept: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    if (isHidden(code)) {
      kept.push(text.slice(start, at));
      start = at + width;
    }
    at += width - 1;
  }
  if (start === 0) return text;
  kept.push(text.slice(start));
  return kept.join('');
}

/** `text` trimmed, each run of white space made one space. */
export function collapseSpaces(text: string): string {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const space = at === text.length || isSpace(text.charCodeAt(at));
    if (space && start >= 0) {
      words.push(text.slice(start, at));
      start = -1;
    } else if (!space && start < 0) {
      start = at;
    }
  }
  return words.join(' ');
}

/**
 * Why `text` is refused when it holds hidden characters, as a sentence about `subject` ("The
 * number") that names them and says what they could do (`harm`); `undefined` when it holds none.
 */
export function hiddenProblem(text: string, subject: string, harm: string): string | undefined {
  const found = hiddenIn(text);
  if (!found.length) return undefined;
  return why`${subject} holds characters that cannot be seen (${found.join(', ')}): ${harm}. Type it again without them.`;
}
