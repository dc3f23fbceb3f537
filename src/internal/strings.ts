import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CA_HEADINGS } from '../model/california.js';

/** The element's own words. Notice content is the clinic's and never passes through here. */
const en = {
  dismiss: 'Dismiss this notice',
  posted: 'Posted',
  updated: 'Updated',
  phone: 'Toll-free helpline',
  readNotice: 'Read the full notice',
  severityInfo: 'Notice',
  severityWarning: 'Important',
  severityCritical: 'Urgent',
  showSection: 'Show',
  hideSection: 'Hide',
  showAll: 'Show all sections',
  hideAll: 'Hide all sections',
  /** "2 of 5 steps done": the plural form follows the total. */
  progress: { one: '{done} of {total} step done', other: '{done} of {total} steps done' },
  complete: 'All steps done.',
  startOver: 'Start over',
  cleared: 'Your ticks were cleared.',
  stepLink: 'How to do this',
  contact: 'Contact us',
  email: 'Email',
  website: 'Website',
  address: 'Postal address',
  hours: 'Hours',
  openUntil: 'This line is open until {date}.',
  openedUntil: 'This line was open until {date}.',
  /** The section headings California prescribes (1798.82(d)(1)), in its words. */
  ...CA_HEADINGS,
  questions: 'Questions and Answers',
  noticeDate: 'Notice date',
  lastUpdated: 'Last updated',
  status: 'Status',
  investigating: 'Investigation under way',
  contained: 'Contained',
  resolved: 'Resolved',
  breachRange: 'The breach took place between {start} and {end}.',
  breachDay: 'The breach took place on {start}.',
  estimatedRange: 'We estimate that the breach took place between {start} and {end}.',
  estimatedDay: 'We estimate that the breach took place on {start}.',
  discovered: 'We discovered it on {date}.',
  notDelayed: 'This notice was not delayed by a law-enforcement investigation.',
  delayed: 'This notice was delayed because a law-enforcement investigation asked us to wait.',
};

/** Every table has every key; a heading may be any string in another language. */
export type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};

const es: Strings = {
  dismiss: 'Cerrar este aviso',
  posted: 'Publicado',
  updated: 'Actualizado',
  phone: 'Línea gratuita',
  readNotice: 'Lea el aviso completo',
  severityInfo: 'Aviso',
  severityWarning: 'Importante',
  severityCritical: 'Urgente',
  showSection: 'Mostrar',
  hideSection: 'Ocultar',
  showAll: 'Mostrar todas las secciones',
  hideAll: 'Ocultar todas las secciones',
  progress: {
    one: '{done} de {total} paso completado',
    other: '{done} de {total} pasos completados',
  },
  complete: 'Todos los pasos están completados.',
  startOver: 'Empezar de nuevo',
  cleared: 'Se borraron sus marcas.',
  stepLink: 'Cómo hacerlo',
  contact: 'Contáctenos',
  email: 'Correo electrónico',
  website: 'Sitio web',
  address: 'Dirección postal',
  hours: 'Horario',
  openUntil: 'Esta línea está abierta hasta el {date}.',
  openedUntil: 'Esta línea estuvo abierta hasta el {date}.',
  whatHappened: '¿Qué sucedió?',
  informationInvolved: '¿Qué información se vio afectada?',
  whatWeAreDoing: 'Lo que estamos haciendo.',
  whatYouCanDo: 'Lo que usted puede hacer.',
  otherImportantInformation: 'Otra información importante.',
  forMoreInformation: 'Para más información.',
  questions: 'Preguntas y respuestas',
  noticeDate: 'Fecha del aviso',
  lastUpdated: 'Última actualización',
  status: 'Estado',
  investigating: 'Investigación en curso',
  contained: 'Controlado',
  resolved: 'Resuelto',
  breachRange: 'La violación ocurrió entre el {start} y el {end}.',
  breachDay: 'La violación ocurrió el {start}.',
  estimatedRange: 'Calculamos que la violación ocurrió entre el {start} y el {end}.',
  estimatedDay: 'Calculamos que la violación ocurrió el {start}.',
  discovered: 'La descubrimos el {date}.',
  notDelayed: 'Este aviso no se retrasó por una investigación policial.',
  delayed: 'Este aviso se retrasó porque una investigación policial nos pidió esperar.',
};

const tables: Record<string, Strings> = { en, es };

/** Fills `{name}` placeholders in one of the strings above. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Picks the plural form for `count` by the language's rules (`Intl.PluralRules`). */
export function plural(forms: { one: string; other: string }, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return category === 'one' ? forms.one : forms.other;
}

/**
 * A tag `Intl` accepts: CMSs write `es_MX`, and a tag `Intl` rejects would make every date and
 * plural throw. Anything still unreadable is English.
 */
function canonical(lang: string): string {
  for (const candidate of [lang, lang.replaceAll('_', '-')]) {
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {
      // Try the next spelling.
    }
  }
  return 'en';
}

/**
 * The language that applies to `element`: its own `lang`, the nearest ancestor's (crossing shadow
 * roots), the document's, else English.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return canonical(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** The words for a BCP 47 tag: `es-MX` gets Spanish; anything without a table gets English. */
export function stringsFor(lang: string): Strings {
  return tables[lang.toLowerCase().split('-')[0]] ?? en;
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Keeps an element's words in the page's language: it re-renders the element when a `lang`
 * attribute changes anywhere in the document (on the element, an ancestor, or `<html>`).
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get lang(): string {
    return languageOf(this.host);
  }

  get strings(): Strings {
    return stringsFor(this.lang);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
