// The built files as a clinic would use them (run after `npm run build`):
// 1. dist/cdn/clinic-notice.js alone beside a plain HTML page (and loaded twice) renders a
//    working banner whose dismissal survives a reload;
// 2. the demo site's pages (pre-rendered, as `clinic-notice render` writes them) load with no
//    console error and no axe violation;
// 3. on the demo notice page, the browser's find and a link to a question open the FAQ item,
//    a ticked step survives a reload, and the Spanish page comes from the same file.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sampleNotice, serveDemo } from '../../scripts/demo-server.mjs';
import { PAGE_FILES, importsOf } from '../../scripts/size.mjs';
import { scriptRoutes, serve, type Served } from '../../scripts/static-server.mjs';
import { axeViolations, expect, repo, test } from './fixtures.js';

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title><link rel="icon" href="data:,">
<script type="module" src="clinic-notice.js"></script>
<script type="module" src="clinic-notice.js?again"></script></head>
<body><notice-banner notice-id="smoke" heading="Data security incident" href="/notice"
 phone="1-800-555-0142" dismissible><p>Plain text body.</p></notice-banner>
<a id="after" href="#after">After the banner</a></body></html>`;

/** A page with authoring mistakes: a heading level that does not exist, a date that is not one. */
const AUTHORING_PAGE = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authoring</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head>
<body><notice-banner heading="Incident" heading-level="9" posted="soon"><p>Text.</p></notice-banner>
<notice-banner id="letters" heading="Letters" phone="1-800-FLOWERS"><p>Text.</p></notice-banner></body></html>`;

let plain: Served;
let demo: Served;
test.beforeAll(async () => {
  // Nothing but the page and the CDN file: the file must need nothing else.
  plain = await serve({
    routes: {
      '/': { body: PLAIN_PAGE },
      ...scriptRoutes(repo('dist/cdn')),
      '/authoring.html': { body: AUTHORING_PAGE('clinic-notice.js') },
      '/authoring-dev.html': { body: AUTHORING_PAGE('clinic-notice.dev.js') },
    },
  });
  demo = await serveDemo();
});
test.afterAll(async () => {
  await plain?.close();
  await demo?.close();
});

const bannerHeading = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('notice-banner')?.shadowRoot?.querySelector('[part=heading]')
        ?.textContent ?? null,
  );

/** The script files a page fetched, by name. */
async function scriptsFetched(page: Page, url: string): Promise<string[]> {
  const fetched: string[] = [];
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop()!;
    if (name.endsWith('.js')) fetched.push(name);
  });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('notice-banner'));
  await page.waitForLoadState('networkidle');
  return [...new Set(fetched)].sort();
}

test('a page with only the banner fetches the one file npm run size counts for it', async ({
  page,
}) => {
  const fetched = await scriptsFetched(page, plain.url);
  // No notice-page elements, no notice-file checker or localizer, no Spanish words.
  expect(fetched).toEqual(PAGE_FILES['banner page']);
  expect(fetched.join(' ')).not.toMatch(/notice-page|notice-support|localize|\.es-/);
});

test('the pre-rendered notice page fetches the files npm run size counts for it', async ({
  page,
}) => {
  const fetched = await scriptsFetched(page, `${demo.url}notice.html`);
  expect(fetched).toEqual(PAGE_FILES['all-elements page']);
  // The English page's data block holds no translation: no localizer, and no checker.
  expect(fetched.join(' ')).not.toMatch(/localize|notice-support|\.es-/);
  // In Spanish, more: the words, and the localizer (for the translation) with what it imports.
  const spanish = await scriptsFetched(page, `${demo.url}es/aviso.html`);
  expect(spanish.filter((name) => !fetched.includes(name))).toEqual([
    expect.stringMatching(/^clinic-notice\.es-[\w-]+\.js$/),
    expect.stringMatching(/^clinic-notice\.localize-[\w-]+\.js$/),
    expect.stringMatching(/^clinic-notice\.paths-[\w-]+\.js$/),
  ]);
});

