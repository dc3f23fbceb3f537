/**
 * Which government identity numbers a notice says were involved, read from each information
 * type's category and from its words, since authors forget categories ("Social Security numbers"
 * with no category still counts). States ask for credit-bureau contacts, identity-theft
 * prevention and credit monitoring when these were exposed.
 */
import type { Notice } from '../notice.types.js';

export type IdNumber =
  'ssn' | 'drivers-license' | 'state-id' | 'passport' | 'taxpayer-id' | 'military-id';

/** Words that name each kind of number, in English and Spanish. */
const WORDS: [IdNumber, RegExp][] = [
  ['ssn', /\bsocial security\b|\bSSNs?\b|\bseguro social\b/i],
  ['drivers-license', /\bdriver'?s'? licen[cs]es?\b|\blicencias? de conducir\b/i],
  ['state-id', /\b(?:state|California) (?:ID|identification)\b|\bidentification cards?\b/i],
  ['passport', /\bpassports?\b|\bpasaportes?\b/i],
  ['taxpayer-id', /\btax(?:payer)? identification\b|\bITINs?\b|\bEINs?\b/i],
  ['military-id', /\bmilitary (?:ID|identification)\b/i],
];

/** A type of information the notice lists, with the identity numbers it stands for. */
export interface ExposedType {
  index: number;
  label: string;
  numbers: IdNumber[];
}

/** The information types that are identity numbers, by category or by their words. */
export function idNumbersExposed(n: Notice): ExposedType[] {
  const types = n.sections?.informationInvolved?.types ?? [];
  return types.flatMap((type, index) => {
    const numbers = new Set<IdNumber>();
    if (type.category && WORDS.some(([kind]) => kind === type.category)) {
      numbers.add(type.category as IdNumber);
    }
    for (const [kind, words] of WORDS) if (words.test(type.label)) numbers.add(kind);
    return numbers.size ? [{ index, label: type.label, numbers: [...numbers] }] : [];
  });
}

/** The exposed types among `kinds`, labels quoted for a message: `"SSNs", "Passports"`. */
export function exposedOf(n: Notice, kinds: IdNumber[]): string | undefined {
  const found = idNumbersExposed(n).filter((type) =>
    type.numbers.some((kind) => kinds.includes(kind)),
  );
  return found.length ? found.map((type) => `"${type.label}"`).join(', ') : undefined;
}
