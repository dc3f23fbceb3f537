import type { Strings } from './en.js';

/**
 * German (Deutsch): formal register (Sie), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Diesen Hinweis schließen',
  posted: 'Veröffentlicht',
  updated: 'Aktualisiert',
  phone: 'Kostenlose Hotline',
  readNotice: 'Vollständige Mitteilung lesen',
  severity: { info: 'Hinweis', warning: 'Wichtig', critical: 'Dringend' },
  showSection: 'Anzeigen',
  hideSection: 'Ausblenden',
  showAll: 'Alle Abschnitte anzeigen',
  hideAll: 'Alle Abschnitte ausblenden',
  progress: {
    one: '{done} von {total} Schritt erledigt',
    other: '{done} von {total} Schritten erledigt',
  },
  complete: 'Alle Schritte sind erledigt.',
  startOver: 'Von vorn beginnen',
  cleared: 'Ihre Häkchen wurden gelöscht.',
  stepLink: 'So geht es',
  contact: 'Kontakt',
  email: 'E-Mail',
  website: 'Website',
  address: 'Postanschrift',
  hours: 'Erreichbarkeit',
  openUntil: 'Diese Hotline ist bis zum {date} erreichbar.',
  openedUntil: 'Diese Hotline war bis zum {date} erreichbar.',
  whatHappened: 'Was ist passiert?',
  informationInvolved: 'Welche Informationen sind betroffen?',
  whatWeAreDoing: 'Was wir unternehmen.',
  whatYouCanDo: 'Was Sie tun können.',
  otherImportantInformation: 'Weitere wichtige Informationen.',
  forMoreInformation: 'Weitere Informationen.',
  languageAssistance: 'Sprachliche Unterstützung',
  questions: 'Fragen und Antworten',
  noticeDate: 'Datum der Mitteilung',
  lastUpdated: 'Zuletzt aktualisiert',
  status: 'Stand',
  investigating: 'Untersuchung läuft',
  contained: 'Eingedämmt',
  resolved: 'Behoben',
  breachRange: 'Der Vorfall ereignete sich zwischen dem {start} und dem {end}.',
  breachDay: 'Der Vorfall ereignete sich am {start}.',
  estimatedRange:
    'Wir schätzen, dass sich der Vorfall zwischen dem {start} und dem {end} ereignete.',
  estimatedDay: 'Wir schätzen, dass sich der Vorfall am {start} ereignete.',
  breachUnknown: 'Wir wissen nicht, wann sich der Vorfall ereignete.',
  discovered: 'Wir haben ihn am {date} entdeckt.',
  notDelayed:
    'Diese Mitteilung wurde nicht durch Ermittlungen der Strafverfolgungsbehörden verzögert.',
  delayed:
    'Diese Mitteilung wurde verzögert, weil uns die Strafverfolgungsbehörden für ihre Ermittlungen um Aufschub gebeten haben.',
};

export default table;
