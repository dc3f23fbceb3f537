/**
 * `clinic-notice: translations`: each translation gives every text the main language has (the
 * fields of model/fields.ts, which localisation reads too), one label per information type, and
 * no step or question the main text lacks. A gap shows the main language's text to its readers.
 */
import { translatableFields } from '../fields.js';
import type { Notice } from '../notice.types.js';
import { join } from '../paths.js';
import type { Report } from './rules.js';

export function translations(n: Notice, report: Report) {
  for (const [lang, t] of Object.entries(n.translations ?? {})) {
    if (!t) continue;
    const base = join('translations', lang);
    for (const field of translatableFields(n, t)) {
      if (field.expected && field.main !== undefined && field.own === undefined) {
        report(
          'translationsMissing',
          `${base}.${field.translationPath}`,
          `The "${lang}" translation leaves this field out, so its readers see the "${n.lang}" text here. Add the translation, or ignore this warning if the "${n.lang}" text is meant.`,
        );
      }
    }
    const types = n.sections?.informationInvolved?.types;
    const own = t.sections?.informationInvolved?.types;
    if (types && own?.length !== types.length) {
      report(
        'translationsMissing',
        `${base}.sections.informationInvolved.types`,
        `The "${lang}" translation lists ${own?.length ?? 0} of the ${types.length} types of information involved; they are matched by position, so ${own ? 'some are shown in the wrong place or' : 'all are'} in ${n.lang}. Give one label per type, in the same order.`,
      );
    }
    const stray = (kind: string, at: string, ids: string[], mine: object | undefined) => {
      const known = new Set(ids);
      for (const id of Object.keys(mine ?? {})) {
        if (known.has(id)) continue;
        report(
          'translationsStray',
          join(`${base}.${at}`, id),
          `There is no ${kind} with the id "${id}" in the main text, so this translation is never shown. Correct the id or remove the entry.`,
        );
      }
    };
    const steps = n.sections?.whatYouCanDo?.steps ?? [];
    stray(
      'step',
      'sections.whatYouCanDo.steps',
      steps.map((step) => step.id),
      t.sections?.whatYouCanDo?.steps,
    );
    stray(
      'question',
      'faq',
      (n.faq ?? []).map((item) => item.id),
      t.faq,
    );
  }
}
