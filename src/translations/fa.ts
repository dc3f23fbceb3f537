import type { Strings } from './en.js';

/**
 * Persian, Farsi (فارسی): formal register (شما), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'بستن این اطلاعیه',
  posted: 'تاریخ انتشار',
  updated: 'تاریخ به‌روزرسانی',
  phone: 'خط تلفن رایگان',
  readNotice: 'خواندن متن کامل اطلاعیه',
  severity: { info: 'اطلاعیه', warning: 'مهم', critical: 'فوری' },
  showSection: 'نمایش',
  hideSection: 'پنهان کردن',
  showAll: 'نمایش همه بخش‌ها',
  hideAll: 'پنهان کردن همه بخش‌ها',
  progress: { one: '{done} از {total} مرحله انجام شد', other: '{done} از {total} مرحله انجام شد' },
  complete: 'همه مراحل انجام شد.',
  startOver: 'شروع دوباره',
  cleared: 'علامت‌های شما پاک شد.',
  stepLink: 'روش انجام',
  contact: 'تماس با ما',
  email: 'ایمیل',
  website: 'وب‌سایت',
  address: 'نشانی پستی',
  hours: 'ساعات کار',
  openUntil: 'این خط تا {date} فعال است.',
  openedUntil: 'این خط تا {date} فعال بود.',
  whatHappened: 'چه اتفاقی افتاد؟',
  informationInvolved: 'چه اطلاعاتی درگیر بود؟',
  whatWeAreDoing: 'اقداماتی که انجام می‌دهیم.',
  whatYouCanDo: 'کارهایی که شما می‌توانید انجام دهید.',
  otherImportantInformation: 'اطلاعات مهم دیگر.',
  forMoreInformation: 'برای اطلاعات بیشتر.',
  languageAssistance: 'کمک زبانی',
  questions: 'پرسش و پاسخ',
  noticeDate: 'تاریخ اطلاعیه',
  lastUpdated: 'آخرین به‌روزرسانی',
  status: 'وضعیت',
  investigating: 'در حال بررسی',
  contained: 'مهار شده',
  resolved: 'برطرف شده',
  breachRange: 'این نقض امنیتی بین {start} و {end} رخ داد.',
  breachDay: 'این نقض امنیتی در {start} رخ داد.',
  estimatedRange: 'برآورد ما این است که این نقض امنیتی بین {start} و {end} رخ داد.',
  estimatedDay: 'برآورد ما این است که این نقض امنیتی در {start} رخ داد.',
  breachUnknown: 'نمی‌دانیم این نقض امنیتی چه زمانی رخ داد.',
  discovered: 'ما آن را در {date} کشف کردیم.',
  notDelayed: 'این اطلاعیه به دلیل تحقیقات نهادهای انتظامی به تأخیر نیفتاد.',
  delayed: 'این اطلاعیه به تأخیر افتاد، زیرا نهادهای انتظامی برای تحقیقات از ما خواستند صبر کنیم.',
};

export default table;
