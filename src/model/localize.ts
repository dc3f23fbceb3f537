import type { InformationInvolved, Notice, Translation } from './notice.types.js';

/** A notice in one language: the translation's fields where it has them, the main text elsewhere. */
export interface LocalizedNotice extends Notice {
  /** The translation used, or `undefined` for the main language (`lang` stays the main one). */
  translation?: string;
  /** Paths of the text fields that fell back to the main language (`sections.whatHappened`). */
  fallbacks: Set<string>;
}

/** The language a field of the view is in: the translation's, or the main one where it fell back. */
export function langOf(view: LocalizedNotice, path: string): string {
  return view.translation && !view.fallbacks.has(path) ? view.translation : view.lang;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The key of the translation that suits `lang` (`es-MX` → `es-MX`, else `es`), if any. */
export function pickTranslation(notice: Notice, lang: string): string | undefined {
  if (primary(lang) === primary(notice.lang) && lang.toLowerCase() !== notice.lang.toLowerCase()) {
    const exact = Object.keys(notice.translations ?? {}).find(
      (key) => key.toLowerCase() === lang.toLowerCase(),
    );
    return exact;
  }
  if (primary(lang) === primary(notice.lang)) return undefined;
  const keys = Object.keys(notice.translations ?? {});
  return (
    keys.find((key) => key.toLowerCase() === lang.toLowerCase()) ??
    keys.find((key) => key.toLowerCase() === primary(lang)) ??
    keys.find((key) => primary(key) === primary(lang))
  );
}

/**
 * The notice as a reader of `lang` should see it. Each text field comes from the matching
 * translation when it has that field, else from the main language (recorded in `fallbacks`).
 */
export function localize(notice: Notice, lang: string): LocalizedNotice {
  const key = pickTranslation(notice, lang);
  const t: Translation | undefined = key ? notice.translations?.[key] : undefined;
  const fallbacks = new Set<string>();
  if (!t) return { ...notice, fallbacks };

  function pick<T>(path: string, own: T | undefined, main: T): T {
    if (own !== undefined) return own;
    if (main !== undefined) fallbacks.add(path);
    return main;
  }

  const s = notice.sections;
  const ts = t.sections;
  const types = s?.informationInvolved?.types;
  const steps = s?.whatYouCanDo?.steps;
  return {
    ...notice,
    translation: key,
    fallbacks,
    title: pick('title', t.title, notice.title),
    summary: pick('summary', t.summary, notice.summary),
    organization: {
      ...notice.organization,
      name: pick('organization.name', t.organization?.name, notice.organization.name),
    },
    lawEnforcementDelay: notice.lawEnforcementDelay && {
      ...notice.lawEnforcementDelay,
      statement: pick(
        'lawEnforcementDelay.statement',
        t.lawEnforcementDelay?.statement,
        notice.lawEnforcementDelay.statement,
      ),
    },
    sections: s && {
      whatHappened: pick('sections.whatHappened', ts?.whatHappened, s.whatHappened),
      informationInvolved: s.informationInvolved && {
        text: pick(
          'sections.informationInvolved.text',
          ts?.informationInvolved?.text,
          s.informationInvolved.text,
        ),
        types: types!.map((type, index) => ({
          ...type,
          label: pick(
            `sections.informationInvolved.types[${index}]`,
            ts?.informationInvolved?.types?.[index],
            type.label,
          ),
        })) as InformationInvolved['types'],
      },
      whatWeAreDoing: pick('sections.whatWeAreDoing', ts?.whatWeAreDoing, s.whatWeAreDoing),
      whatYouCanDo: s.whatYouCanDo && {
        text: pick('sections.whatYouCanDo.text', ts?.whatYouCanDo?.text, s.whatYouCanDo.text),
        steps: steps?.map((step, index) => {
          const own = ts?.whatYouCanDo?.steps?.[step.id];
          const at = `sections.whatYouCanDo.steps[${index}]`;
          return {
            ...step,
            title: pick(`${at}.title`, own?.title, step.title),
            detail: pick(`${at}.detail`, own?.detail, step.detail),
            linkText: pick(`${at}.linkText`, own?.linkText, step.linkText),
          };
        }),
      },
      otherImportantInformation: pick(
        'sections.otherImportantInformation',
        ts?.otherImportantInformation,
        s.otherImportantInformation,
      ),
      forMoreInformation: pick(
        'sections.forMoreInformation',
        ts?.forMoreInformation,
        s.forMoreInformation,
      ),
    },
    identityTheftProtection: notice.identityTheftProtection && {
      ...notice.identityTheftProtection,
      text: pick(
        'identityTheftProtection.text',
        t.identityTheftProtection?.text,
        notice.identityTheftProtection.text,
      ),
    },
    patientRights: notice.patientRights && {
      policeReport: pick(
        'patientRights.policeReport',
        t.patientRights?.policeReport,
        notice.patientRights.policeReport,
      ),
      securityFreeze: pick(
        'patientRights.securityFreeze',
        t.patientRights?.securityFreeze,
        notice.patientRights.securityFreeze,
      ),
    },
    faq: notice.faq?.map((item, index) => {
      const own = t.faq?.[item.id];
      return {
        ...item,
        question: pick(`faq[${index}].question`, own?.question, item.question),
        answer: pick(`faq[${index}].answer`, own?.answer, item.answer),
      };
    }),
    contact: notice.contact && {
      ...notice.contact,
      postalAddress: pick(
        'contact.postalAddress',
        t.contact?.postalAddress,
        notice.contact.postalAddress,
      ),
      hours: pick('contact.hours', t.contact?.hours, notice.contact.hours),
    },
  };
}
