import { ifDefined } from 'lit/directives/if-defined.js';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NoticeDismissEvent } from '../events.js';
import { endOf, formatDate, machineDate, parseDate, type NoticeDate } from '../model/dates.js';
import { POSTING_DAYS, postingDay, postingShortfall } from '../model/posting.js';
import { defineElement } from '../internal/define.js';
import { focusPast } from '../internal/focus.js';
import { heading, headingLevel, warnIfNotHeadingLevel } from '../internal/heading.js';
import { safeUrl, telUrl } from '../model/links.js';
import { readItem, storageKey, writeItem } from '../internal/storage.js';
import { LanguageController } from '../internal/strings.js';
import { NoticeSource } from '../internal/notice-source.js';
import { renderText } from '../internal/render-text.js';
import { langOf } from '../model/localize.js';
import { warn } from '../internal/warn.js';
import { styles } from './notice-banner.styles.js';

export const BANNER_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type BannerSeverity = (typeof BANNER_SEVERITIES)[number];

/** Where the banner stands against its posting window at the current time. */
type Phase = 'scheduled' | 'open' | 'expired';

const TAG = 'notice-banner';
/** setTimeout's longest delay; a later boundary is reached in steps. */
const MAX_DELAY = 2 ** 31 - 1;
const DISMISSED_AT = /^\d{4}-\d{2}-\d{2}T/;

