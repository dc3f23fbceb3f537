import type { Strings } from './en.js';

/**
 * Russian (русский): formal register (Вы), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Закрыть это уведомление',
  posted: 'Опубликовано',
  updated: 'Обновлено',
  phone: 'Бесплатная горячая линия',
  readNotice: 'Прочитать уведомление полностью',
  severity: { info: 'Уведомление', warning: 'Важно', critical: 'Срочно' },
  showSection: 'Показать',
  hideSection: 'Скрыть',
  showAll: 'Показать все разделы',
  hideAll: 'Скрыть все разделы',
  progress: {
    one: 'Выполнено {done} из {total} шага',
    few: 'Выполнено {done} из {total} шагов',
    many: 'Выполнено {done} из {total} шагов',
    other: 'Выполнено {done} из {total} шага',
  },
  complete: 'Все шаги выполнены.',
  startOver: 'Начать заново',
  cleared: 'Ваши отметки удалены.',
  stepLink: 'Как это сделать',
  contact: 'Свяжитесь с нами',
  email: 'Электронная почта',
  website: 'Веб-сайт',
  address: 'Почтовый адрес',
  hours: 'Часы работы',
  openUntil: 'Эта линия работает до {date}.',
  openedUntil: 'Эта линия работала до {date}.',
  whatHappened: 'Что произошло?',
  informationInvolved: 'Какая информация была затронута?',
  whatWeAreDoing: 'Что мы делаем.',
  whatYouCanDo: 'Что можете сделать Вы.',
  otherImportantInformation: 'Другая важная информация.',
  forMoreInformation: 'Дополнительная информация.',
  languageAssistance: 'Языковая помощь',
  questions: 'Вопросы и ответы',
  noticeDate: 'Дата уведомления',
  lastUpdated: 'Последнее обновление',
  status: 'Статус',
  investigating: 'Идёт расследование',
  contained: 'Локализовано',
  resolved: 'Устранено',
  breachRange: 'Утечка произошла в период с {start} по {end}.',
  breachDay: 'Утечка произошла {start}.',
  estimatedRange: 'По нашей оценке, утечка произошла в период с {start} по {end}.',
  estimatedDay: 'По нашей оценке, утечка произошла {start}.',
  breachUnknown: 'Нам неизвестно, когда произошла утечка.',
  discovered: 'Мы обнаружили её {date}.',
  notDelayed: 'Это уведомление не было задержано из-за расследования правоохранительных органов.',
  delayed:
    'Это уведомление было задержано, потому что правоохранительные органы попросили нас подождать на время расследования.',
};

export default table;
