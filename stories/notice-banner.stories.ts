import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, spyOn, userEvent, waitFor } from 'storybook/test';
import type { BannerSeverity, NoticeBanner } from '../src/index.js';
import { days, inEveryLanguage, part, rendered, sampleNotice } from './sample.js';

interface BannerArgs {
  severity: BannerSeverity;
  heading: string;
  text: string;
  href: string;
  linkText: string;
  phone: string;
  posted: string;
  expires: string;
  updatedOn: string;
  dismissible: boolean;
  headingLevel: number;
}

const TEXT =
  'An unauthorized person gained access to a system run by the company that sends our appointment reminders. We are still investigating and will update this notice.';

const meta: Meta<BannerArgs> = {
  title: 'Elements/notice-banner',
  component: 'notice-banner',
  parameters: {
    docs: {
      description: {
        component: `The home-page posting of a breach notice (HIPAA's substitute notice stays up for 90 days with a toll-free number). Copy the markup below, set your own dates and text, or point \`src\` at your notice file.

\`\`\`html
<notice-banner notice-id="2026-11-vendor-incident" severity="warning"
  heading="Notice of a data security incident at one of our vendors"
  href="/notice-of-data-breach" phone="1-800-555-0142"
  posted="2026-11-20" expires="2027-02-18" dismissible>
  <p>An unauthorized person gained access to … We will update this notice.</p>
</notice-banner>
\`\`\``,
      },
    },
  },
  argTypes: {
    severity: { control: 'inline-radio', options: ['info', 'warning', 'critical'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    text: {
      description: 'The one or two sentences this story puts inside the tag (the default slot).',
      table: { category: 'this story' },
    },
  },
  args: {
    severity: 'warning',
    heading: 'Notice of a data security incident at one of our vendors',
    text: TEXT,
    href: '/notice-of-data-breach',
    linkText: '',
    phone: '1-800-555-0142',
    posted: days(-8),
    expires: days(82),
    updatedOn: '',
    dismissible: true,
    headingLevel: 2,
  },
  render: (args) =>
    html`<notice-banner
      notice-id="storybook"
      severity=${args.severity}
      heading=${args.heading}
      heading-level=${args.headingLevel}
      href=${args.href || nothing}
      link-text=${args.linkText || nothing}
      phone=${args.phone || nothing}
      posted=${args.posted || nothing}
      expires=${args.expires || nothing}
      updated=${args.updatedOn || nothing}
      ?dismissible=${args.dismissible}
      ><p>${args.text}</p></notice-banner
    >`,
};

export default meta;
type Story = StoryObj<BannerArgs>;

export const Warning: Story = {};

export const Info: Story = { args: { severity: 'info', heading: 'Update to our earlier notice' } };

export const Critical: Story = {
  args: {
    severity: 'critical',
    heading: 'Urgent: call us before answering any text about your bill',
  },
};

export const NotDismissible: Story = { args: { dismissible: false } };

export const Updated: Story = { args: { updatedOn: days(-1) } };

export const NoLink: Story = { args: { href: '', phone: '' } };

export const LongText: Story = {
  args: {
    heading:
      'Notice of a data security incident at Quillfeather Scheduling, the vendor that sends our appointment reminders by text message and email',
    text: `${TEXT} ${TEXT} ${TEXT}`,
  },
};

export const BeforeItsWindow: Story = {
  name: 'Before its posting window (nothing shows)',
  args: { posted: days(3), expires: days(93) },
  play: async ({ canvasElement }) => {
    const banner = await rendered<NoticeBanner>(canvasElement, 'notice-banner');
    await expect(banner.matches(':state(scheduled)')).toBe(true);
    await expect(getComputedStyle(banner).display).toBe('none');
  },
};

export const AfterItsWindow: Story = {
  name: 'After its posting window (nothing shows)',
  args: { posted: days(-100), expires: days(-10) },
  play: async ({ canvasElement }) => {
    const banner = await rendered<NoticeBanner>(canvasElement, 'notice-banner');
    await expect(banner.matches(':state(expired)')).toBe(true);
  },
};

export const Dismiss: Story = {
  name: 'Dismiss (interactive)',
  play: async ({ canvasElement }) => {
    const banner = await rendered<NoticeBanner>(canvasElement, 'notice-banner');
    await userEvent.click(part(banner, 'dismiss-button'));
    await waitFor(() => expect(banner.matches(':state(dismissed)')).toBe(true));
    await expect(getComputedStyle(banner).display).toBe('none');
  },
};

export const FromNoticeFile: Story = {
  name: 'From the notice file',
  render: () =>
    html`<notice-banner .notice=${sampleNotice()} href="/notice" dismissible
      ><p>Shown only if the notice file cannot be read.</p></notice-banner
    >`,
  play: async ({ canvasElement }) => {
    const banner = await rendered<NoticeBanner>(canvasElement, 'notice-banner');
    await waitFor(() => expect(part(banner, 'body').textContent).toContain('Quillfeather'));
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
    html`<notice-banner
      src="/no-such-notice.json"
      @notice-error=${(event: Event) => (event.target as Element).setAttribute('data-failed', '')}
      heading="Notice of a data security incident"
      phone="1-800-555-0142"
      ><p>
        We are investigating a data security incident. Call us with any question.
      </p></notice-banner
    >`,
  play: async ({ canvasElement }) => {
    const banner = await rendered<NoticeBanner>(canvasElement, 'notice-banner');
    await waitFor(() => expect(banner.hasAttribute('data-failed')).toBe(true), { timeout: 5000 });
    await expect(console.error).toHaveBeenCalledWith(
      expect.stringContaining('/no-such-notice.json: the server answered 404'),
    );
    await expect(part(banner, 'body').querySelector('slot')).not.toBeNull();
  },
};

export const SpanishDarkBrand: Story = {
  name: 'Spanish, dark scheme, clinic brand',
  globals: { locale: 'es', scheme: 'dark', theme: 'brand' },
  args: {
    heading: 'Aviso de un incidente de seguridad de datos en uno de nuestros proveedores',
    text: 'Una persona no autorizada tuvo acceso a un sistema de la empresa que envía nuestros recordatorios de citas.',
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** The banner in every language its own words ship in, side by side at 320 px. */
export const EveryLanguage: Story = {
  name: 'Every language, at 320 px',
  render: (args, context) => inEveryLanguage(() => meta.render!(args, context)),
};
