import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
};

export type Strings = typeof en;

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
};

const tables: Record<string, Strings> = { en, es };

/**
 * The language that applies to `element`: its own `lang`, the nearest ancestor's (crossing shadow
 * roots), the document's, else English.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
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
