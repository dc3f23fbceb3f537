import type { Strings } from './en.js';

/**
 * Vietnamese (tiếng Việt): polite register, the words a US health-care notice uses.
 * A native speaker should review these words before a clinic relies on them.
 */
const table: Strings = {
  dismiss: 'Đóng thông báo này',
  posted: 'Đăng ngày',
  updated: 'Cập nhật',
  phone: 'Đường dây miễn phí',
  readNotice: 'Đọc toàn bộ thông báo',
  severity: { info: 'Thông báo', warning: 'Quan trọng', critical: 'Khẩn cấp' },
  showSection: 'Hiện',
  hideSection: 'Ẩn',
  showAll: 'Hiện tất cả các mục',
  hideAll: 'Ẩn tất cả các mục',
  progress: { other: 'Đã hoàn thành {done}/{total} bước' },
  complete: 'Đã hoàn thành tất cả các bước.',
  startOver: 'Làm lại từ đầu',
  cleared: 'Các dấu đánh của quý vị đã được xóa.',
  stepLink: 'Cách thực hiện',
  contact: 'Liên hệ với chúng tôi',
  email: 'Email',
  website: 'Trang web',
  address: 'Địa chỉ gửi thư',
  hours: 'Giờ làm việc',
  openUntil: 'Đường dây này hoạt động đến ngày {date}.',
  openedUntil: 'Đường dây này đã hoạt động đến ngày {date}.',
  whatHappened: 'Chuyện gì đã xảy ra?',
  informationInvolved: 'Những thông tin nào bị ảnh hưởng?',
  whatWeAreDoing: 'Những việc chúng tôi đang làm.',
  whatYouCanDo: 'Những việc quý vị có thể làm.',
  otherImportantInformation: 'Thông tin quan trọng khác.',
  forMoreInformation: 'Để biết thêm thông tin.',
  languageAssistance: 'Hỗ trợ ngôn ngữ',
  questions: 'Câu hỏi và trả lời',
  noticeDate: 'Ngày thông báo',
  lastUpdated: 'Cập nhật lần cuối',
  status: 'Tình trạng',
  investigating: 'Đang điều tra',
  contained: 'Đã kiểm soát',
  resolved: 'Đã giải quyết',
  breachRange: 'Vụ vi phạm xảy ra từ {start} đến {end}.',
  breachDay: 'Vụ vi phạm xảy ra vào {start}.',
  estimatedRange: 'Chúng tôi ước tính vụ vi phạm xảy ra từ {start} đến {end}.',
  estimatedDay: 'Chúng tôi ước tính vụ vi phạm xảy ra vào {start}.',
  breachUnknown: 'Chúng tôi không biết vụ vi phạm xảy ra khi nào.',
  discovered: 'Chúng tôi phát hiện sự việc vào {date}.',
  notDelayed:
    'Thông báo này không bị trì hoãn vì một cuộc điều tra của cơ quan thực thi pháp luật.',
  delayed:
    'Thông báo này bị trì hoãn vì cơ quan thực thi pháp luật yêu cầu chúng tôi chờ trong lúc điều tra.',
};

export default table;
