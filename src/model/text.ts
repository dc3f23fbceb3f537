import { safeUrl } from './links.js';

/** A link in a text field: `[label](url)`. `href` is undefined when the URL was refused. */
export interface TextLink {
  label: string;
  url: string;
  href: string | undefined;
}

/** A paragraph: runs of plain text and links, in order. */
export type Paragraph = (string | TextLink)[];

/** `[label](url)`; the URL may hold one level of balanced parentheses, as Wikipedia's do. */
const LINK = /\[([^\][\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

/**
 * Reads a notice text field: a blank line starts a new paragraph, `[label](url)` makes a link
 * (only `https:`, `http:`, `tel:`, `mailto:` and relative URLs get an `href`), and nothing else
 * is interpreted: `<b>` stays the four characters it is. Single line breaks are kept as spaces.
 */
export function parseText(text: string | undefined): Paragraph[] {
  if (!text) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((block) => {
      const runs: Paragraph = [];
      let last = 0;
      for (const match of block.matchAll(LINK)) {
        if (match.index > last) runs.push(block.slice(last, match.index));
        runs.push({ label: match[1], url: match[2], href: safeUrl(match[2]) });
        last = match.index + match[0].length;
      }
      if (last < block.length) runs.push(block.slice(last));
      return runs;
    });
}

/** Every link in a text field, for the checker. */
export function linksIn(text: string | undefined): TextLink[] {
  return parseText(text)
    .flat()
    .filter((run): run is TextLink => typeof run !== 'string');
}
