import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, spyOn, waitFor } from 'storybook/test';
import type { NoticeDocument } from '../src/index.js';
import { part, rendered, sampleNotice } from './sample.js';

interface DocumentArgs {
  headingLevel: number;
}

const meta: Meta<DocumentArgs> = {
  title: 'Elements/notice-document',
  component: 'notice-document',
  parameters: {
    docs: {
      description: {
        component: `The whole notice page from one notice file, in the order California requires, with the steps, contacts and questions as the other elements. What you put inside shows until the file loads and if it cannot be read.

\`\`\`html
<notice-document src="/notice.json">
  <h1>Notice of Data Breach</h1>
  <p>Call our toll-free helpline, 1-800-555-0142, for the full notice.</p>
</notice-document>
\`\`\``,
      },
    },
  },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  args: { headingLevel: 1 },
  render: (args) =>
    html`<notice-document
      heading-level=${args.headingLevel}
      .notice=${sampleNotice()}
    ></notice-document>`,
};

export default meta;
type Story = StoryObj<DocumentArgs>;

export const SampleNotice: Story = {
  name: 'The sample notice',
  play: async ({ canvasElement }) => {
    const doc = await rendered<NoticeDocument>(canvasElement, 'notice-document');
    await waitFor(() =>
      expect(part(doc, 'title').textContent).toMatch(/Notice of Data Breach|Aviso/),
    );
    await waitFor(() =>
      expect(doc.shadowRoot!.querySelectorAll('[part="section-heading"]').length).toBe(8),
    );
  },
};

export const FileFails: Story = {
  name: 'A notice file that fails (page content stays)',
  // The console's one line naming the file and the server's answer is expected here: the play
  // checks it (see the Interactions panel) instead of letting it reach the log as a fault.
  beforeEach: () => {
    spyOn(console, 'error').mockImplementation(() => {});
  },
  render: () =>
    html`<notice-document
      src="/no-such-notice.json"
      @notice-error=${(event: Event) => (event.target as Element).setAttribute('data-failed', '')}
    >
      <h1>Notice of Data Breach</h1>
      <p>
        Call our toll-free helpline, <a href="tel:+18005550142">1-800-555-0142</a>, for the full
        notice.
      </p>
    </notice-document>`,
  play: async ({ canvasElement }) => {
    const doc = await rendered<NoticeDocument>(canvasElement, 'notice-document');
    await waitFor(() => expect(doc.hasAttribute('data-failed')).toBe(true), { timeout: 5000 });
    await expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('/no-such-notice.json: the server answered 404'),
    );
    await expect(doc.querySelector('h1')!.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

export const SpanishDarkBrand: Story = {
  name: 'Spanish, dark scheme, clinic brand',
  globals: { locale: 'es', scheme: 'dark', theme: 'brand' },
  play: async ({ canvasElement }) => {
    const doc = await rendered<NoticeDocument>(canvasElement, 'notice-document');
    await waitFor(() => expect(part(doc, 'title').textContent).toBe('Aviso de violación de datos'));
  },
};
