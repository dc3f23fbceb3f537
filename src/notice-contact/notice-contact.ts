import { DEV } from '../model/dev.js';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { endOf, parseDate } from '../model/dates.js';
import { heading, headingLevel, headingLevelCheck } from '../internal/heading.js';
import { misleadingLabel } from '../model/link-words.js';
import { mailtoUrl, pageUrl, urlLabel } from '../model/links.js';
import { collapseSpaces, withoutHidden } from '../model/chars.js';
import { readEmail } from '../model/email.js';
import { readPhone } from '../model/phone.js';
import { fill } from '../internal/language.js';
import { renderDate } from '../internal/render.js';
import { NoticeSourceElement, type FromFile } from '../internal/notice-source.js';
import { langOf } from '../model/lang-of.js';
import {
  dateCheck,
  pageUrlCheck,
  phoneCheck,
  type AttributeChecks,
} from '../internal/authoring.js';
import { styles } from './notice-contact.styles.js';

const TAG = 'notice-contact';

/**
 * How to reach the clinic about the notice: the toll-free line (HIPAA 45 CFR 164.404(c)(E)), email,
 * website, postal address, hours, and until when the line is open. Only the parts given are
 * shown, always in the same order, so the block reads the same on every page (WCAG 3.2.6
 * Consistent Help).
 *
 * @summary The clinic's contacts for the notice, with a toll-free `tel:` link.
 * @tag notice-contact
 *
 * @slot - More ways to reach the clinic (a TTY number) or a note, after the contacts.
 * @slot heading - The heading, when it needs markup; replaces the `heading` attribute.
 *
 * @csspart base - The block that holds everything.
 * @csspart heading - The heading element.
 * @csspart list - The `<dl>` of contacts.
 * @csspart label - Each contact's label ("Email").
 * @csspart phone - The toll-free number's `tel:` link.
 * @csspart active-until - "This line is open until …".
 * @csspart email - The `mailto:` link.
 * @csspart website - The website link.
 * @csspart address - The postal address.
 * @csspart hours - The opening hours.
 *
 * @cssprop [--notice-contact-link-color=#0b4f9c] - Colour of the links.
 * @cssprop [--notice-contact-focus-color=#0b4f9c] - Colour of the focus outline.
 * @cssprop [--notice-contact-border-color=#b1b4b6] - Colour of the block's edge.
 * @cssprop [--notice-contact-background=transparent] - Background of the block.
 * @cssprop [--notice-contact-font-family=inherit] - Font family.
 * @cssprop [--notice-contact-font-size=1rem] - Base font size (the page's own font-size does not
 *   reach the block, so a site's CSS cannot shrink it).
 * @cssprop [--notice-contact-heading-size=1.5em] - Font size of the heading.
 * @cssprop [--notice-contact-padding=1rem 1.25rem] - Space inside the block.
 *
 * @fires {NoticeErrorEvent} notice-error - Its notice file (`src`) or `notice` could not be used; the
 *   page's own content stays.
 */
export class NoticeContact extends NoticeSourceElement {
  static override get properties() {
    return {
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      phone: {},
      email: {},
      website: {},
      websiteText: { attribute: 'website-text' },
      address: {},
      hours: {},
      activeUntil: { attribute: 'active-until' },
    };
  }

  static override styles = styles;

  /** @internal */
  static override attributeChecks: AttributeChecks<NoticeContact> = DEV
    ? {
        headingLevel: headingLevelCheck(2),
        phone: phoneCheck('It is shown as text, not linked.'),
        email: {
          valid: (email) => mailtoUrl(email) !== undefined,
          problem: (email) =>
            `email="${email}" is not a plain email address; it is shown as text, not linked.`,
        },
        website: pageUrlCheck('website', 'It is shown as text, not linked.'),
        activeUntil: dateCheck('active-until', 'It is left out.'),
      }
    : {};

  /** The heading; the `heading` slot replaces it. Default: "Contact us" in the page's language. */
  declare heading?: string;

  /** Level of the heading element, 1 to 6. */
  headingLevel = 2;

  /**
   * The toll-free number as it should read (`1-800-555-0142`); its digits (and a leading `+`) are
   * dialled from a `tel:` link.
   */
  declare phone?: string;

  /**
   * One plain email address, rendered as a `mailto:` link; anything else (spaces, `?`, `/`, a name,
   * more than one address) is shown as text.
   */
  declare email?: string;

  /** The notice's web page: an `https:`, `http:` or relative URL; anything else shows as text. */
  declare website?: string;

  /** Text of the website link. Default: the URL as written. */
  declare websiteText?: string;

  /** The postal address; a line break in the attribute (or a comma) is kept as written. */
  declare address?: string;

  /** When the line is staffed, as it should read (`Mon–Fri 8am–8pm`). */
  declare hours?: string;

  /**
   * The last day the toll-free line is open, `YYYY-MM-DD`: "This line is open until …" ("was
   * open" after that day).
   */
  declare activeUntil?: string;

