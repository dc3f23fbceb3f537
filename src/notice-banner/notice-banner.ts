import { DEV } from '../model/dev.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues } from 'lit';
import { NoticeDismissEvent } from '../events.js';
import { DismissalMemory } from '../internal/dismissal.js';
import { focusPast } from '../internal/focus.js';
import { heading, headingLevel } from '../internal/heading.js';
import { NoticeSourceElement } from '../internal/notice-source.js';
import { PostingWindowController } from '../internal/posting-window.js';
import { renderDated, renderText } from '../internal/render.js';
import { SlotController } from '../internal/slots.js';
import { parseDate } from '../model/dates.js';
import { safeUrl } from '../model/links.js';
import { readPhone } from '../model/phone.js';
import { langOf } from '../model/lang-of.js';
import { bannerChecks } from './notice-banner.authoring.js';
import { FROM_FILE } from './notice-banner.from-file.js';
import { CLOSE_ICON, SEVERITY_ICONS } from './notice-banner.icons.js';
import { styles } from './notice-banner.styles.js';

export const BANNER_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type BannerSeverity = (typeof BANNER_SEVERITIES)[number];

const TAG = 'notice-banner';

/**
 * The home-page posting of a breach notice: what happened in a sentence or two, a link to the full
 * notice, and the toll-free line. It shows only inside its posting window and, when the clinic
 * allows it, stays dismissed on the patient's device until the notice is revised.
 *
 * It is a landmark region named by its heading, or by the severity word when it has none. Nothing
 * is announced on page load: the patient finds it by reading, by headings or by landmarks.
 *
 * @summary A conspicuous, dismissible home-page posting that links to the full breach notice.
 * @tag notice-banner
 *
 * @slot - The short text of the posting: one or two sentences on what happened and what to do.
 * @slot heading - The heading, when it needs markup; replaces the `heading` attribute. Phrasing
 *   content only (text, `<span>`, `<strong>`), as it is placed inside the banner's own heading.
 *
 * @csspart base - The region that holds everything.
 * @csspart icon - The severity icon.
 * @csspart content - The column with the label, heading, text, links and dates.
 * @csspart label - The severity in words ("Important", "Urgent").
 * @csspart heading - The heading element.
 * @csspart body - The wrapper of the default slot.
 * @csspart actions - The line with the notice link and the helpline.
 * @csspart link - The link to the full notice.
 * @csspart phone - The helpline's `tel:` link.
 * @csspart meta - The line with the posted and updated dates.
 * @csspart dismiss-button - The dismiss button.
 *
 * @cssprop [--notice-banner-accent=per severity] - Border, icon and label colour: `#0b5cab` for
 *   info, `#8a4b00` for warning, `#b3261e` for critical.
 * @cssprop [--notice-banner-background=per severity] - Background colour: `#eef5fc`, `#fff4e5`
 *   and `#fdeceb`, in the same order.
 * @cssprop [--notice-banner-color=#1f1a14] - Text colour.
 * @cssprop [--notice-banner-link-color=#0b4f9c] - Colour of the links.
 * @cssprop [--notice-banner-focus-color=#0b4f9c] - Colour of the focus outline.
 * @cssprop [--notice-banner-font-family=inherit] - Font family.
 * @cssprop [--notice-banner-font-size=1rem] - Base font size; never set it below 10pt.
 * @cssprop [--notice-banner-heading-size=1.25em] - Font size of the heading.
 * @cssprop [--notice-banner-radius=0.25rem] - Corner radius of the banner and its button.
 * @cssprop [--notice-banner-padding=1rem 1.25rem] - Space inside the banner.
 * @cssprop [--notice-banner-gap=0.75rem] - Space between the icon, the content and the button.
 * @cssprop [--notice-banner-min-block-size=auto] - Least height; give it the height the page
 *   reserves before the script runs, so that nothing moves when the banner appears.
 *
 * @cssstate dismissed - The patient dismissed this revision; the banner is not displayed.
 * @cssstate scheduled - Today is before `posted`; the banner is not displayed.
 * @cssstate expired - Today is after `expires`; the banner is not displayed.
 * @cssstate info - The severity in force (the attribute's, else the notice file's) is `info`.
 * @cssstate warning - The severity in force is `warning`.
 * @cssstate critical - The severity in force is `critical`.
 *
 * @fires {NoticeDismissEvent} notice-dismiss - The patient pressed the dismiss button (`noticeId`
 *   and `revision` say which notice). Fired before the banner hides; cancelable:
 *   `preventDefault()` keeps the banner and remembers nothing.
 * @fires {NoticeErrorEvent} notice-error - Its notice file (`src`) or `notice` could not be used; the
 *   page's own content stays.
 */
