// Opens every story and docs page of the static Storybook (storybook-static/, from
// `npm run build-storybook`) and fails on any console error, page error or missing file, and on
// a story whose element never upgrades (the trap of a build that tree-shakes the elements away).
// Stories named "... fails ..." show a notice file that cannot be read on purpose: the one
// console error that names the file, and the browser's 404 line for it, are expected.
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { serve, type Served } from '../../scripts/static-server.mjs';
import { expect, repo, test, watch } from './fixtures.js';

const root = repo('storybook-static');
if (!existsSync(`${root}/index.json`))
  throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const { entries } = JSON.parse(readFileSync(`${root}/index.json`, 'utf8')) as {
  entries: Record<string, Entry>;
};
/** The notice file the failing stories point at, which is not there on purpose. */
const MISSING_ON_PURPOSE = '/no-such-notice.json';

let server: Served;
/**
 * One context for every story, so that Storybook's few megabytes of script come from the HTTP
 * cache after the first story; each story gets a new page and empty storage, so that no story
 * sees what another left behind.
 */
let context: BrowserContext;
test.beforeAll(async ({ browser }) => {
  server = await serve({
    root,
    // Chromium asks for /favicon.ico on its own; its 404 would read as a story's console error.
    routes: { '/favicon.ico': `${root}/favicon.svg` },
  });
  context = await browser.newContext();
  await context.addInitScript(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
});
test.afterAll(async () => {
  await context?.close();
  server?.close();
});

/** Opens one story or docs page; returns what is wrong with it, one line each. */
async function visit(entry: Entry): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  watch(page, problems);
  page.on('response', (response) => {
    if (response.status() === 404 && !response.url().endsWith(MISSING_ON_PURPOSE))
      problems.push(`file not found: ${response.url()}`);
  });
  await page.goto(`${server.url}iframe.html?id=${entry.id}&viewMode=${entry.type}`, {
    waitUntil: 'load',
  });
  await page.waitForTimeout(entry.type === 'docs' ? 800 : 300);
  if (entry.type === 'story') {
    const undefinedTags = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((el) => el.localName.startsWith('notice-') && !customElements.get(el.localName))
        .map((el) => el.localName),
    );
    if (undefinedTags.length) problems.push(`never defined: ${undefinedTags.join(', ')}`);
  }
  await page.close();
  // A docs page shows every story of its element, the failing ones included.
  const failsOnPurpose = /fails/i.test(entry.name) || entry.type === 'docs';
  const expected = (line: string) =>
    failsOnPurpose &&
    line.startsWith('console error: ') &&
    (line.includes('cannot use the notice file') || line.includes('404 (Not Found)'));
  return problems.filter((line) => !expected(line));
}

test('the Introduction shows its Markdown tables as tables', async () => {
  const intro = Object.values(entries).find((entry) => /introduction/i.test(entry.title))!;
  const page = await context.newPage();
  await page.goto(`${server.url}iframe.html?id=${intro.id}&viewMode=docs`, { waitUntil: 'load' });
  // "How the pieces fit a breach notice": a table whose head names the place and the element.
  const table = page.locator('table', { has: page.locator('th', { hasText: 'element' }) });
  await table.first().waitFor({ timeout: 5000 });
  expect(await table.first().locator('tbody tr').count(), 'rows').toBeGreaterThan(2);
  const raw = await page.evaluate(
    () => (document.body.innerText.match(/\|\s*where\s*\|/g) ?? []).length,
  );
  expect(raw, 'rows left as "| where | element |" text').toBe(0);
  await page.close();
});

