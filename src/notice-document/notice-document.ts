import { DEV } from '../model/dev.js';
import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, machineDate, parseDate } from '../model/dates.js';
import {
  heading,
  headingLevel,
  type HeadingLevel,
  headingLevelCheck,
} from '../internal/heading.js';
import type { AttributeChecks } from '../internal/authoring.js';
import { NoticeSourceElement } from '../internal/notice-source.js';
import { datedText, renderDated, renderText } from '../internal/render.js';
import { renderTaglines } from './language-assistance.js';
import { fill } from '../internal/language.js';
import type { Strings } from '../translations/en.js';
import { CA_TITLE } from '../model/california-form.js';
import { langOf } from '../model/lang-of.js';
import type { LocalizedNotice } from '../model/localize.js';
import '../notice-checklist/notice-checklist.js';
import '../notice-contact/notice-contact.js';
import '../notice-faq/notice-faq.js';
import { styles } from './notice-document.styles.js';

const TAG = 'notice-document';

/**
 * The whole notice page from one notice file: the title, the clinic, the notice date, the six
 * sections California requires under their headings (what happened, with the breach and
 * discovery dates; the types of information as a list; what the clinic is doing; the steps as a
 * `<notice-checklist>`; other important information; the contacts as a `<notice-contact>`), and
 * the questions as a `<notice-faq>`. A section the file leaves out is left out.
 *
 * Until the file has loaded, and if it cannot be used, the element shows what the page put
 * inside it: a short summary and a link to a PDF, say.
 *
 * @summary The complete breach notice page, rendered from a notice file.
 * @tag notice-document
 *
 * @slot - What to show until the notice file loads, and if it cannot be used.
 *
 * @csspart base - The `<article>` that holds the notice.
 * @csspart header - The title and the line under it.
 * @csspart title - The notice's title (a heading at `heading-level`).
 * @csspart meta - The clinic, the notice date and the last update.
 * @csspart status - Where the response stands ("Investigation under way").
 * @csspart section - Each section.
 * @csspart section-heading - Each section's heading.
 * @csspart information-list - The list of the types of information involved.
 * @csspart checklist - The `<notice-checklist>` of steps.
 * @csspart contact - The `<notice-contact>`.
 * @csspart faq - The `<notice-faq>`.
 * @csspart taglines - The language-assistance list: each line in its own language and direction.
 *
 * @cssprop [--notice-document-font-family=inherit] - Font family.
 * @cssprop [--notice-document-font-size=1rem] - Base font size; never below 10pt on paper.
 * @cssprop [--notice-document-heading-color=inherit] - Colour of the title and headings.
 * @cssprop [--notice-document-link-color=#0b4f9c] - Colour of the links in the text.
 * @cssprop [--notice-document-max-width=44rem] - Widest line of text.
 * @cssprop [--notice-document-min-block-size=100vh] - Least height, held from before the file
 *   arrives, so that what follows the notice does not move when it renders.
 *
 * @fires {NoticeErrorEvent} notice-error - The notice file could not be fetched, was not JSON
 *   or broke the schema; the page's own content stays.
 */