export class NoticeBanner extends NoticeSourceElement {
  static override get properties() {
    return {
      noticeId: { attribute: 'notice-id', reflect: true },
      revision: {},
      severity: { reflect: true },
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      href: {},
      linkText: { attribute: 'link-text' },
      posted: {},
      expires: {},
      updatedOn: { attribute: 'updated' },
      phone: {},
      dismissible: { type: Boolean, reflect: true },
    };
  }

  static override styles = styles;

  /** Names the notice: a dismissal is remembered under it, and without it nothing is. Reflected. */
  declare noticeId?: string;

  /**
   * The notice's revision: a new value shows the banner again to patients who dismissed it.
   * Default: the notice file's `revision`, else `"1"`.
   */
  declare revision?: string;

  /**
   * How serious the incident is: `info`, `warning` or `critical`, shown by the colour, the icon and
   * a word ("Notice", "Important", "Urgent") together. Reflected when set. Default: the notice
   * file's `severity`, else `warning`.
   */
  declare severity?: BannerSeverity;

  /** The heading text. The `heading` slot replaces it. Default: the notice file's `title`. */
  declare heading?: string;

  /** Level of the heading element, 1 to 6. */
  headingLevel = 2;

  /** URL of the full notice: https, http or relative; anything else is refused with a warning. */
  declare href?: string;

  /** Text of the link to the notice. Default: "Read the full notice" in the page's language. */
  declare linkText?: string;

  /** First day of the posting window, as `YYYY-MM-DD`; before it the banner shows nothing. */
  declare posted?: string;

  /** Last day of the posting window, as `YYYY-MM-DD`; after it the banner shows nothing. */
  declare expires?: string;

  /** When the notice was last revised, as `YYYY-MM-DD`; shown next to the posting date. */
  declare updatedOn?: string;

  /** The toll-free helpline, as it should read (`1-800-555-0142`); becomes a `tel:` link. */
  declare phone?: string;

  /** Whether the patient may dismiss the banner: a dismiss button shows. Reflected. */
  dismissible = false;

  /** @internal */
  static override attributeChecks = DEV ? bannerChecks(BANNER_SEVERITIES) : {};

  /** The settings in force: the page's attributes, else the notice file's. */
  private settings = this.currentSettings();
  private readonly posting = new PostingWindowController(this, TAG);
  private readonly slots = new SlotController(this);
  private readonly dismissal = new DismissalMemory(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const now = (this.settings = this.currentSettings());
    this.dismissal.track(now.noticeId, now.revision);
    this.posting.track({ posted: now.posted, expires: now.expires });
  }