  protected override render() {
    const words = this.language.strings;
    const c = this.values();
    return html`
      <div part="base">
        ${heading(
          headingLevel(this.headingLevel, 2),
          'heading',
          html`<slot name="heading"
            >${
              this.heading ||
              html`<span
                lang=${ifDefined(this.language.marks.lang)}
                dir=${ifDefined(this.language.marks.dir)}
                >${words.contact}</span
              >`
            }</slot
          >`,
        )}
        <dl part="list">
          ${this.entry(words.phone, c.phone, () => this.phoneValue(c))}
          ${this.entry(words.email, c.email, () => {
            const email = readEmail(c.email!);
            return this.link('email', email.ok ? email.href : undefined, email.display);
          })}
          ${this.entry(words.website, c.website, () => this.websiteLink(c))}
          ${this.entry(
            words.address,
            c.address,
            () => html`<span part="address">${c.address}</span>`,
          )}
          ${this.entry(words.hours, c.hours, () => html`<span part="hours">${c.hours}</span>`)}
        </dl>
        <slot></slot>
      </div>
    `;
  }

  private entry(label: string, value: string | undefined, content: () => unknown) {
    if (!value?.trim()) return nothing;
    const m = this.language.marks;
    return html`<div class="entry">
      <dt part="label" lang=${ifDefined(m.lang)} dir=${ifDefined(m.dir)}>${label}</dt>
      <dd>${content()}</dd>
    </div>`;
  }

  /** Each contact from the page's attribute when it has one, else from the notice file. */
  private values() {
    return this.inForce(FROM_FILE);
  }

  private phoneValue(c: ReturnType<NoticeContact['values']>): TemplateResult {
    const { strings, wordsLang, marks } = this.language;
    const until = parseDate(c.activeUntil);
    let line: unknown = nothing;
    if (until) {
      const open = Date.now() < endOf(until).getTime();
      const date = renderDate(until, wordsLang, this.keep);
      const [before, after] = fill(open ? strings.openUntil : strings.openedUntil, {
        date: '\u0000',
      }).split('\u0000');
      line = html`<span
        part="active-until"
        lang=${ifDefined(marks.lang)}
        dir=${ifDefined(marks.dir)}
        >${before}${date}${after}</span
      >`;
    }
    const phone = readPhone(c.phone!);
    return html`${this.link('phone', phone.ok ? phone.tel : undefined, phone.display)} ${line}`;
  }

  /**
   * The website's link: its words (the attribute's, else the file's when the address is the
   * file's too), unless they name another place than the link goes (then the address shows).
   * Without words, a page of the clinic's own site is called by the notice's title (when the file
   * named it), else "Read the full notice", in the reader's language: an address shows only for a
   * page elsewhere, where the words must say where the link goes.
   */
  private websiteLink(c: ReturnType<NoticeContact['values']>): TemplateResult {
    const href = pageUrl(c.website);
    const own = this.websiteText || (this.website ? undefined : c.websiteText);
    if (own && !(href && misleadingLabel(own, href))) return this.link('website', href, own);
    if (!own && href && this.onOwnSite(href)) {
      const view = this.website ? undefined : this.noticeView;
      return view?.title
        ? this.link('website', href, view.title, langOf(view, 'title'))
        : this.link('website', href, this.language.strings.readNotice, this.language.marks.lang);
    }
    return this.link('website', href, this.websiteLabel(c.website!));
  }

  /** Whether `href` (as `pageUrl` wrote it) is a page of this site: relative, or on its host. */
  private onOwnSite(href: string): boolean {
    return !/^https?:/.test(href) || (!isServer && new URL(href).host === location.host);
  }

  /**
   * A website's link text: its host first (`clinic.example/notice`), so no path can hide where it
   * leads; a refused address as written, without characters a reader cannot see.
   */
  private websiteLabel(website: string): string {
    // On the server `location` is Lit's stand-in (`http://localhost`), not the page the notice
    // goes on: a relative address is shown as written there.
    return pageUrl(website)
      ? urlLabel(website, isServer ? undefined : location.href)
      : collapseSpaces(withoutHidden(website));
  }

  private link(
    name: string,
    href: string | undefined,
    text: string,
    lang?: string,
  ): TemplateResult {
    if (!href) return html`<span part=${name}>${text}</span>`;
    return lang
      ? html`<a part=${name} href=${href} lang=${lang}>${text}</a>`
      : html`<a part=${name} href=${href}>${text}</a>`;
  }
}

type FileSetting =
  'phone' | 'email' | 'website' | 'websiteText' | 'address' | 'hours' | 'activeUntil';

/** Where each contact comes from in the notice file when the page leaves the attribute out. */
const FROM_FILE: FromFile<NoticeContact, FileSetting> = {
  phone: (notice) => notice.contact?.tollFreePhone,
  email: (notice) => notice.contact?.email,
  website: (notice) => notice.contact?.website,
  websiteText: (notice) => notice.contact?.websiteText,
  address: (notice) => notice.contact?.postalAddress,
  hours: (notice) => notice.contact?.hours,
  activeUntil: (notice) => notice.contact?.activeUntil,
};

NoticeContact.define(TAG);

declare global {
  interface HTMLElementTagNameMap {
    'notice-contact': NoticeContact;
  }
}
