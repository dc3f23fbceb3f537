import type { Strings } from './en.js';

/**
 * Polish (polski): formal register (Pan/Pani), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Zamknij to powiadomienie',
  posted: 'Opublikowano',
  updated: 'Zaktualizowano',
  phone: 'Bezpłatna infolinia',
  readNotice: 'Przeczytaj całe powiadomienie',
  severity: { info: 'Powiadomienie', warning: 'Ważne', critical: 'Pilne' },
  showSection: 'Pokaż',
  hideSection: 'Ukryj',
  showAll: 'Pokaż wszystkie sekcje',
  hideAll: 'Ukryj wszystkie sekcje',
  progress: {
    one: 'Wykonano {done} z {total} kroku',
    few: 'Wykonano {done} z {total} kroków',
    many: 'Wykonano {done} z {total} kroków',
    other: 'Wykonano {done} z {total} kroku',
  },
  complete: 'Wszystkie kroki zostały wykonane.',
  startOver: 'Zacznij od nowa',
  cleared: 'Zaznaczenia zostały usunięte.',
  stepLink: 'Jak to zrobić',
  contact: 'Kontakt',
  email: 'E-mail',
  website: 'Strona internetowa',
  address: 'Adres pocztowy',
  hours: 'Godziny pracy',
  openUntil: 'Ta linia jest czynna do {date}.',
  openedUntil: 'Ta linia była czynna do {date}.',
  whatHappened: 'Co się stało?',
  informationInvolved: 'Jakich informacji to dotyczy?',
  whatWeAreDoing: 'Co robimy.',
  whatYouCanDo: 'Co mogą Państwo zrobić.',
  otherImportantInformation: 'Inne ważne informacje.',
  forMoreInformation: 'Więcej informacji.',
  languageAssistance: 'Pomoc językowa',
  questions: 'Pytania i odpowiedzi',
  noticeDate: 'Data powiadomienia',
  lastUpdated: 'Ostatnia aktualizacja',
  status: 'Stan',
  investigating: 'Trwa dochodzenie',
  contained: 'Opanowane',
  resolved: 'Rozwiązane',
  breachRange: 'Naruszenie miało miejsce między {start} a {end}.',
  breachDay: 'Naruszenie miało miejsce {start}.',
  estimatedRange: 'Szacujemy, że naruszenie miało miejsce między {start} a {end}.',
  estimatedDay: 'Szacujemy, że naruszenie miało miejsce {start}.',
  breachUnknown: 'Nie wiemy, kiedy doszło do naruszenia.',
  discovered: 'Wykryliśmy je {date}.',
  notDelayed: 'To powiadomienie nie zostało opóźnione przez dochodzenie organów ścigania.',
  delayed:
    'To powiadomienie zostało opóźnione, ponieważ organy ścigania poprosiły nas o wstrzymanie się na czas dochodzenia.',
};

export default table;