  protected override render() {
    if (this.hydrating) {
      // The server's HTML shows the banner or nothing; the next update applies a remembered
      // dismissal and today's date.
      if (!this.renderRoot.querySelector('section')) return nothing;
    } else if (this.dismissal.dismissed || this.posting.phase !== 'open') return nothing;
    const { strings: words, wordsLang, marks } = this.language;
    const m = marks;
    const { severity, ...s } = this.settings;
    const view = this.noticeView;
    const label = words.severity[severity];
    const hasHeading = Boolean(s.heading.trim()) || this.slots.has('heading');
    const href = safeUrl(s.href);
    const phone = s.phone ? readPhone(s.phone) : undefined;
    const tel = phone?.ok ? phone.tel : undefined;
    const posted = parseDate(s.posted);
    const updated = parseDate(s.updatedOn);

    return html`
      <section
        part="base"
        class="banner"
        data-severity=${severity}
        aria-labelledby=${hasHeading ? 'heading' : nothing}
        aria-label=${hasHeading ? nothing : label}
      >
        <div part="icon" class="icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" focusable="false">${SEVERITY_ICONS[severity]}</svg>
        </div>
        <div part="content" class="content">
          <p part="label" lang=${ifDefined(m.lang)} dir=${ifDefined(m.dir)}>${label}</p>
          ${
            hasHeading
              ? heading(
                  headingLevel(this.headingLevel, 2),
                  'heading',
                  html`<slot name="heading">${s.heading}</slot>`,
                )
              : nothing
          }
          <div part="body" class="body" lang=${ifDefined(view && langOf(view, 'summary'))}>
            ${view ? renderText(view.summary) : html`<slot></slot>`}
          </div>
          ${
            href || tel
              ? html`<p part="actions" class="actions">
                  ${
                    href
                      ? html`<a
                          part="link"
                          href=${href}
                          lang=${ifDefined(this.linkText ? undefined : marks.lang)}
                          dir=${ifDefined(this.linkText ? undefined : marks.dir)}
                          >${this.linkText || words.readNotice}</a
                        >`
                      : nothing
                  }
                  ${
                    tel
                      ? html`<span
                          ><span lang=${ifDefined(marks.lang)} dir=${ifDefined(marks.dir)}
                            >${words.phone}:</span
                          >
                          <a part="phone" href=${tel} dir="ltr">${phone!.display}</a></span
                        >`
                      : nothing
                  }
                </p>`
              : nothing
          }
          ${
            posted || updated
              ? html`<p
                  part="meta"
                  class="meta"
                  lang=${ifDefined(marks.lang)}
                  dir=${ifDefined(marks.dir)}
                >
                  ${renderDated(words.posted, posted, wordsLang, this.keep)}
                  ${renderDated(words.updated, updated, wordsLang, this.keep)}
                </p>`
              : nothing
          }
        </div>
        ${
          this.dismissible
            ? html`<button
                part="dismiss-button"
                class="dismiss"
                type="button"
                @click=${this.onDismissClick}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CLOSE_ICON}</svg>
                <span
                  class="visually-hidden"
                  lang=${ifDefined(marks.lang)}
                  dir=${ifDefined(marks.dir)}
                  >${words.dismiss}</span
                >
              </button>`
            : nothing
        }
      </section>
    `;
  }

  protected override updated(): void {
    this.setState('dismissed', this.dismissal.dismissed);
    this.setState('scheduled', this.posting.phase === 'scheduled');
    this.setState('expired', this.posting.phase === 'expired');
    for (const severity of BANNER_SEVERITIES) {
      this.setState(severity, this.settings.severity === severity);
    }
  }

  private async onDismissClick(): Promise<void> {
    const { noticeId, revision } = this.settings;
    if (!this.dispatchEvent(new NoticeDismissEvent(noticeId, revision))) return;
    const hadFocus = this.matches(':focus-within');
    this.dismissal.dismiss();
    await this.updateComplete;
    if (hadFocus) focusPast(this);
  }

  private currentSettings() {
    const s = this.inForce(FROM_FILE);
    // An unknown severity shows as a warning, and its custom state says so.
    const severity: BannerSeverity =
      s.severity && BANNER_SEVERITIES.includes(s.severity) ? s.severity : 'warning';
    return { ...s, revision: s.revision ?? '1', severity, heading: s.heading ?? '' };
  }
}

NoticeBanner.define(TAG);

declare global {
  interface HTMLElementTagNameMap {
    'notice-banner': NoticeBanner;
  }
}
