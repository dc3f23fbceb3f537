// Pre-rendered pages, as `clinic-notice render` writes them from the built package (after
// `npm run build`): the sample notice in English and Spanish, served under the strict policy the
// command prints, with the banner fragment pasted into a home page as a clinic would.
// - Without JavaScript: every heading, every answer, the steps and the helpline's tel: link.
// - With it: hydration keeps the server's nodes, shifts nothing (CLS 0 at 390 and 1280 px, with no
//   height reserved anywhere), and every element works: an answer opens, a tick survives a reload,
//   the banner dismisses. Zero policy violations, zero console errors, axe clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { sampleNotice } from '../../scripts/demo-server.mjs';
import { serve, type Served } from '../../scripts/static-server.mjs';
import type { Notice } from '../../src/model/notice.types.js';
import { axeViolations, expect, repo, test, watch } from './fixtures.js';

const sample = sampleNotice() as Notice;
const faq = sample.faq!;
const steps = sample.sections!.whatYouCanDo!.steps!;
let dir: string;
let server: Served;
let policy: string;

/** A clinic's home page with the banner fragment pasted in, as the render command says. */
const home = (lang: string, fragment: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Larkspur Valley</title>' +
  '</head><body><header><p>Larkspur Valley Family Clinic</p></header>' +
  `${fragment}<main><h1>Welcome</h1><p>Opening hours and directions.</p></main></body></html>`;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinic-notice-prerender-'));
  writeFileSync(join(dir, 'notice.json'), JSON.stringify(sample));
  execFileSync('node', [repo('bin/clinic-notice.js'), 'render', 'notice.json', '--out', 'site'], {
    cwd: dir,
  });
  policy = readFileSync(join(dir, 'site/content-security-policy.txt'), 'utf8').trim();
});

test.beforeAll(async () => {
  const site = join(dir, 'site');
  server = await serve({
    root: site,
    routes: {
      '/': { body: home('en', readFileSync(join(site, 'banner.html'), 'utf8')) },
      '/es/': { body: home('es', readFileSync(join(site, 'es/banner.html'), 'utf8')) },
      '/favicon.ico': repo('demo/favicon.svg'),
    },
    headers: (path): Record<string, string> =>
      path.endsWith('/') || path.endsWith('.html') ? { 'content-security-policy': policy } : {},
  });
});

test.afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

declare global {
  interface Window {
    __violations: string[];
    __shifts: number[];
    __server: Record<string, Element | null>;
  }
}

/**
 * Before the page's first script: counts policy violations and layout shifts, and keeps the
 * server's nodes as the parser made them, before the script-tag file runs (module scripts run
 * after the document is `interactive`).
 */
function observe() {
  window.__violations = [];
  window.__shifts = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(`${event.violatedDirective} ${event.sample}`),
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEntry[] & { value: number }[]) {
      window.__shifts.push((entry as unknown as { value: number }).value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    window.__server = (window as unknown as { serverNodes: typeof serverNodes }).serverNodes();
  });
}

/**
 * The nodes that hydration must keep: the title, a question's button, a step's box, the banner's
 * helpline. (In the page, as a string: it runs in the browser before and after the script.)
 */
function serverNodes(): Record<string, Element | null> {
  const inner = (host: Element | null | undefined, selector: string) =>
    host?.shadowRoot?.querySelector(selector) ?? null;
  const doc = document.querySelector('notice-document');
  const faq = inner(doc, 'notice-faq');
  const checklist = inner(doc, 'notice-checklist');
  return {
    title: inner(doc, 'h1'),
    question: inner(inner(faq, 'notice-faq-item'), 'button'),
    box: inner(inner(checklist, 'notice-checklist-item'), 'input'),
    helpline: inner(document.querySelector('notice-banner'), 'a[part="phone"]'),
  };
}

/** Loads `path` and waits until every element has hydrated and settled. */
async function open(page: Page, path: string) {
  await page.addInitScript(
    `window.serverNodes = ${serverNodes.toString()};(${observe.toString()})()`,
  );
  await page.goto(new URL(path, server.url).href);
  await page.evaluate(async () => {
    const tags = ['notice-document', 'notice-banner'].filter((tag) => document.querySelector(tag));
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        el,
        ...(el.shadowRoot ? all(el.shadowRoot) : []),
      ]);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        all(document)
          .filter((el) => el.localName.startsWith('notice-'))
          .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
      );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
  });
}

async function expectClean(page: Page) {
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
}

const layoutShift = (page: Page) =>
  page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));

/** A page with JavaScript switched off, at a phone's width. */
async function withoutScript(browser: Browser, path: string, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  watch(page, problems);
  await page.goto(new URL(path, server.url).href);
  await run(page);
  expect(problems).toEqual([]);
  await context.close();
}

