import type { Strings } from './en.js';

/**
 * Chinese, Simplified (简体中文): formal written Chinese, the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: '关闭此通知',
  posted: '发布日期',
  updated: '更新日期',
  phone: '免费热线',
  readNotice: '阅读完整通知',
  severity: { info: '通知', warning: '重要', critical: '紧急' },
  showSection: '显示',
  hideSection: '隐藏',
  showAll: '显示所有部分',
  hideAll: '隐藏所有部分',
  progress: { other: '已完成 {done}/{total} 个步骤' },
  complete: '所有步骤均已完成。',
  startOver: '重新开始',
  cleared: '您的勾选已清除。',
  stepLink: '如何操作',
  contact: '联系我们',
  email: '电子邮件',
  website: '网站',
  address: '邮寄地址',
  hours: '服务时间',
  openUntil: '此热线开放至{date}。',
  openedUntil: '此热线已开放至{date}。',
  whatHappened: '发生了什么？',
  informationInvolved: '涉及哪些信息？',
  whatWeAreDoing: '我们正在采取的措施。',
  whatYouCanDo: '您可以采取的措施。',
  otherImportantInformation: '其他重要信息。',
  forMoreInformation: '更多信息。',
  languageAssistance: '语言协助',
  questions: '问题与解答',
  noticeDate: '通知日期',
  lastUpdated: '最后更新',
  status: '状态',
  investigating: '调查中',
  contained: '已控制',
  resolved: '已解决',
  breachRange: '数据泄露发生在{start}至{end}之间。',
  breachDay: '数据泄露发生在{start}。',
  estimatedRange: '我们估计数据泄露发生在{start}至{end}之间。',
  estimatedDay: '我们估计数据泄露发生在{start}。',
  breachUnknown: '我们不知道数据泄露发生的时间。',
  discovered: '我们于{date}发现此事。',
  notDelayed: '本通知没有因执法调查而延迟。',
  delayed: '由于执法调查要求我们等待，本通知有所延迟。',
};

export default table;