test('a dark story is dark to the edges of its canvas', async () => {
  const dark = Object.values(entries).find(
    (entry) => entry.type === 'story' && /dark/i.test(entry.name),
  )!;
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${server.url}iframe.html?id=${dark.id}&viewMode=story`, { waitUntil: 'load' });
  const wrapper = page.locator('#storybook-root div[lang]').first();
  await wrapper.waitFor();
  const { height, background } = await wrapper.evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    background: getComputedStyle(el).backgroundColor,
  }));
  expect(height, 'the dark background fills the canvas').toBeGreaterThanOrEqual(900);
  expect(background).toBe('rgb(21, 24, 22)');
  await page.close();
});

test('a docs page in the dark scheme is dark around its stories, and light in the light one', async () => {
  const docs = Object.values(entries).find(
    (entry) => entry.type === 'docs' && entry.title === 'Elements/notice-banner',
  )!;
  /** The docs page's background and text colours' lightness, 0 (black) to 1 (white). */
  const lightness = async (scheme: string) => {
    const page = await context.newPage();
    await page.goto(
      `${server.url}iframe.html?id=${docs.id}&viewMode=docs&globals=scheme:${scheme}`,
      { waitUntil: 'load' },
    );
    const wrapper = page.locator('.sbdocs-wrapper').first();
    await wrapper.waitFor({ timeout: 10000 });
    const colours = await wrapper.evaluate((element) => {
      const light = (colour: string) => {
        const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
        return (Math.max(r!, g!, b!) + Math.min(r!, g!, b!)) / 2 / 255;
      };
      const title = element.querySelector('h1, .sbdocs-title') ?? element;
      return {
        background: light(getComputedStyle(element).backgroundColor),
        text: light(getComputedStyle(title).color),
      };
    });
    await page.close();
    return colours;
  };
  const dark = await lightness('dark');
  expect(dark.background, 'dark page').toBeLessThan(0.25);
  expect(dark.text, 'light words on it').toBeGreaterThan(0.75);
  const light = await lightness('light');
  expect(light.background, 'light page').toBeGreaterThan(0.75);
});

test("the banner's Controls list its public properties, each with the control its type needs", async () => {
  const docs = Object.values(entries).find(
    (entry) => entry.type === 'docs' && entry.title === 'Elements/notice-banner',
  )!;
  const page = await context.newPage();
  await page.goto(`${server.url}iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'load' });
  // The first args table is the primary story's Controls.
  const table = page.locator('table.docblock-argstable').first();
  await table.waitFor({ timeout: 10000 });
  const rows = await table.evaluate((element) => {
    const result: { section: string; name: string; control: string }[] = [];
    let section = '';
    for (const tr of element.querySelectorAll('tbody tr')) {
      const cells = tr.querySelectorAll('td');
      // A section's head row: its name and a button that hides its rows.
      if (cells.length < 3) {
        section = (tr.textContent ?? '')
          .replace(/(show|hide) .*? items/gi, '')
          .trim()
          .toLowerCase();
        continue;
      }
      const name = cells[0]?.querySelector('span')?.textContent?.trim() ?? '';
      const last = cells[cells.length - 1]!;
      const control = last.querySelector('input[type="checkbox"]')
        ? 'boolean'
        : last.querySelector('input[type="number"]')
          ? 'number'
          : last.querySelector('input[type="radio"]')
            ? 'radio'
            : last.querySelector('textarea, input')
              ? 'text'
              : (last.textContent ?? '').trim().startsWith('Set object')
                ? 'object'
                : last.querySelector('button')
                  ? 'button'
                  : 'none';
      result.push({ section, name, control });
    }
    return result;
  });
  const properties = rows.filter((row) => row.section === 'properties');
  const publicProperties = [
    'noticeId',
    'revision',
    'severity',
    'heading',
    'headingLevel',
    'href',
    'linkText',
    'posted',
    'expires',
    'updatedOn',
    'phone',
    'dismissible',
    'src',
    'srcOrigin',
    'notice',
  ];
  expect(properties.map((row) => row.name).sort()).toEqual([...publicProperties].sort());
  // Reactive state and private fields (the manifest's old rows) are not settings.
  const names = properties.map((row) => row.name);
  for (const internal of [
    'eff',
    'phase',
    'timer',
    'language',
    'internals',
    'loaded',
    'view',
    'requested',
    'dismissed',
    'settings',
    'onStorage',
  ])
    expect(names, `the internal ${internal}`).not.toContain(internal);
  const control = (name: string) => properties.find((row) => row.name === name)?.control;
  expect(control('heading')).toBe('text');
  expect(control('dismissible')).toBe('boolean');
  expect(control('headingLevel')).toBe('number');
  expect(control('severity')).toBe('radio');
  // heading and phone are parts as well as properties: both rows are there, each in its place.
  const parts = rows.filter((row) => row.section.includes('parts')).map((row) => row.name);
  expect(parts).toEqual(expect.arrayContaining(['heading', 'phone', 'dismiss-button']));
  expect(rows.some((row) => row.control === 'object' && row.name !== 'notice')).toBe(false);
  // A designer tunes the palette in place: every custom property has a control.
  const custom = rows.filter((row) => row.name.startsWith('--notice-banner-'));
  expect(custom.length).toBeGreaterThan(5);
  expect(custom.filter((row) => row.control === 'none')).toEqual([]);
  await page.close();
});

// One test per element, its stories opened three at a time (most of a visit is waiting), each
// reported as a step with its own verdict.
const byTitle = new Map<string, Entry[]>();
for (const entry of Object.values(entries)) {
  byTitle.set(entry.title, [...(byTitle.get(entry.title) ?? []), entry]);
}
for (const [title, group] of byTitle) {
  test(title, async () => {
    const queue = [...group];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const current = entry;
          await test.step(`${current.name} (${current.type})`, async () => {
            expect.soft(await visit(current), `${title} › ${current.name}`).toEqual([]);
          });
        }
      }),
    );
  });
}
