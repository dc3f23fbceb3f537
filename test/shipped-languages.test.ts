import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import { fill, loadWords, stringsFor } from '../src/internal/language.js';
import en from '../src/translations/en.js';
import { part } from './helpers.js';

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
      <notice-checklist heading="—"
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