test.describe('without JavaScript', () => {
  for (const [path, words] of [
    [
      '/notice.html',
      { title: 'Notice of Data Breach', happened: 'What Happened', toll: 'Toll-free' },
    ],
    [
      '/es/notice.html',
      { title: 'Aviso de violación de datos', happened: '¿Qué sucedió?', toll: 'Línea gratuita' },
    ],
  ] as const) {
    test(`${path} is complete: headings, every answer, the steps, the helpline`, async ({
      browser,
    }) => {
      await withoutScript(browser, path, async (page) => {
        await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
        await expect(page.getByRole('heading', { level: 2, name: words.happened })).toBeVisible();
        for (const question of faq) {
          const item = page.locator(`notice-faq-item[id="${question.id}"]`);
          await expect(item.getByRole('heading', { level: 3 })).toBeVisible();
          await expect(item.locator('p').first()).toBeVisible();
        }
        await expect(page.locator('[part="toggle-all"]')).toBeHidden();
        const boxes = page.getByRole('checkbox');
        await expect(boxes).toHaveCount(steps.length);
        await boxes.first().check(); // a native checkbox ticks without script
        await expect(boxes.first()).toBeChecked();
        await expect(page.locator('[part="progress-line"]')).toBeHidden();
        const tel = page.locator('notice-contact a[href="tel:+18005550142"]');
        await expect(tel).toBeVisible();
        await expect(page.getByText(words.toll).first()).toBeVisible();
      });
    });
  }

  test('the banner fragment shows its heading, text, link and helpline', async ({ browser }) => {
    await withoutScript(browser, '/', async (page) => {
      const banner = page.locator('notice-banner');
      await expect(banner.getByRole('heading', { name: 'Notice of Data Breach' })).toBeVisible();
      await expect(banner.getByText('An unauthorized person')).toBeVisible();
      await expect(banner.getByRole('link', { name: 'Read the full notice' })).toHaveAttribute(
        'href',
        '/notice.html',
      );
      await expect(banner.locator('a[href="tel:+18005550142"]')).toBeVisible();
      await expect(banner.locator('[part="dismiss-button"]')).toBeHidden();
    });
  });
});

/** The files the page preloads with an integrity hash, by name. */
const preloaded = (page: Page) =>
  page
    .locator('link[rel="modulepreload"][integrity^="sha384-"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').pop()!));

test.describe('with JavaScript', () => {
  for (const width of [390, 1280]) {
    test(`the notice page hydrates in place at ${width} px: same nodes, no shift`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '/notice.html');
      const same = await page.evaluate(() => {
        const now = (window as unknown as { serverNodes: typeof serverNodes }).serverNodes();
        return Object.fromEntries(
          ['title', 'question', 'box'].map((key) => [
            key,
            Boolean(now[key]) && now[key] === window.__server[key],
          ]),
        );
      });
      expect(same).toEqual({ title: true, question: true, box: true });
      // The script's imports for this page come with it, checked: each has its integrity. In
      // the notice's main language that is the notice page's elements alone (no localizer).
      expect(await preloaded(page)).toEqual([
        expect.stringMatching(/^clinic-notice\.notice-page-/),
      ]);
      expect(await layoutShift(page)).toBe(0);
      await expectClean(page);
    });

    test(`the home page's banner hydrates in place at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '/');
      const same = await page.evaluate(() => {
        const now = (window as unknown as { serverNodes: typeof serverNodes }).serverNodes();
        return Boolean(now.helpline) && now.helpline === window.__server.helpline;
      });
      expect(same).toBe(true);
      expect(await layoutShift(page)).toBe(0);
      await expectClean(page);
    });
  }

  test('an answer opens, a tick survives a reload, the Spanish page speaks Spanish', async ({
    page,
  }) => {
    await open(page, '/es/notice.html');
    // A page in a translation also preloads the localizer (with what it imports) and its words.
    const parts = (await preloaded(page)).map((name) => /^clinic-notice\.([a-z]+)/.exec(name)?.[1]);
    expect(parts.sort()).toEqual(['es', 'localize', 'notice', 'paths']);
    const first = faq[0]!;
    const item = page.locator(`notice-faq-item[id="${first.id}"]`);
    const answer = item.locator('p').first();
    await expect(answer).toBeHidden();
    await item.getByRole('button').click();
    await expect(item.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
    await expect(answer).toBeVisible();
    await expect(page.locator('[part="toggle-all"]')).toContainText('Mostrar');
    const box = page.getByRole('checkbox').first();
    await box.check();
    await expect(page.locator('[part="progress-text"]')).toContainText('1 de');
    await page.reload();
    await open(page, '/es/notice.html');
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await expect(page.locator('[part="progress-text"]')).toContainText('1 de');
    await expectClean(page);
  });

  test('a tick given before the script has run is kept', async ({ page }) => {
    // The script arrives late (a slow phone): the patient ticks the pre-rendered box meanwhile.
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/clinic-notice.js', async (route) => {
      await late;
      await route.continue();
    });
    await page.goto(new URL('/notice.html', server.url).href, { waitUntil: 'commit' });
    const box = page.getByRole('checkbox').first();
    await box.check();
    release();
    await expect(page.locator('[part="progress-text"]')).toContainText('1 of');
    await page.unroute('**/clinic-notice.js');
    await open(page, '/notice.html');
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await expect(page.locator('[part="progress-text"]')).toContainText('1 of');
    await expectClean(page);
  });

  test('axe finds nothing on the hydrated pages', async ({ browser }) => {
    // axe is injected as a script, which the pages' own policy rightly refuses: this one check
    // runs without the policy (every other check runs with it).
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    watch(page, problems);
    for (const path of ['/notice.html', '/es/notice.html', '/', '/es/']) {
      await open(page, path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the banner dismisses, and stays dismissed on the next visit', async ({ page }) => {
    await open(page, '/');
    const banner = page.locator('notice-banner');
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner.getByRole('heading')).toHaveCount(0);
    await open(page, '/');
    await expect(banner.getByRole('heading')).toHaveCount(0);
    // A remembered dismissal is the patient's own state: the pre-rendered banner gives way to
    // it as the script runs. How far the page moves then is measured, not hidden.
    const shift = await layoutShift(page);
    test.info().annotations.push({ type: 'return-visit CLS', description: shift.toFixed(4) });
    await expectClean(page);
  });
});
