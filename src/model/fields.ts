import type { Notice, Translation } from './notice.types.js';
import { join, valueAt } from './paths.js';

/**
 * The text fields (and the one address) a translation can give: the one list from which localisation (which text a
 * reader of a language sees) and the checker (which translated field is missing) are derived.
 */
export interface TranslatableField {
  /** Where the text is in the notice and in its localised view: `faq[2].answer`. */
  path: string;
  /** Where a translation gives it: `faq["call-us"].answer` (steps and questions go by id). */
  translationPath: string;
  /** The main language's text. */
  main: string | undefined;
  /** The translation's text, if it gives one. */
  own: string | undefined;
  /**
   * Whether a translation should give it. The organisation's name usually reads the same in every
   * language, and the list of information types is checked as a whole.
   */
  expected: boolean;
}

/** A plain field: the same path in the notice and in a translation. */
const same = (path: string) => ({ path, translationPath: path });

/** The fields in the order of the notice. */
function places(notice: Notice): { path: string; translationPath: string; expected?: false }[] {
  const steps = notice.sections?.whatYouCanDo?.steps ?? [];
  const types = notice.sections?.informationInvolved?.types ?? [];
  return [
    same('title'),
    same('summary'),
    { ...same('organization.name'), expected: false },
    same('lawEnforcementDelay.statement'),
    same('sections.whatHappened'),
    same('sections.informationInvolved.text'),
    ...types.map((_, index) => ({
      path: `sections.informationInvolved.types[${index}].label`,
      translationPath: `sections.informationInvolved.types[${index}]`,
      expected: false as const,
    })),
    same('sections.whatWeAreDoing'),
    same('sections.whatYouCanDo.text'),
    ...steps.flatMap((step, index) =>
      (['title', 'detail', 'linkText'] as const).map((field) => ({
        path: `sections.whatYouCanDo.steps[${index}].${field}`,
        translationPath: `${join('sections.whatYouCanDo.steps', step.id)}.${field}`,
      })),
    ),
    same('sections.otherImportantInformation'),
    same('sections.forMoreInformation'),
    same('identityTheftProtection.text'),
    same('patientRights.policeReport'),
    same('patientRights.securityFreeze'),
    same('patientRights.creditBureaus'),
    same('patientRights.agencies'),
    ...(notice.faq ?? []).flatMap((item, index) =>
      (['question', 'answer'] as const).map((field) => ({
        path: `faq[${index}].${field}`,
        translationPath: `${join('faq', item.id)}.${field}`,
      })),
    ),
    // A page in the reader's language, where the clinic has one: not every translation needs it.
    { ...same('contact.website'), expected: false },
    same('contact.websiteText'),
    same('contact.postalAddress'),
    same('contact.hours'),
  ];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Every translatable field of `notice`, with what `translation` (if any) gives for it. */
export function translatableFields(notice: Notice, translation?: Translation): TranslatableField[] {
  return places(notice).map(({ path, translationPath, expected }) => ({
    path,
    translationPath,
    main: text(valueAt(notice, path)),
    own: translation ? text(valueAt(translation, translationPath)) : undefined,
    expected: expected ?? true,
  }));
}
