import type { Strings } from './en.js';

/**
 * Chinese, Traditional (繁體中文): formal written Chinese, the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: '關閉此通知',
  posted: '發布日期',
  updated: '更新日期',
  phone: '免付費專線',
  readNotice: '閱讀完整通知',
  severity: { info: '通知', warning: '重要', critical: '緊急' },
  showSection: '顯示',
  hideSection: '隱藏',
  showAll: '顯示所有部分',
  hideAll: '隱藏所有部分',
  progress: { other: '已完成 {done}/{total} 個步驟' },
  complete: '所有步驟均已完成。',
  startOver: '重新開始',
  cleared: '您的勾選已清除。',
  stepLink: '如何操作',
  contact: '聯絡我們',
  email: '電子郵件',
  website: '網站',
  address: '郵寄地址',
  hours: '服務時間',
  openUntil: '此專線開放至{date}。',
  openedUntil: '此專線已開放至{date}。',
  whatHappened: '發生了什麼事？',
  informationInvolved: '涉及哪些資訊？',
  whatWeAreDoing: '我們正在採取的措施。',
  whatYouCanDo: '您可以採取的措施。',
  otherImportantInformation: '其他重要資訊。',
  forMoreInformation: '更多資訊。',
  languageAssistance: '語言協助',
  questions: '問題與解答',
  noticeDate: '通知日期',
  lastUpdated: '最後更新',
  status: '狀態',
  investigating: '調查中',
  contained: '已控制',
  resolved: '已解決',
  breachRange: '資料外洩發生在{start}至{end}之間。',
  breachDay: '資料外洩發生在{start}。',
  estimatedRange: '我們估計資料外洩發生在{start}至{end}之間。',
  estimatedDay: '我們估計資料外洩發生在{start}。',
  breachUnknown: '我們不知道資料外洩發生的時間。',
  discovered: '我們於{date}發現此事。',
  notDelayed: '本通知沒有因執法調查而延遲。',
  delayed: '由於執法調查要求我們等待，本通知有所延遲。',
};

export default table;