const ICONS: Record<BannerSeverity, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
    <path d="M12 10.5v6.5M12 7v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  warning: svg`<path d="M12 2.5 22.5 21h-21z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
    <path d="M12 9.5v5M12 17.5v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  critical: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor"/>
    <path d="M12 6.5v7M12 17v.5" stroke="Canvas" stroke-width="2.5" stroke-linecap="round"/>`,
};

const CLOSE_ICON = svg`<path d="M5 5l14 14M19 5 5 19" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`;

/**
 * The home-page posting of a breach notice: what happened in a sentence or two, a link to the full
 * notice, and the toll-free line. It shows only inside its posting window and, when the clinic
 * allows it, stays dismissed on the patient's device until the notice is revised.
 *
 * It is a landmark region named by its heading. Nothing is announced on page load: the patient
 * finds it by reading, by headings or by landmarks.
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
 * @cssprop [--notice-banner-accent=per severity] - Border, icon and label colour.
 * @cssprop [--notice-banner-background=per severity] - Background colour.
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
 * @fires {NoticeDismissEvent} notice-dismiss - The patient pressed the dismiss button. Fired
 *   before the banner hides; cancelable.
 * @fires {NoticeErrorEvent} notice-error - Its notice file (`src`) or `notice` could not be used; the
 *   page's own content stays.
 */
export class NoticeBanner extends NoticeSource(LitElement) {
  static override styles = styles;

  /** Names the notice; the key under which a dismissal is remembered on the device. */
  @property({ attribute: 'notice-id', reflect: true }) noticeId?: string;

  /**
   * The notice's revision: a new value shows the banner again to patients who dismissed it.
   * Default: the notice file's `revision`, else `"1"`.
   */
  @property() revision?: string;

  /**
   * How serious the incident is; sets the colour, the icon and the label together. Default: the
   * notice file's `severity`, else `warning`.
   */
  @property({ reflect: true }) severity?: BannerSeverity;

  /** The heading text. The `heading` slot replaces it. Default: the notice file's `title`. */
  @property() heading?: string;

  /** Level of the heading element, 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** URL of the full notice (https, http or relative). */
  @property() href?: string;

  /** Text of the link to the full notice; "Read the full notice" in the page's language. */
  @property({ attribute: 'link-text' }) linkText?: string;

  /** First day of the posting window, as `YYYY-MM-DD`; before it the banner shows nothing. */
  @property() posted?: string;

  /** Last day of the posting window, as `YYYY-MM-DD`; after it the banner shows nothing. */
  @property() expires?: string;

  /** When the notice was last revised, as `YYYY-MM-DD`; shown next to the posting date. */
  @property({ attribute: 'updated' }) updatedOn?: string;

  /** The toll-free helpline, as it should read (`1-800-555-0142`); becomes a `tel:` link. */
  @property() phone?: string;

  /** Whether the patient may dismiss the banner. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  @state() private dismissed = false;

  /** The values in force: the page's attributes, else the notice file's. */
  private eff: Effective = effective(this);
  private phase: Phase = 'open';
  private timer?: ReturnType<typeof setTimeout>;
  private readonly language = new LanguageController(this);
  private readonly internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.eff;
    const eff = (this.eff = effective(this));
    if (eff.noticeId !== before.noticeId || eff.revision !== before.revision || !this.hasUpdated) {
      this.dismissed = this.readDismissal();
    }
    if (
      eff.posted !== before.posted ||
      eff.expires !== before.expires ||
      eff.updatedOn !== before.updatedOn ||
      !this.hasUpdated
    ) {
      this.checkDates();
    }
    if (changed.has('href') && this.href && !safeUrl(this.href)) {
      warn(
        TAG,
        `href="${this.href}" is not a link the banner will render; use an https:, http: or relative URL.`,
      );
    }
    if (changed.has('phone') && this.phone && !telUrl(this.phone)) {
      warn(TAG, `phone="${this.phone}" has no digits to call; write the number as 1-800-555-0142.`);
    }
    if (changed.has('severity') && this.severity && !BANNER_SEVERITIES.includes(this.severity)) {
      warn(
        TAG,
        `severity="${this.severity}" is not one of ${BANNER_SEVERITIES.join(', ')}; showing it as "warning".`,
      );
    }
    if (changed.has('headingLevel')) warnIfNotHeadingLevel(TAG, this.headingLevel, 2);
    this.phase = this.currentPhase();
  }

  protected override render() {
    if (this.dismissed || this.phase !== 'open') return nothing;
    const words = this.language.strings;
    const lang = this.language.lang;
    const eff = this.eff;
    const severity = BANNER_SEVERITIES.includes(eff.severity) ? eff.severity : 'warning';
    const view = this.noticeView;
    const label = {
      info: words.severityInfo,
      warning: words.severityWarning,
      critical: words.severityCritical,
    }[severity];
    const hasHeading =
      Boolean(eff.heading.trim()) || this.querySelector(':scope > [slot="heading"]');
    const href = safeUrl(eff.href);
    const tel = telUrl(eff.phone);
    const posted = parseDate(eff.posted);
    const updated = parseDate(eff.updatedOn);

    return html`
      <section
        part="base"
        class="banner"
        data-severity=${severity}
        aria-labelledby=${hasHeading ? 'heading' : nothing}
        aria-label=${hasHeading ? nothing : label}
      >
        <div part="icon" class="icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" focusable="false">${ICONS[severity]}</svg>
        </div>
        <div part="content" class="content">
          <p part="label" class="label">${label}</p>
          ${
            hasHeading
              ? heading(
                  headingLevel(this.headingLevel, 2),
                  'heading',
                  html`<slot name="heading">${eff.heading}</slot>`,
                )
              : nothing
          }
          <div part="body" class="body" lang=${ifDefined(view && langOf(view, 'summary'))}>
            ${view ? renderText(view.summary) : html`<slot></slot>`}
          </div>
          ${
            href || tel
              ? html`<p part="actions" class="actions">
                  ${href ? html`<a part="link" href=${href}>${this.linkText || words.readNotice}</a>` : nothing}
                  ${
                    tel
                      ? html`<span
                          >${words.phone}:
                          <a part="phone" href=${tel} dir="ltr">${eff.phone}</a></span
                        >`
                      : nothing
                  }
                </p>`
              : nothing
          }
          ${
            posted || updated
              ? html`<p part="meta" class="meta">
                  ${this.dated(words.posted, posted, lang)}
                  ${this.dated(words.updated, updated, lang)}
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
                <span class="visually-hidden">${words.dismiss}</span>
              </button>`
            : nothing
        }
      </section>
    `;
  }

  /** "Posted November 20, 2026", with a machine-readable `<time>`. */
  private dated(label: string, value: NoticeDate | undefined, lang: string) {
    if (!value) return nothing;
    return html`<span
      >${label} <time datetime=${machineDate(value)}>${formatDate(value, lang)}</time></span
    >`;
  }

  protected override updated(): void {
    this.setState('dismissed', this.dismissed);
    this.setState('scheduled', this.phase === 'scheduled');
    this.setState('expired', this.phase === 'expired');
    for (const severity of BANNER_SEVERITIES)
      this.setState(severity, this.eff.severity === severity);
    this.scheduleNextPhase();
  }

  private async onDismissClick(): Promise<void> {
    const { noticeId, revision } = this.eff;
    if (!this.dispatchEvent(new NoticeDismissEvent(noticeId, revision))) return;
    const hadFocus = this.matches(':focus-within');
    if (noticeId) writeItem(this.dismissalKey(), new Date().toISOString());
    this.dismissed = true;
    await this.updateComplete;
    if (hadFocus) focusPast(this);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // Another tab dismissed this notice, or storage was cleared.
    if (event.key === null || event.key === storageKey(this.dismissalKey())) {
      this.dismissed = this.readDismissal();
    }
  };

  private dismissalKey(): string {
    return `banner-dismissed:${this.eff.noticeId}:${this.eff.revision}`;
  }

  private readDismissal(): boolean {
    if (!this.eff.noticeId) return false;
    const value = readItem(this.dismissalKey());
    // Anything but a timestamp we wrote is garbage: show the banner rather than trust it.
    return value !== null && DISMISSED_AT.test(value) && !Number.isNaN(Date.parse(value));
  }

  private currentPhase(now = new Date()): Phase {
    const from = parseDate(this.eff.posted);
    const until = parseDate(this.eff.expires);
    if (from && now < from.date) return 'scheduled';
    if (until && now >= endOf(until)) return 'expired';
    return 'open';
  }

  /** Re-renders when the posting window opens or closes while the page stays open. */
  private scheduleNextPhase(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    const from = parseDate(this.eff.posted)?.date.getTime();
    const untilDate = parseDate(this.eff.expires);
    const until = untilDate ? endOf(untilDate).getTime() : undefined;
    const next = [from, until].filter((t): t is number => t !== undefined && t > now);
    if (next.length === 0) return;
    this.timer = setTimeout(
      () => this.requestUpdate(),
      Math.min(Math.min(...next) - now, MAX_DELAY),
    );
  }

  private checkDates(): void {
    const { posted, expires, updatedOn } = this.eff;
    for (const [name, value] of [
      ['posted', posted],
      ['expires', expires],
      ['updated', updatedOn],
    ] as const) {
      if (value && !parseDate(value)) {
        warn(
          TAG,
          `${name}="${value}" is not a date; write it as YYYY-MM-DD (for example 2026-11-20). It is ignored until then.`,
        );
      }
    }
    const from = postingDay(posted);
    const until = postingDay(expires);
    const shortfall = from && until && postingShortfall(from, until);
    if (!shortfall) return;
    if (shortfall.days < 0) {
      warn(
        TAG,
        `expires="${expires}" is before posted="${posted}", so the banner never shows; check both dates.`,
      );
    } else {
      warn(
        TAG,
        `the posting window from ${posted} to ${expires} is ${shortfall.days} days; a HIPAA substitute notice (45 CFR 164.404(d)(2)) stays up for at least ${POSTING_DAYS}. Set expires="${shortfall.earliestEnd}" or later.`,
      );
    }
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // A browser without CustomStateSet: the banner renders nothing, which is enough.
    }
  }
}

interface Effective {
  noticeId?: string;
  revision: string;
  severity: BannerSeverity;
  heading: string;
  href?: string;
  phone?: string;
  posted?: string;
  expires?: string;
  updatedOn?: string;
}

/** Each setting from the page's attribute when it has one, else from the notice file. */
function effective(banner: NoticeBanner): Effective {
  const notice = banner.noticeView;
  return {
    noticeId: banner.noticeId ?? notice?.id,
    revision: banner.revision ?? (notice ? String(notice.revision) : '1'),
    severity: banner.severity ?? notice?.severity ?? 'warning',
    heading: banner.heading ?? notice?.title ?? '',
    href: banner.href ?? notice?.contact?.website,
    phone: banner.phone ?? notice?.contact?.tollFreePhone,
    posted: banner.posted ?? notice?.dates.postedFrom,
    expires: banner.expires ?? notice?.dates.postedUntil,
    updatedOn: banner.updatedOn ?? notice?.dates.updated,
  };
}

defineElement(TAG, NoticeBanner);

declare global {
  interface HTMLElementTagNameMap {
    'notice-banner': NoticeBanner;
  }
}
