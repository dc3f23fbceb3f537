/**
 * Text that is there but says nothing: blank, or a placeholder the author meant to replace
 * ("TBD", "N/A", "[insert date]", "lorem ipsum"). A notice whose required parts hold those is as
 * incomplete as one without them, so each is an error at its path, under the rule that asks for
 * that part (HIPAA's for the sections and the contact procedures, this library's elsewhere), in
 * the main language and in every translation.
 */
import type { Notice } from '../notice.types.js';
import { schema } from '../schema.generated.js';
import type { Report, RuleId } from './rules.js';
import { walk } from './walk.js';

/** A whole field that is only one of these is a placeholder (any case, any surrounding marks). */
const WHOLE = new RegExp(
  '^(?:' +
    [
      'tbd',
      'tba',
      'tbc',
      'n/?a',
      'n\\.a\\.?',
      'n/d',
      'to ?do',
      'x{2,}',
      'pending',
      'placeholder',
      'to be (?:determined|announced|confirmed|added)',
      'por (?:determinar|definir|confirmar)',
      'pendiente',
      'insert .*',
    ].join('|') +
    ')$',
  'i',
);

/** Inside longer text: what only an unfinished draft holds. */
const INSIDE = [
  /\[\s*insert\b[^\]]*\]/i,
  /\blorem ipsum\b/i,
  /\b(?:TBD|TBA|TODO|FIXME)\b/,
  /\bXXX+\b/,
  /\{\{[^}]*\}\}/,
];

/**
 * What marks a field as holding no meaning, or `undefined` when it carries some. In words, a
 * field of marks only ("...", "—") says nothing; in a URL they can (`/` is the home page).
 */
export function placeholderIn(text: string, url = false): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 'nothing but white space';
  if (!url && !/[\p{L}\p{N}]/u.test(trimmed)) return `only "${trimmed}"`;
  // A placeholder standing for the whole field is short (and a long text is not read twice).
  if (trimmed.length <= 60) {
    const bare = trimmed.replace(/^[\s[({<"'*_]+|[\s\])}>"'*_.:;,!]+$/g, '');
    if (WHOLE.test(bare)) return `only "${trimmed}", a placeholder`;
  }
  for (const pattern of INSIDE) {
    const found = pattern.exec(trimmed)?.[0];
    if (found) return `the placeholder "${found}"`;
  }
  return undefined;
}

/** The kinds of value whose words patients read (not phone numbers: the phone rules read those). */
const TEXTS = new Set(['#/$defs/text', '#/$defs/shortText', '#/$defs/url', '#/$defs/email']);

/** The rule that asks for the part of the notice at `path` (a translation's as the main one's). */
function ruleFor(path: string): RuleId {
  const main = path.replace(/^translations\.[^.]+\./, '');
  if (main === 'sections.whatHappened') return 'hipaaWhatHappened';
  if (main.startsWith('sections.informationInvolved')) return 'hipaaInformation';
  if (main === 'sections.whatWeAreDoing') return 'hipaaWhatWeAreDoing';
  if (main.startsWith('sections.whatYouCanDo')) return 'hipaaWhatYouCanDo';
  if (main.startsWith('contact.')) return 'hipaaContact';
  return 'contentMeaningful';
}

export function content(n: Notice, report: Report) {
  walk(n, schema, '', (ref, value, path) => {
    if (!TEXTS.has(ref) || typeof value !== 'string') return;
    const found = placeholderIn(value, ref === '#/$defs/url');
    if (!found) return;
    report(
      ruleFor(path),
      path,
      `${path} holds ${found}, which tells a patient nothing. Write what it should say, or leave the field out where it is optional.`,
    );
  });
}