export class NoticeDocument extends NoticeSourceElement {
  static override get properties() {
    return {
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  static override styles = styles;
  /** @internal */
  static override attributeChecks: AttributeChecks<NoticeDocument> = DEV
    ? {
        headingLevel: headingLevelCheck(1),
      }
    : {};

  /** Level of the title, 1 to 6; the sections' headings are one level below. */
  headingLevel = 1;

  protected override render() {
    const view = this.noticeView;
    if (!view) return html`<slot></slot>`;
    const { strings: words, wordsLang: lang } = this.language;
    // The article is in the notice's language; the element's own words are marked against it.
    const article = langOf(view, 'title');
    const marks = (this.marks = this.language.marksWithin(article));
    // The elements inside take their language from the article's `lang`; Lit's server renderer
    // gives them no ancestors to read it from, so there they are given it themselves.
    const inner = isServer ? article : undefined;
    const top = headingLevel(this.headingLevel, 1);
    const level = Math.min(top + 1, 6) as HeadingLevel;
    const sub = Math.min(top + 2, 6) as HeadingLevel;
    const s = view.sections ?? {};
    const noticeDate = parseDate(view.dates.noticeDate);
    const updated = parseDate(view.dates.updated);
    const protection = view.identityTheftProtection;
    const rights = view.patientRights;
    return html`
      <article part="base" aria-labelledby="title" lang=${article}>
        <header part="header">
          ${heading(top, 'title', view.title ?? CA_TITLE, 'title')}
          <p part="meta" lang=${ifDefined(marks.lang)} dir=${ifDefined(marks.dir)}>
            <span lang=${langOf(view, 'organization.name')}>${view.organization.name}</span>
            ${renderDated(`${words.noticeDate}:`, noticeDate, lang, this.keep)}
            ${renderDated(`${words.lastUpdated}:`, updated, lang, this.keep)}
          </p>
          ${
            view.status
              ? html`<p part="status" lang=${ifDefined(marks.lang)} dir=${ifDefined(marks.dir)}>
                  ${words.status}: ${words[view.status]}
                </p>`
              : nothing
          }
        </header>

        ${this.section('what-happened', level, words.whatHappened, s.whatHappened !== undefined, [
          renderText(s.whatHappened, langOf(view, 'sections.whatHappened')),
          this.breachDates(view, words, lang),
          this.lawEnforcement(view, words),
        ])}
        ${this.section(
          'information-involved',
          level,
          words.informationInvolved,
          Boolean(s.informationInvolved),
          [
            renderText(
              s.informationInvolved?.text,
              langOf(view, 'sections.informationInvolved.text'),
            ),
            html`<ul part="information-list">
              ${s.informationInvolved?.types.map(
                (type, index) =>
                  html`<li
                    lang=${langOf(view, `sections.informationInvolved.types[${index}].label`)}
                  >
                    ${type.label}
                  </li>`,
              )}
            </ul>`,
          ],
        )}
        ${this.section(
          'what-we-are-doing',
          level,
          words.whatWeAreDoing,
          s.whatWeAreDoing !== undefined || Boolean(protection?.text),
          [
            renderText(s.whatWeAreDoing, langOf(view, 'sections.whatWeAreDoing')),
            renderText(protection?.text, langOf(view, 'identityTheftProtection.text')),
          ],
        )}
        ${this.section('what-you-can-do', level, words.whatYouCanDo, Boolean(s.whatYouCanDo), [
          renderText(s.whatYouCanDo?.text, langOf(view, 'sections.whatYouCanDo.text')),
          s.whatYouCanDo?.steps?.length
            ? html`<notice-checklist
                part="checklist"
                lang=${ifDefined(inner)}
                notice-id=${view.id}
                heading-level=${sub}
                .notice=${this.rawNotice()}
              ></notice-checklist>`
            : nothing,
        ])}
        ${this.section(
          'other-information',
          level,
          words.otherImportantInformation,
          s.otherImportantInformation !== undefined ||
            Boolean(
              rights?.policeReport ||
              rights?.securityFreeze ||
              rights?.creditBureaus ||
              rights?.agencies,
            ),
          [
            renderText(
              s.otherImportantInformation,
              langOf(view, 'sections.otherImportantInformation'),
            ),
            renderText(rights?.policeReport, langOf(view, 'patientRights.policeReport')),
            renderText(rights?.securityFreeze, langOf(view, 'patientRights.securityFreeze')),
            renderText(rights?.creditBureaus, langOf(view, 'patientRights.creditBureaus')),
            renderText(rights?.agencies, langOf(view, 'patientRights.agencies')),
          ],
        )}
        ${this.section(
          'more-information',
          level,
          words.forMoreInformation,
          s.forMoreInformation !== undefined || Boolean(view.contact),
          [
            renderText(s.forMoreInformation, langOf(view, 'sections.forMoreInformation')),
            view.contact
              ? html`<notice-contact
                  part="contact"
                  lang=${ifDefined(inner)}
                  heading=${view.organization.name}
                  heading-level=${sub}
                  .notice=${this.rawNotice()}
                ></notice-contact>`
              : nothing,
          ],
        )}
        ${this.section(
          'language-assistance',
          level,
          words.languageAssistance,
          Boolean(view.languageAssistance?.length),
          renderTaglines(view.languageAssistance),
        )}
        ${this.section('questions', level, words.questions, Boolean(view.faq?.length), [
          html`<notice-faq
            part="faq"
            lang=${ifDefined(inner)}
            heading-level=${sub}
            .notice=${this.rawNotice()}
          ></notice-faq>`,
        ])}
      </article>
    `;
  }

  /** `lang`/`dir` for the element's own words within the article, set by each render. */
  private marks: { lang?: string; dir?: 'ltr' | 'rtl' } = {};

  /** The notice as loaded, for the elements inside, which pick their language themselves. */
  private rawNotice() {
    return this.noticeData;
  }

  private section(
    id: string,
    level: HeadingLevel,
    title: string,
    present: boolean,
    content: unknown,
  ) {
    if (!present) return nothing;
    return html`<section part="section" aria-labelledby=${id}>
      ${heading(level, id, html`<span lang=${ifDefined(this.marks.lang)} dir=${ifDefined(this.marks.dir)}>${title}</span>`, 'section-heading')}
      ${content}
    </section>`;
  }

  /** "The breach took place between … and …. We discovered it on …." */
  private breachDates(view: LocalizedNotice, words: Strings, lang: string) {
    const start = parseDate(view.dates.breachStart);
    const end = parseDate(view.dates.breachEnd);
    const discovered = parseDate(view.dates.discovered);
    const estimated = view.dates.breachDatesEstimated;
    const unknown = !start && view.dates.breachDateUnknown === true;
    if (!start && !discovered && !unknown) return nothing;
    const text = () => {
      const day = (value: NonNullable<typeof start>) => formatDate(value, lang);
      let sentence = '';
      if (start && end && machineDate(start) !== machineDate(end)) {
        sentence = fill(estimated ? words.estimatedRange : words.breachRange, {
          start: day(start),
          end: day(end),
        });
      } else if (start) {
        sentence = fill(estimated ? words.estimatedDay : words.breachDay, { start: day(start) });
      } else if (unknown) {
        sentence = words.breachUnknown;
      }
      const found = discovered ? fill(words.discovered, { date: day(discovered) }) : '';
      return [sentence, found].filter(Boolean).join(' ');
    };
    const key = `${lang} ${estimated} ${unknown}`;
    const dated = datedText([start, end, discovered], key, this.keep, text);
    return html`<p lang=${ifDefined(this.marks.lang)} dir=${ifDefined(this.marks.dir)}>
      ${dated}
    </p>`;
  }

  private lawEnforcement(view: LocalizedNotice, words: Strings) {
    const delay = view.lawEnforcementDelay;
    if (!delay) return nothing;
    if (delay.statement) {
      return renderText(delay.statement, langOf(view, 'lawEnforcementDelay.statement'));
    }
    return html`<p lang=${ifDefined(this.marks.lang)} dir=${ifDefined(this.marks.dir)}>
      ${delay.delayed ? words.delayed : words.notDelayed}
    </p>`;
  }
}

NoticeDocument.define(TAG);

declare global {
  interface HTMLElementTagNameMap {
    'notice-document': NoticeDocument;
  }
}
