// A small notice for the model's unit tests: every field a test looks at, nothing else.
import type { Notice, Translation } from '../../src/model/notice.types.js';

export function miniNotice(translations?: Record<string, Translation>): Notice {
  return {
    id: 'breach-2026',
    revision: 1,
    lang: 'en',
    organization: { name: 'Larkspur Valley Clinic' },
    title: 'Notice of Data Breach',
    summary: 'Some patient records were exposed.',
    dates: { noticeDate: '2026-11-20', postedFrom: '2026-11-20', postedUntil: '2027-02-18' },
    sections: {
      whatHappened: 'A laptop was stolen.',
      informationInvolved: { types: [{ label: 'Names' }, { label: 'Dates of birth' }] },
      whatYouCanDo: {
        steps: [
          { id: 'call-us', title: 'Call us' },
          { id: 'be-wary', title: 'Be wary', detail: 'Of calls.' },
        ],
      },
    },
    faq: [{ id: 'is-it-real', question: 'Is this real?', answer: 'Yes.' }],
    ...(translations && { translations }),
  };
}
