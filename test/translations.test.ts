import { expect, fixture, html } from '@open-wc/testing';
import { registerTranslation } from '../src/index.js';
import type { NoticeBanner } from '../src/notice-banner/notice-banner.js';
import type { NoticeChecklist } from '../src/notice-checklist/notice-checklist.js';
import { part } from './helpers.js';

/**
 * `registerTranslation`: a page adds the elements' words in a language the package does not ship,
 * in part or whole; an element picks the closest table for its language (`zh-TW` → `zh-Hant`,
 * `pt-BR` → `pt`), falls back to English key by key, and counts with the language's own plural
 * forms. Each test file runs in a page of its own, so what one registers stays here.
 */
const bannerIn = (lang: string) =>
  fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <notice-banner heading="—" href="/notice" phone="1-800-555-0142" dismissible
        ><p>…</p></notice-banner
      >
    </div>`,
  );

const words = async (wrapper: HTMLDivElement) => {
  const banner = wrapper.querySelector<NoticeBanner>('notice-banner')!;
  await banner.updateComplete;
  return {
    link: part(banner, 'link')!.textContent!.trim(),
    label: part(banner, 'label')!.textContent!.trim(),
    dismiss: part(banner, 'dismiss-button')!.textContent!.trim(),
    phone: part(banner, 'actions')!.textContent!.replace(/\s+/g, ' ').trim(),
  };
};

describe('registerTranslation', () => {
  it('gives a partial table, falling back to English key by key', async () => {
    registerTranslation('hy', {
      readNotice: 'Կարդացեք ամբողջական ծանուցումը',
      dismiss: 'Փակել այս ծանուցումը',
      severity: { warning: 'Կարևոր' },
    });
    const got = await words(await bannerIn('hy'));
    expect(got.link).to.equal('Կարդացեք ամբողջական ծանուցումը');
    expect(got.dismiss).to.equal('Փակել այս ծանուցումը');
    expect(got.label).to.equal('Կարևոր');
    // Left out of the table: English.
    expect(got.phone).to.contain('Toll-free helpline:');
  });

  it('re-renders the elements already on the page in that language', async () => {
    const wrapper = await bannerIn('hmn');
    expect((await words(wrapper)).link).to.equal('Read the full notice');
    registerTranslation('hmn', { readNotice: 'Nyeem daim ntawv ceeb toom tag nrho' });
    expect((await words(wrapper)).link).to.equal('Nyeem daim ntawv ceeb toom tag nrho');
  });

  it('picks the closest table: its script for Chinese, its language for a region', async () => {
    registerTranslation('zh-Hant', { readNotice: '閱讀完整通知' });
    registerTranslation('pt', { readNotice: 'Leia o aviso completo' });
    expect((await words(await bannerIn('zh-TW'))).link).to.equal('閱讀完整通知');
    expect((await words(await bannerIn('zh-HK'))).link).to.equal('閱讀完整通知');
    expect((await words(await bannerIn('zh-CN'))).link).to.equal('阅读完整通知');
    expect((await words(await bannerIn('pt-BR'))).link).to.equal('Leia o aviso completo');
    // A CMS's tag with an underscore.
    expect((await words(await bannerIn('pt_BR'))).link).to.equal('Leia o aviso completo');
  });

  it('counts with the language’s own plural forms (Polish: one, few, many)', async () => {
    registerTranslation('pl', {
      progress: {
        one: 'Wykonano {done} z {total} kroku',
        few: 'Wykonano {done} z {total} kroków (few)',
        many: 'Wykonano {done} z {total} kroków (many)',
        other: 'Wykonano {done} z {total} kroku (other)',
      },
    });
    const checklist = async (total: number) => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="pl">
          <notice-checklist notice-id="pl" heading="Kroki"
            >${Array.from(
              { length: total },
              (_, i) => html`<notice-checklist-item id="s${i}">Krok ${i}</notice-checklist-item>`,
            )}</notice-checklist
          >
        </div>`,
      );
      const el = wrapper.querySelector<NoticeChecklist>('notice-checklist')!;
      await el.updateComplete;
      return part(el, 'progress-text')!.textContent!.trim();
    };
    // Intl.PluralRules('pl'): 1 one, 2–4 few, 5–21 many, 22–24 few.
    expect(await checklist(1)).to.equal('Wykonano 0 z 1 kroku');
    expect(await checklist(3)).to.equal('Wykonano 0 z 3 kroków (few)');
    expect(await checklist(5)).to.equal('Wykonano 0 z 5 kroków (many)');
    expect(await checklist(22)).to.equal('Wykonano 0 z 22 kroków (few)');
  });

  it('keeps English’s plural forms when a table gives a plural without "other"', async () => {
    registerTranslation('fy', { progress: { one: 'only one' } as never });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fy">
        <notice-checklist notice-id="fy" heading="Steps"
          ><notice-checklist-item id="a">A</notice-checklist-item
          ><notice-checklist-item id="b">B</notice-checklist-item></notice-checklist
        >
      </div>`,
    );
    const el = wrapper.querySelector<NoticeChecklist>('notice-checklist')!;
    await el.updateComplete;
    expect(part(el, 'progress-text')!.textContent!.trim()).to.equal('0 of 2 steps done');
  });
});
