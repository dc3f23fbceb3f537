import type { Strings } from './en.js';

/**
 * Korean (한국어): formal polite register (합쇼체), the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: '이 알림 닫기',
  posted: '게시일',
  updated: '업데이트',
  phone: '무료 상담 전화',
  readNotice: '전체 알림 읽기',
  severity: { info: '알림', warning: '중요', critical: '긴급' },
  showSection: '보기',
  hideSection: '숨기기',
  showAll: '모든 항목 보기',
  hideAll: '모든 항목 숨기기',
  progress: { other: '{total}단계 중 {done}단계 완료' },
  complete: '모든 단계를 완료했습니다.',
  startOver: '처음부터 다시',
  cleared: '표시가 지워졌습니다.',
  stepLink: '방법 보기',
  contact: '문의하기',
  email: '이메일',
  website: '웹사이트',
  address: '우편 주소',
  hours: '운영 시간',
  openUntil: '이 전화는 {date}까지 운영됩니다.',
  openedUntil: '이 전화는 {date}까지 운영되었습니다.',
  whatHappened: '무슨 일이 있었습니까?',
  informationInvolved: '어떤 정보가 관련되었습니까?',
  whatWeAreDoing: '저희가 하고 있는 조치.',
  whatYouCanDo: '귀하가 할 수 있는 조치.',
  otherImportantInformation: '기타 중요 정보.',
  forMoreInformation: '추가 정보.',
  languageAssistance: '언어 지원',
  questions: '질문과 답변',
  noticeDate: '알림 날짜',
  lastUpdated: '최종 업데이트',
  status: '상태',
  investigating: '조사 중',
  contained: '통제됨',
  resolved: '해결됨',
  breachRange: '정보 유출은 {start}부터 {end}까지 발생했습니다.',
  breachDay: '정보 유출은 {start}에 발생했습니다.',
  estimatedRange: '정보 유출은 {start}부터 {end}까지 발생한 것으로 추정됩니다.',
  estimatedDay: '정보 유출은 {start}에 발생한 것으로 추정됩니다.',
  breachUnknown: '정보 유출이 언제 발생했는지 알지 못합니다.',
  discovered: '저희는 {date}에 이를 발견했습니다.',
  notDelayed: '이 알림은 법 집행 기관의 수사로 인해 지연되지 않았습니다.',
  delayed: '법 집행 기관의 수사로 대기 요청을 받아 이 알림이 지연되었습니다.',
};

export default table;
