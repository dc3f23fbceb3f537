/**
 * The notice page's elements, which the script-tag file imports when the first of them appears
 * (see clinic-notice.ts). `<notice-document>` brings the other three.
 */
export { NoticeFaq } from '../notice-faq/notice-faq.js';
export { NoticeFaqItem } from '../notice-faq/notice-faq-item.js';
export { NoticeChecklist } from '../notice-checklist/notice-checklist.js';
export { NoticeChecklistItem } from '../notice-checklist/notice-checklist-item.js';
export { NoticeContact } from '../notice-contact/notice-contact.js';
export { NoticeDocument } from '../notice-document/notice-document.js';
