import type { Strings } from './en.js';

/**
 * Tagalog: polite register (po), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Isara ang abisong ito',
  posted: 'Inilathala',
  updated: 'Na-update',
  phone: 'Libreng hotline',
  readNotice: 'Basahin ang buong abiso',
  severity: { info: 'Abiso', warning: 'Mahalaga', critical: 'Apurahan' },
  showSection: 'Ipakita',
  hideSection: 'Itago',
  showAll: 'Ipakita ang lahat ng seksyon',
  hideAll: 'Itago ang lahat ng seksyon',
  progress: {
    one: 'Tapos na ang {done} sa {total} hakbang',
    other: 'Tapos na ang {done} sa {total} hakbang',
  },
  complete: 'Tapos na ang lahat ng hakbang.',
  startOver: 'Magsimulang muli',
  cleared: 'Nabura na ang inyong mga tsek.',
  stepLink: 'Paano ito gawin',
  contact: 'Makipag-ugnayan sa amin',
  email: 'Email',
  website: 'Website',
  address: 'Address sa koreo',
  hours: 'Oras',
  openUntil: 'Bukas ang linyang ito hanggang {date}.',
  openedUntil: 'Bukas ang linyang ito hanggang {date} lamang.',
  whatHappened: 'Ano ang Nangyari?',
  informationInvolved: 'Anong Impormasyon ang Nasangkot?',
  whatWeAreDoing: 'Ang Ginagawa Namin.',
  whatYouCanDo: 'Ang Magagawa Ninyo.',
  otherImportantInformation: 'Iba Pang Mahalagang Impormasyon.',
  forMoreInformation: 'Para sa Karagdagang Impormasyon.',
  languageAssistance: 'Tulong sa wika',
  questions: 'Mga Tanong at Sagot',
  noticeDate: 'Petsa ng abiso',
  lastUpdated: 'Huling na-update',
  status: 'Katayuan',
  investigating: 'Iniimbestigahan pa',
  contained: 'Napigilan na',
  resolved: 'Nalutas na',
  breachRange: 'Nangyari ang paglabag mula {start} hanggang {end}.',
  breachDay: 'Nangyari ang paglabag noong {start}.',
  estimatedRange: 'Tinatantiya naming nangyari ang paglabag mula {start} hanggang {end}.',
  estimatedDay: 'Tinatantiya naming nangyari ang paglabag noong {start}.',
  breachUnknown: 'Hindi namin alam kung kailan nangyari ang paglabag.',
  discovered: 'Natuklasan namin ito noong {date}.',
  notDelayed: 'Hindi naantala ang abisong ito dahil sa imbestigasyon ng mga awtoridad.',
  delayed:
    'Naantala ang abisong ito dahil hiniling ng imbestigasyon ng mga awtoridad na maghintay kami.',
};

export default table;
