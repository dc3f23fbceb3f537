import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import type { NoticeContact } from '../src/notice-contact/notice-contact.js';
import type { NoticeDocument } from '../src/notice-document/notice-document.js';
import type { NoticeFaq } from '../src/notice-faq/notice-faq.js';
import { fill, loadWords, stringsFor } from '../src/internal/language.js';
import en from '../src/translations/en.js';
import { loaded, part, useSample } from './helpers.js';

/**
 * The 15 languages of HHS's national sample taglines, shipped as tables in src/translations/:
 * each speaks its own words (not English), counts with its own plural forms, fits at 320 px,
 * passes axe, and Arabic and Persian lay out right to left.
 */
const SHIPPED = [
  'es',
  'zh-Hans',
  'zh-Hant',
  'vi',
  'ko',
  'tl',
  'ru',
  'ar',
  'ht',
  'fr',
  'pl',
  'pt',
  'it',
  'de',
  'ja',
  'fa',
];
const RTL = new Set(['ar', 'fa']);

/** Every element (in shadow roots too) that reaches past the sides of `box`: cut off on a phone. */
function outside(box: HTMLElement): string[] {
  const { left, right } = box.getBoundingClientRect();
  const all = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? all(el.shadowRoot) : []),
    ]);
  return all(box)
    .filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && (rect.right > right + 1 || rect.left < left - 1);
    })
    .map(
      (el) => `${el.localName}[part=${el.getAttribute('part')}] ${el.textContent!.slice(0, 30)}`,
    );
}

async function bannerIn(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${RTL.has(lang) ? 'rtl' : 'ltr'} style="inline-size: 320px">
      <notice-banner
        heading="—"
        href="/notice"
        phone="1-800-555-0142"
        posted="2026-11-20"
        dismissible
        ><p>…</p></notice-banner
      >
    </div>`,
  );
  const banner = wrapper.querySelector<NoticeBanner>('notice-banner')!;
  await loadWords(lang);
  await banner.updateComplete;
  return { wrapper, banner };
}

async function checklistIn(lang: string, total: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="inline-size: 320px">
      <notice-checklist notice-id=${`every-${lang}`} heading="—"
        >${Array.from(
          { length: total },
          (_, i) => html`<notice-checklist-item id="s${i}">${i}</notice-checklist-item>`,
        )}</notice-checklist
      >
    </div>`,
  );
  const el = wrapper.querySelector<NoticeChecklist>('notice-checklist')!;
  await loadWords(lang);
  await el.updateComplete;
  return { wrapper, el };
}

describe('the shipped languages', () => {
  const sample = useSample();

  for (const lang of SHIPPED) {
    describe(lang, () => {
      it('speaks its own words, fits at 320 px, and passes axe', async () => {
        const { wrapper, banner } = await bannerIn(lang);
        const words = stringsFor(lang);
        expect(words, 'a table of its own').not.to.equal(en);
        const link = part(banner, 'link')!.textContent!.trim();
        expect(link).to.equal(words.readNotice);
        expect(link).not.to.equal(en.readNotice);
        expect(part(banner, 'dismiss-button')!.textContent!.trim()).to.equal(words.dismiss);
        expect(part(banner, 'label')!.textContent!.trim()).to.equal(words.severity.warning);
        // Its own words need no language mark: they are in the page's language.
        expect(part(banner, 'link')!.hasAttribute('lang')).to.equal(false);
        const base = part(banner, 'base')!;
        expect(base.scrollWidth, 'nothing overflows at 320 px').to.be.at.most(base.clientWidth + 1);
        await expect(wrapper).to.be.accessible();
      });

      it('speaks it in the accordion, the contact block and the notice page too, within 320 px', async () => {
        const words = stringsFor(lang);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang} dir=${RTL.has(lang) ? 'rtl' : 'ltr'} style="inline-size: 320px">
            <notice-faq
              ><notice-faq-item heading="?">…</notice-faq-item
              ><notice-faq-item heading="?">…</notice-faq-item></notice-faq
            >
            <notice-contact phone="1-800-555-0142" email="privacy@clinic.example"></notice-contact>
            <notice-document .notice=${sample()}></notice-document>
          </div>`,
        );
        await loadWords(lang);
        const faq = wrapper.querySelector<NoticeFaq>('notice-faq')!;
        const contact = wrapper.querySelector<NoticeContact>('notice-contact')!;
        const doc = wrapper.querySelector<NoticeDocument>('notice-document')!;
        await faq.updateComplete;
        await contact.updateComplete;
        await loaded(doc);
        expect(part(faq, 'toggle-all')!.textContent!.trim()).to.equal(words.showAll);
        expect(part(contact, 'heading')!.textContent!.trim()).to.equal(words.contact);
        const headings = [...doc.shadowRoot!.querySelectorAll('[part="section-heading"]')].map(
          (h) => h.textContent!.trim(),
        );
        expect(headings).to.include(words.whatHappened);
        expect(headings).not.to.include(en.whatHappened);
        expect(outside(wrapper), 'what sticks out of 320 px').to.deep.equal([]);
      });

      it('counts with its own plural forms', async () => {
        const rules = new Intl.PluralRules(lang);
        for (const total of [1, 2, 3, 5, 22]) {
          const { el } = await checklistIn(lang, total);
          const forms = stringsFor(lang).progress;
          const category = rules.select(total) as keyof typeof forms;
          const expected = fill(forms[category] ?? forms.other, { done: 0, total });
          expect(part(el, 'progress-text')!.textContent!.trim(), `${total} steps`).to.equal(
            expected,
          );
        }
      });
    });
  }

  it('uses Polish and Russian few and many, and Arabic two and few, as their rules say', async () => {
    const text = async (lang: string, total: number) =>
      part((await checklistIn(lang, total)).el, 'progress-text')!.textContent!.trim();
    expect(await text('pl', 3)).to.equal('Wykonano 0 z 3 kroków');
    expect(await text('pl', 1)).to.equal('Wykonano 0 z 1 kroku');
    expect(await text('ru', 21)).to.equal('Выполнено 0 из 21 шага');
    expect(await text('ru', 5)).to.equal('Выполнено 0 из 5 шагов');
    expect(await text('ar', 2)).to.equal('أُنجز 0 من خطوتين');
    expect(await text('ar', 3)).to.equal('أُنجز 0 من 3 خطوات');
  });

  for (const lang of ['ar', 'fa']) {
    it(`lays out ${lang} right to left: the dismiss button on the left`, async () => {
      const { banner } = await bannerIn(lang);
      const base = part(banner, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      const dismiss = part(banner, 'dismiss-button')!.getBoundingClientRect();
      const content = part(banner, 'content')!.getBoundingClientRect();
      expect(dismiss.left, 'the button sits at the start, on the left').to.be.below(content.left);
    });
  }
});
