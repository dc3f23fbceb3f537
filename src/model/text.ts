import { isSpace } from './chars.js';
import { misleadingLabel } from './link-words.js';
import { readUrl } from './links.js';

/**
 * A link in a text field: `[label](url)`. `href` is what to link to (as `readUrl` reads the URL),
 * or `undefined` when the link is refused, with the reason in `refused`; a refused link shows as
 * its label alone.
 */
export interface TextLink {
  label: string;
  url: string;
  href: string | undefined;
  /** Why the link is refused, as a sentence (only when it is). */
  refused?: string;
}

/** A paragraph: runs of plain text and links, in order. */
export type Paragraph = (string | TextLink)[];

/**
 * Reads a notice text field: a blank line starts a new paragraph, `[label](url)` makes a link
 * (only `https:`, `http:`, `tel:`, `mailto:` and relative URLs get an `href`, as `readUrl` in
 * links.ts reads them), and nothing else
 * is interpreted: `<b>` stays the four characters it is. Single line breaks are kept as spaces.
 *
 * It reads the text in one pass, without regular expressions that backtrack: a field of any
 * length, however hostile (a run of a million spaces, a thousand unclosed links), costs time in
 * proportion to its length.
 */
export function parseText(text: string | undefined): Paragraph[] {
  if (!text) return [];
  const paragraphs: Paragraph[] = [];
  for (const block of blocks(text.replace(/\r\n?/g, '\n'))) {
    const joined = joinLines(block).trim();
    if (joined) paragraphs.push(runsOf(joined));
  }
  return paragraphs;
}

/** Every link in a text field, for the checker. */
export function linksIn(text: string | undefined): TextLink[] {
  return parseText(text)
    .flat()
    .filter((run): run is TextLink => typeof run !== 'string');
}

/** The text cut at each blank line: a line break, spaces or tabs only, and another line break. */
function blocks(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    let next = at + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '\n') {
      out.push(text.slice(start, at));
      start = next + 1;
      at = text.indexOf('\n', start);
    } else {
      at = text.indexOf('\n', next);
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A block with every run of white space that holds a line break made one space. */
function joinLines(block: string): string {
  if (!block.includes('\n')) return block;
  const pieces: string[] = [];
  let kept = 0;
  for (let at = 0; at < block.length;) {
    if (!isSpace(block.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    let breaks = false;
    for (; at < block.length && isSpace(block.charCodeAt(at)); at++) {
      if (block[at] === '\n') breaks = true;
    }
    if (breaks) {
      pieces.push(block.slice(kept, start), ' ');
      kept = at;
    }
  }
  pieces.push(block.slice(kept));
  return pieces.join('');
}

/** A paragraph's plain text and `[label](url)` links, in order. */
function runsOf(block: string): Paragraph {
  const runs: Paragraph = [];
  let last = 0;
  let at = block.indexOf('[');
  while (at !== -1) {
    const link = linkAt(block, at);
    if (!link) {
      at = block.indexOf('[', at + 1);
      continue;
    }
    if (at > last) runs.push(block.slice(last, at));
    runs.push(textLink(link.label, link.url));
    last = link.end;
    at = block.indexOf('[', last);
  }
  if (last < block.length) runs.push(block.slice(last));
  return runs;
}

/**
 * The link `[label](url)` reads as: where it goes, or why it goes nowhere (a URL `readUrl`
 * refuses, or words that show a number or an address the link does not go to).
 */
function textLink(label: string, url: string): TextLink {
  const reading = readUrl(url);
  const refused = reading.ok ? misleadingLabel(label, reading.href) : reading.problem;
  if (refused || !reading.ok) return { label, url, href: undefined, refused };
  return { label, url, href: reading.href };
}

/**
 * The link that starts at `start` (a `[`), if one does: a label of one or more characters other
 * than brackets, `](`, a URL without white space that may hold balanced parentheses one level
 * deep (as Wikipedia's do), and `)`. Each part is read once and never read again.
 */
function linkAt(text: string, start: number): { label: string; url: string; end: number } | null {
  let at = start + 1;
  while (at < text.length && text[at] !== '[' && text[at] !== ']' && text[at] !== '\n') at++;
  if (at === start + 1 || text[at] !== ']' || text[at + 1] !== '(') return null;
  const close = at;
  const urlStart = close + 2;
  const plain = (index: number) =>
    index < text.length &&
    text[index] !== '(' &&
    text[index] !== ')' &&
    !isSpace(text.charCodeAt(index));
  at = urlStart;
  for (;;) {
    if (plain(at)) {
      at++;
    } else if (text[at] === '(') {
      let inner = at + 1;
      while (plain(inner)) inner++;
      if (text[inner] !== ')') break;
      at = inner + 1;
    } else {
      break;
    }
  }
  if (at === urlStart || text[at] !== ')') return null;
  return { label: text.slice(start + 1, close), url: text.slice(urlStart, at), end: at + 1 };
}
