import type { Strings } from './en.js';

/**
 * Haitian Creole (Kreyòl ayisyen): polite register, the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Fèmen avi sa a',
  posted: 'Pibliye',
  updated: 'Mete ajou',
  phone: 'Liy gratis',
  readNotice: 'Li tout avi a',
  severity: { info: 'Avi', warning: 'Enpòtan', critical: 'Ijan' },
  showSection: 'Montre',
  hideSection: 'Kache',
  showAll: 'Montre tout seksyon yo',
  hideAll: 'Kache tout seksyon yo',
  progress: { one: '{done} etap sou {total} fini', other: '{done} etap sou {total} fini' },
  complete: 'Tout etap yo fini.',
  startOver: 'Rekòmanse',
  cleared: 'Nou efase mak ou yo.',
  stepLink: 'Kijan pou fè sa',
  contact: 'Kontakte nou',
  email: 'Imèl',
  website: 'Sit entènèt',
  address: 'Adrès lapòs',
  hours: 'Lè',
  openUntil: 'Liy sa a louvri jiska {date}.',
  openedUntil: 'Liy sa a te louvri jiska {date}.',
  whatHappened: 'Kisa ki te pase?',
  informationInvolved: 'Ki enfòmasyon ki te konsène?',
  whatWeAreDoing: 'Sa n ap fè.',
  whatYouCanDo: 'Sa ou ka fè.',
  otherImportantInformation: 'Lòt enfòmasyon enpòtan.',
  forMoreInformation: 'Pou plis enfòmasyon.',
  languageAssistance: 'Asistans nan lang',
  questions: 'Kesyon ak repons',
  noticeDate: 'Dat avi a',
  lastUpdated: 'Dènye mizajou',
  status: 'Sitiyasyon',
  investigating: 'Ankèt ap kontinye',
  contained: 'Anba kontwòl',
  resolved: 'Rezoud',
  breachRange: 'Vyolasyon an te fèt ant {start} ak {end}.',
  breachDay: 'Vyolasyon an te fèt {start}.',
  estimatedRange: 'Nou estime vyolasyon an te fèt ant {start} ak {end}.',
  estimatedDay: 'Nou estime vyolasyon an te fèt {start}.',
  breachUnknown: 'Nou pa konnen kilè vyolasyon an te fèt.',
  discovered: 'Nou te dekouvri li {date}.',
  notDelayed: 'Avi sa a pa t reta akoz yon ankèt lapolis.',
  delayed: 'Avi sa a te reta paske yon ankèt lapolis te mande nou tann.',
};

export default table;
