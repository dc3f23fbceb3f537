import type { Strings } from './en.js';

/**
 * Japanese (日本語): polite register (です・ます), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'このお知らせを閉じる',
  posted: '掲載日',
  updated: '更新日',
  phone: 'フリーダイヤル',
  readNotice: 'お知らせ全文を読む',
  severity: { info: 'お知らせ', warning: '重要', critical: '緊急' },
  showSection: '表示',
  hideSection: '非表示',
  showAll: 'すべての項目を表示',
  hideAll: 'すべての項目を非表示',
  progress: { other: '{total} 件中 {done} 件の手順が完了' },
  complete: 'すべての手順が完了しました。',
  startOver: '最初からやり直す',
  cleared: 'チェックを消去しました。',
  stepLink: '手順を見る',
  contact: 'お問い合わせ',
  email: 'メール',
  website: 'ウェブサイト',
  address: '郵送先住所',
  hours: '受付時間',
  openUntil: 'この窓口は{date}まで受け付けています。',
  openedUntil: 'この窓口は{date}まで受け付けていました。',
  whatHappened: '何が起きたのか',
  informationInvolved: 'どの情報が関係しているのか',
  whatWeAreDoing: '当院の対応',
  whatYouCanDo: 'ご自身でできること',
  otherImportantInformation: 'その他の重要な情報',
  forMoreInformation: 'お問い合わせ先',
  languageAssistance: '言語支援',
  questions: 'よくある質問',
  noticeDate: 'お知らせの日付',
  lastUpdated: '最終更新',
  status: '状況',
  investigating: '調査中',
  contained: '封じ込め済み',
  resolved: '解決済み',
  breachRange: '情報漏えいは{start}から{end}の間に発生しました。',
  breachDay: '情報漏えいは{start}に発生しました。',
  estimatedRange: '情報漏えいは{start}から{end}の間に発生したと推定されます。',
  estimatedDay: '情報漏えいは{start}に発生したと推定されます。',
  breachUnknown: '情報漏えいがいつ発生したかは分かっていません。',
  discovered: '当院は{date}にこれを発見しました。',
  notDelayed: 'このお知らせは法執行機関の捜査による遅れはありません。',
  delayed: '法執行機関から捜査のため待つよう求められたため、このお知らせは遅れました。',
};

export default table;
