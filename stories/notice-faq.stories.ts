import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { NoticeFaq, NoticeFaqItem } from '../src/index.js';
import { inEveryLanguage, part, rendered, sampleNotice } from './sample.js';

interface FaqArgs {
  headingLevel: number;
  exclusive: boolean;
  count: number;
  open: 'none' | 'second' | 'all';
}

const QUESTIONS = [
  ['What happened?', 'An unauthorized person accessed a system run by our reminder vendor.'],
  ['What information was involved?', 'Names, contact details and appointment times.'],
  ['Was my medical record involved?', 'No. The vendor held no diagnoses or visit notes.'],
  ['What should I do?', 'Review the statements from your health insurer and your bank.'],
  ['How do I know this notice is real?', 'It is on our own website; call us to check.'],
];

const meta: Meta<FaqArgs> = {
  title: 'Elements/notice-faq',
  component: 'notice-faq',
  subcomponents: { 'notice-faq-item': 'notice-faq-item' },
  parameters: {
    docs: {
      description: {
        component: `The questions and answers of the notice. Each question is a real heading holding a button; a closed answer stays in the page so the browser's find-in-page opens it. Give each item an \`id\` so it can be linked (\`/notice#what-happened\`).

\`\`\`html
<notice-faq heading-level="3">
  <notice-faq-item id="what-happened" heading="What happened?"><p>…</p></notice-faq-item>
  <notice-faq-item id="what-information" heading="What information was involved?"><p>…</p></notice-faq-item>
</notice-faq>
\`\`\``,
      },
    },
  },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    count: {
      control: { type: 'range', min: 1, max: 20 },
      description: 'How many questions this story shows.',
      table: { category: 'this story' },
    },
    open: {
      control: 'inline-radio',
      options: ['none', 'second', 'all'],
      description: 'Which answers this story opens (each item’s `open`).',
      table: { category: 'this story' },
    },
  },
  args: { headingLevel: 3, exclusive: false, count: 5, open: 'none' },
  render: (args) =>
    html`<notice-faq heading-level=${args.headingLevel} ?exclusive=${args.exclusive}>
      ${repeat(
        Array.from({ length: args.count }, (_, i) => i),
        (i) => i,
        (i) => {
          const [question, answer] = QUESTIONS[i % QUESTIONS.length];
          const n = i >= QUESTIONS.length ? ` (${i + 1})` : '';
          return html`<notice-faq-item
            id=${`question-${i + 1}`}
            heading=${question + n}
            ?open=${args.open === 'all' || (args.open === 'second' && i === 1)}
            ><p>${answer}</p></notice-faq-item
          >`;
        },
      )}
    </notice-faq>`,
};

export default meta;
type Story = StoryObj<FaqArgs>;

const items = (faq: Element) => [...faq.querySelectorAll<NoticeFaqItem>('notice-faq-item')];

export const Closed: Story = {};

export const OneOpen: Story = { args: { open: 'second' } };

export const AllOpen: Story = { args: { open: 'all' } };

export const Exclusive: Story = { args: { exclusive: true, open: 'second' } };

export const TwentyQuestions: Story = { args: { count: 20 } };

export const Toggle: Story = {
  name: 'Open and close (interactive)',
  play: async ({ canvasElement }) => {
    const faq = await rendered<NoticeFaq>(canvasElement, 'notice-faq');
    const [first] = items(faq);
    await first.updateComplete;
    await userEvent.click(part(first, 'button'));
    await waitFor(() => expect(first.open).toBe(true));
    await expect(part(first, 'button').getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(part(faq, 'toggle-all'));
    await waitFor(() => expect(items(faq).every((item) => item.open)).toBe(true));
    await userEvent.click(part(faq, 'toggle-all'));
    await waitFor(() => expect(items(faq).some((item) => item.open)).toBe(false));
  },
};

export const FromNoticeFile: Story = {
  name: 'From the notice file',
  render: () => html`<notice-faq .notice=${sampleNotice()}></notice-faq>`,
  play: async ({ canvasElement }) => {
    const faq = await rendered<NoticeFaq>(canvasElement, 'notice-faq');
    await waitFor(() => expect(faq.shadowRoot!.querySelectorAll('notice-faq-item').length).toBe(6));
  },
};

export const SpanishDarkBrand: Story = {
  name: 'Spanish, dark scheme, clinic brand',
  globals: { locale: 'es', scheme: 'dark', theme: 'brand' },
  args: { open: 'second' },
};

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { open: 'second' } };

/** The accordion in every language its own words ship in, side by side at 320 px. */
export const EveryLanguage: Story = {
  name: 'Every language, at 320 px',
  render: () =>
    inEveryLanguage(
      (lang) =>
        html`<notice-faq>
          ${QUESTIONS.slice(0, 2).map(
            ([question, answer], i) =>
              html`<notice-faq-item
                id=${`question-${i + 1}-${lang}`}
                heading=${question}
                ?open=${i === 1}
                ><p>${answer}</p></notice-faq-item
              >`,
          )}
        </notice-faq>`,
    ),
};