test('no production file carries authoring code; the development file does', () => {
  // What each file was built from, by its source map: the *.authoring.ts modules hold the
  // warnings for page authors, which the production files leave to clinic-notice.dev.js.
  const sources = (file: string) =>
    (JSON.parse(readFileSync(repo(`dist/cdn/${file}.map`), 'utf8')) as { sources: string[] })
      .sources;
  const production = [
    ...new Set([...Object.values(PAGE_FILES).flat(), ...importsOf('clinic-notice.js').dynamic]),
  ];
  for (const file of production) {
    expect(
      sources(file).filter((source) => source.includes('.authoring.')),
      file,
    ).toEqual([]);
  }
  const development = readdirSync(repo('dist/cdn')).filter(
    (file) => file.endsWith('.js') && !production.includes(file) && file !== 'clinic-notice.js',
  );
  // Every authoring module of src/ is in the development files.
  const written = readdirSync(repo('src'), { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.authoring.ts'))
    .map((path) => path.split('/').pop())
    .sort();
  const shipped = development
    .flatMap((file) => sources(file).filter((source) => source.includes('.authoring.')))
    .map((source) => source.split('/').pop())
    .sort();
  expect(written.length).toBeGreaterThan(0);
  expect([...new Set(shipped)]).toEqual(written);
});

test('the production file leaves authoring warnings to the development file', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  for (const [path, expected] of [
    ['authoring-dev.html', 3],
    ['authoring.html', 0],
  ] as const) {
    warnings.length = 0;
    await page.goto(plain.url + path);
    await page.waitForFunction(() => customElements.get('notice-banner'));
    await page.locator('#letters [part=heading]').waitFor();
    const ours = warnings.filter((text) => text.startsWith('[clinic-notice] <notice-banner>'));
    expect(ours, path).toHaveLength(expected);
    // Without the reasons in words, a number that cannot dial what it shows is still refused.
    expect(await page.locator('#letters a[href^="tel:"]').count(), path).toBe(0);
  }
  // The same banner either way: the heading falls back to an h2 and the bad date is ignored.
  expect(await page.locator('notice-banner h2').first().textContent()).toBe('Incident');
});

test('the CDN file alone, loaded twice, renders a working banner', async ({ page }) => {
  await page.goto(plain.url);
  await page.waitForFunction(() => customElements.get('notice-banner'));
  expect((await bannerHeading(page))?.trim()).toBe('Data security incident');
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  expect(await page.evaluate(() => document.activeElement?.id), 'focus after dismissal').toBe(
    'after',
  );
  await page.reload();
  await page.waitForFunction(() => customElements.get('notice-banner'));
  const shown = await page.evaluate(
    () => !!document.querySelector('notice-banner')?.shadowRoot?.querySelector('[part=base]'),
  );
  expect(shown, 'the dismissal is remembered across a reload').toBe(false);
});

for (const path of ['', 'es/', 'notice.html', 'es/aviso.html']) {
  test(`demo page /${path} loads clean and passes axe`, async ({ page }) => {
    await page.goto(demo.url + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('notice-banner'));
    if (path.endsWith('.html')) {
      await page.locator('notice-document [part=title]').waitFor();
      await page.locator('notice-document notice-faq-item').first().waitFor({ state: 'attached' });
    } else {
      await page.locator('notice-banner > p').first().waitFor();
      expect(await bannerHeading(page), 'the banner heading').toBeTruthy();
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** Open FAQ items on the demo notice page, whose accordion lives inside <notice-document>. */
const openItems = (page: Page) =>
  page.locator('notice-faq-item[open]').evaluateAll((items) => items.map((item) => item.id));

test("the browser's own find (a text fragment) opens the closed answer it matches", async ({
  page,
}) => {
  // A `#:~:text=` link runs the same search-and-reveal path as Ctrl+F: the browser fires
  // `beforematch` on the hidden-until-found answer, and the item must open. The fragment
  // directive never reaches location.hash, so the item's own fragment handling cannot do it.
  // The answer sits three shadow roots deep (document, accordion, item).
  await page.goto(`${demo.url}notice.html#:~:text=${encodeURIComponent('issue a new one')}`);
  await page.locator('notice-faq-item#insurance-id').waitFor({ state: 'attached' });
  await page.waitForFunction(
    () =>
      (
        document
          .querySelector('notice-document')
          ?.shadowRoot?.querySelector('notice-faq')
          ?.shadowRoot?.getElementById('insurance-id') as { open?: boolean } | null
      )?.open === true,
    null,
    { timeout: 3000 },
  );
  expect(await openItems(page)).toEqual(['insurance-id']);
});

test('a link to a question opens it and scrolls it into view', async ({ page }) => {
  await page.goto(`${demo.url}notice.html#medical-record`);
  const item = page.locator('notice-faq-item#medical-record');
  await item.waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const faq = document.querySelector('notice-document')?.shadowRoot?.querySelector('notice-faq');
    const found = faq?.shadowRoot?.getElementById('medical-record') as { open?: boolean } | null;
    return found?.open === true;
  });
  await page.waitForTimeout(100);
  // At the top of the viewport, or as near as the page's height allows.
  const top = await item.evaluate((el) => el.getBoundingClientRect().top);
  const { scrollY, maxScroll } = await page.evaluate(() => ({
    scrollY: window.scrollY,
    maxScroll: document.documentElement.scrollHeight - window.innerHeight,
  }));
  const where = `${top}px from the top, scrolled ${scrollY} of ${maxScroll}`;
  expect(top, where).toBeGreaterThanOrEqual(-1);
  expect(top <= 2 || scrollY >= maxScroll - 1, where).toBe(true);
});

test('the demo checklist remembers a tick across a reload', async ({ page }) => {
  const steps = sampleNotice().sections!.whatYouCanDo!.steps!.length;
  await page.goto(`${demo.url}notice.html`);
  await page.getByRole('checkbox', { name: 'Check your credit reports' }).check();
  const progress = page.locator('notice-checklist [part=progress-text]');
  await expect(progress).toHaveText(`1 of ${steps} steps done`);
  await page.reload();
  // The page is pre-rendered: the remembered tick shows once the script has hydrated it.
  await expect(progress).toHaveText(`1 of ${steps} steps done`);
  const box = page.getByRole('checkbox', { name: 'Check your credit reports' });
  expect(await box.isChecked(), 'the tick is remembered').toBe(true);
});

test('the Spanish notice page is pre-rendered from the same file, and asks for nothing more', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/notice.json')) requests.push(request.url());
  });
  await page.goto(`${demo.url}es/aviso.html`);
  const title = page.locator('notice-document [part=title]');
  await title.waitFor();
  expect(await title.textContent()).toBe('Aviso de violación de datos');
  await page.getByRole('checkbox', { name: 'Revise sus informes de crédito' }).waitFor();
  await page.waitForLoadState('networkidle');
  // The notice came with the page (a data block), so the script hydrates it without a request.
  expect(requests, 'requests for /notice.json').toHaveLength(0);
});

test('the demo notice page leaves room between the header and the title, at every width', async ({
  page,
}) => {
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${demo.url}notice.html`);
    const gap = await page.evaluate(() => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      const doc = document.querySelector('notice-document')!;
      const title = doc.shadowRoot!.querySelector('[part="title"]')!.getBoundingClientRect();
      return title.top - header.bottom;
    });
    // The title sat right on the header's 4 px rule (a gap of 0) at every width.
    expect(gap, `${width} px wide`).toBeGreaterThanOrEqual(16);
  }
});
