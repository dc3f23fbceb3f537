/**
 * Host names as a link shows them. The URL parser gives a host in its ASCII form, an
 * internationalised label as punycode (`xn--…`); this decodes such a label to read which scripts
 * it mixes: `сlinic.example` with a Cyrillic "с" reads as the clinic's address and is another
 * site. A label in one script (or in Latin with Han and Japanese or Korean, as those languages are
 * written) is accepted; the ASCII form is what a link shows.
 */
import { why } from './dev.js';

/** The scripts a host label may be written in; a letter of any other counts as "another". */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Cherokee',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Han',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** Scripts written together in one language, which a label may mix (as browsers allow). */
const TOGETHER = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** The scripts of the letters of `label`, each once. */
function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    if (NEUTRAL.test(char)) continue;
    found.add(SCRIPTS.find(([, test]) => test.test(char))?.[0] ?? 'another script');
  }
  return found;
}

/**
 * Why a link may not go to `hostname` (as the URL parser gives it, in ASCII), as a sentence; or
 * `undefined` when it may.
 */
export function hostProblem(hostname: string): string | undefined {
  if (hostname.length > 253) return why`Its host name is longer than a host name can be.`;
  for (const label of hostname.split('.')) {
    if (label.length > 63) return why`A part of its host name is longer than a host name allows.`;
    if (!label.toLowerCase().startsWith('xn--')) continue;
    const unicode = decodePunycode(label.slice(4));
    if (unicode === undefined) return why`Its host name has a part, "${label}", that is not valid.`;
    const scripts = scriptsOf(unicode);
    if (scripts.size > 1 && !TOGETHER.some((set) => [...scripts].every((s) => set.has(s)))) {
      return why`Its host name mixes scripts (${[...scripts].join(' and ')}) in "${unicode}", so it can pass for another site's address: a Cyrillic "а" looks like a Latin "a". Check the address and type it again.`;
    }
  }
  return undefined;
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let k = 0;
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE)
    delta = Math.floor(delta / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + 38));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

/** A punycode label (without its `xn--`) as Unicode, per RFC 3492; `undefined` if it is not one. */
export function decodePunycode(input: string): string | undefined {
  const output: number[] = [];
  const delimiter = Math.max(input.lastIndexOf('-'), 0);
  for (let at = 0; at < delimiter; at++) {
    const code = input.charCodeAt(at);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let at = delimiter > 0 ? delimiter + 1 : 0; at < input.length;) {
    const before = i;
    for (let weight = 1, k = BASE; ; k += BASE) {
      if (at >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(at++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      if (i > 0x10ffff * (output.length + 1)) return undefined;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      weight *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - before, length, before === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
