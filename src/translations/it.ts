import type { Strings } from './en.js';

/**
 * Italian (italiano): formal register (Lei), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Chiudi questo avviso',
  posted: 'Pubblicato il',
  updated: 'Aggiornato il',
  phone: 'Numero verde',
  readNotice: "Leggi l'avviso completo",
  severity: { info: 'Avviso', warning: 'Importante', critical: 'Urgente' },
  showSection: 'Mostra',
  hideSection: 'Nascondi',
  showAll: 'Mostra tutte le sezioni',
  hideAll: 'Nascondi tutte le sezioni',
  progress: {
    one: '{done} passaggio su {total} completato',
    many: '{done} passaggi su {total} completati',
    other: '{done} passaggi su {total} completati',
  },
  complete: 'Tutti i passaggi sono completati.',
  startOver: 'Ricomincia',
  cleared: 'I suoi segni di spunta sono stati cancellati.',
  stepLink: 'Come fare',
  contact: 'Contattaci',
  email: 'E-mail',
  website: 'Sito web',
  address: 'Indirizzo postale',
  hours: 'Orari',
  openUntil: 'Questa linea è attiva fino al {date}.',
  openedUntil: 'Questa linea è stata attiva fino al {date}.',
  whatHappened: 'Che cosa è successo?',
  informationInvolved: 'Quali informazioni sono coinvolte?',
  whatWeAreDoing: 'Che cosa stiamo facendo.',
  whatYouCanDo: 'Che cosa può fare Lei.',
  otherImportantInformation: 'Altre informazioni importanti.',
  forMoreInformation: 'Per ulteriori informazioni.',
  languageAssistance: 'Assistenza linguistica',
  questions: 'Domande e risposte',
  noticeDate: "Data dell'avviso",
  lastUpdated: 'Ultimo aggiornamento',
  status: 'Stato',
  investigating: 'Indagine in corso',
  contained: 'Contenuto',
  resolved: 'Risolto',
  breachRange: 'La violazione è avvenuta tra il {start} e il {end}.',
  breachDay: 'La violazione è avvenuta il {start}.',
  estimatedRange: 'Stimiamo che la violazione sia avvenuta tra il {start} e il {end}.',
  estimatedDay: 'Stimiamo che la violazione sia avvenuta il {start}.',
  breachUnknown: 'Non sappiamo quando sia avvenuta la violazione.',
  discovered: "L'abbiamo scoperta il {date}.",
  notDelayed: "Questo avviso non è stato ritardato da un'indagine delle forze dell'ordine.",
  delayed:
    "Questo avviso è stato ritardato perché un'indagine delle forze dell'ordine ci ha chiesto di attendere.",
};

export default table;
