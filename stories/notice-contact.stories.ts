import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { NoticeContact } from '../src/index.js';
import { days, inEveryLanguage, part, rendered, sampleNotice } from './sample.js';

interface ContactArgs {
  heading: string;
  headingLevel: number;
  phone: string;
  email: string;
  website: string;
  websiteText: string;
  address: string;
  hours: string;
  activeUntil: string;
}

const meta: Meta<ContactArgs> = {
  title: 'Elements/notice-contact',
  component: 'notice-contact',
  parameters: {
    docs: {
      description: {
        component: `How to reach the clinic: the toll-free number HIPAA requires, email, website, postal address, hours, and until when the line is open. Only the parts given show, always in the same order: put the same tag on every page.

\`\`\`html
<notice-contact phone="1-800-555-0142" email="privacy@clinic.example"
  website="/notice" address="100 Main Street, Springfield"
  hours="Mon–Fri 8am–8pm" active-until="2027-02-18"></notice-contact>
\`\`\``,
      },
    },
  },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  args: {
    heading: '',
    headingLevel: 2,
    phone: '1-800-555-0142',
    email: 'privacy@larkspurvalley.example',
    website: '/notice-of-data-breach',
    websiteText: 'Our notice page',
    address: 'Privacy Office\n100 Main Street\nSpringfield',
    hours: 'Monday to Friday, 8 am to 8 pm',
    activeUntil: days(82),
  },
  render: (args) =>
    html`<notice-contact
      heading=${args.heading || nothing}
      heading-level=${args.headingLevel}
      phone=${args.phone || nothing}
      email=${args.email || nothing}
      website=${args.website || nothing}
      website-text=${args.websiteText || nothing}
      address=${args.address || nothing}
      hours=${args.hours || nothing}
      active-until=${args.activeUntil || nothing}
    ></notice-contact>`,
};

export default meta;
type Story = StoryObj<ContactArgs>;

export const Full: Story = {};

export const PhoneOnly: Story = {
  name: 'Partial: the helpline only',
  args: { email: '', website: '', websiteText: '', address: '', hours: '', activeUntil: '' },
};

export const LineClosed: Story = {
  name: 'After the line has closed',
  args: { activeUntil: days(-3) },
  play: async ({ canvasElement }) => {
    const contact = await rendered<NoticeContact>(canvasElement, 'notice-contact');
    await expect(part(contact, 'active-until').textContent).toMatch(/was open|estuvo abierta/);
  },
};

export const FromNoticeFile: Story = {
  name: 'From the notice file',
  render: () => html`<notice-contact .notice=${sampleNotice()}></notice-contact>`,
  play: async ({ canvasElement }) => {
    const contact = await rendered<NoticeContact>(canvasElement, 'notice-contact');
    await waitFor(() =>
      expect(part(contact, 'phone').getAttribute('href')).toBe('tel:+18005550142'),
    );
  },
};

export const SpanishDarkBrand: Story = {
  name: 'Spanish, dark scheme, clinic brand',
  globals: { locale: 'es', scheme: 'dark', theme: 'brand' },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** The contact block in every language its own words ship in, side by side at 320 px. */
export const EveryLanguage: Story = {
  name: 'Every language, at 320 px',
  render: (args, context) => inEveryLanguage(() => meta.render!(args, context)),
};
