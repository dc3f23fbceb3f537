import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { NoticeChecklist, NoticeChecklistItem } from '../src/index.js';
import { inEveryLanguage, part, rendered, sampleNotice } from './sample.js';

interface ChecklistArgs {
  heading: string;
  headingLevel: number;
  ticked: number;
}

const STEPS: [string, string, string?][] = [
  [
    'insurer',
    'Review the statements from your health insurer',
    'Tell your insurer about any visit you did not receive.',
  ],
  ['bank', 'Watch your bank and card statements'],
  [
    'credit',
    'Check your credit reports',
    'A free report is available from each of the three credit bureaus.',
  ],
  ['password', 'Change your patient-portal password'],
  ['call', 'Call us with any question'],
];

const meta: Meta<ChecklistArgs> = {
  title: 'Elements/notice-checklist',
  component: 'notice-checklist',
  subcomponents: { 'notice-checklist-item': 'notice-checklist-item' },
  parameters: {
    docs: {
      description: {
        component: `The protective steps as checkboxes a patient ticks off over days; the ticks are remembered on their device per \`notice-id\` and step \`id\`.

\`\`\`html
<notice-checklist notice-id="2026-11-vendor-incident" heading="What you can do">
  <notice-checklist-item id="monitor-statements">Monitor your bank and card statements
    <span slot="detail">Look for charges you don't recognise.</span></notice-checklist-item>
  <notice-checklist-item id="call-us" phone="1-800-555-0142">Call us with any question</notice-checklist-item>
</notice-checklist>
\`\`\``,
      },
    },
  },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    ticked: {
      control: { type: 'range', min: 0, max: STEPS.length },
      description: 'How many of the steps this story ticks (each step’s `checked`).',
      table: { category: 'this story' },
    },
  },
  args: { heading: 'What you can do', headingLevel: 2, ticked: 0 },
  render: (args) =>
    html`<notice-checklist
      notice-id=${`storybook-${args.ticked}`}
      heading=${args.heading}
      heading-level=${args.headingLevel}
    >
      ${STEPS.map(
        ([id, title, detail], index) =>
          html`<notice-checklist-item
            id=${id}
            ?checked=${index < args.ticked}
            phone=${id === 'call' ? '1-800-555-0142' : ''}
            href=${id === 'password' ? '/portal/password' : ''}
            >${title}${detail ? html`<span slot="detail">${detail}</span>` : ''}</notice-checklist-item
          >`,
      )}
    </notice-checklist>`,
};

export default meta;
type Story = StoryObj<ChecklistArgs>;

export const NothingTicked: Story = {};

export const PartlyDone: Story = { args: { ticked: 2 } };

export const Complete: Story = { args: { ticked: STEPS.length } };

export const TickAStep: Story = {
  name: 'Tick a step (interactive)',
  play: async ({ canvasElement }) => {
    const list = await rendered<NoticeChecklist>(canvasElement, 'notice-checklist');
    const [first] = list.querySelectorAll<NoticeChecklistItem>('notice-checklist-item');
    await first.updateComplete;
    await userEvent.click(part(first, 'checkbox'));
    await waitFor(() => expect(part(list, 'progress-text').textContent).toBe('1 of 5 steps done'));
    await expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe(
      '1 of 5 steps done',
    );
    await userEvent.click(part(list, 'start-over'));
    await waitFor(() => expect(first.checked).toBe(false));
  },
};

export const FromNoticeFile: Story = {
  name: 'From the notice file',
  render: () =>
    html`<notice-checklist heading="What you can do" .notice=${sampleNotice()}></notice-checklist>`,
  play: async ({ canvasElement }) => {
    const list = await rendered<NoticeChecklist>(canvasElement, 'notice-checklist');
    const steps = sampleNotice().sections!.whatYouCanDo!.steps!.length;
    await waitFor(() =>
      expect(part(list, 'progress-text').textContent).toBe(`0 of ${steps} steps done`),
    );
  },
};

export const SpanishDarkBrand: Story = {
  name: 'Spanish, dark scheme, clinic brand',
  globals: { locale: 'es', scheme: 'dark', theme: 'brand' },
  args: { ticked: 2, heading: 'Lo que puede hacer' },
};

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { ticked: 1 } };

/** The checklist in every language its own words ship in, side by side at 320 px. */
export const EveryLanguage: Story = {
  name: 'Every language, at 320 px',
  args: { ticked: 2 },
  render: (args) =>
    inEveryLanguage(
      (lang) =>
        html`<notice-checklist notice-id=${`storybook-every-${lang}`} heading=${args.heading}>
          ${STEPS.map(
            ([id, title], index) =>
              html`<notice-checklist-item id=${`${id}-${lang}`} ?checked=${index < args.ticked}
                >${title}</notice-checklist-item
              >`,
          )}
        </notice-checklist>`,
    ),
};
