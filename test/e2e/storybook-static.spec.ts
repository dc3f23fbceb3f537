// Opens every story and docs page of the static Storybook (storybook-static/, from
// `npm run build-storybook`) and fails on any console error, page error or missing file, and on
// a story whose element never upgrades (the trap of a build that tree-shakes the elements away).
// Stories named "... fails ..." show a notice file that cannot be read on purpose: the one
// console error that names the file, and the browser's 404 line for it, are expected.
import { existsSync, readFileSync } from 'node:fs';
import { serve, type Served } from '../../scripts/static-server.mjs';
import { expect, repo, test } from './fixtures.js';

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
test.beforeAll(async () => {
  server = await serve({
    root,
    // Chromium asks for /favicon.ico on its own; its 404 would read as a story's console error.
    routes: { '/favicon.ico': `${root}/favicon.svg` },
  });
});
test.afterAll(() => server?.close());

for (const entry of Object.values(entries)) {
  test(`${entry.title} › ${entry.name} (${entry.type})`, async ({ page, problems }) => {
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404 && !response.url().endsWith(MISSING_ON_PURPOSE))
        missing.push(response.url());
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
      expect(undefinedTags, 'elements never defined').toEqual([]);
    }
    expect(missing, 'files not found').toEqual([]);
    // A docs page shows every story of its element, the failing ones included.
    if (/fails/i.test(entry.name) || entry.type === 'docs') {
      const expected = (line: string) =>
        line.startsWith('console error: ') &&
        (line.includes('cannot use the notice file') || line.includes('404 (Not Found)'));
      problems.splice(0, problems.length, ...problems.filter((line) => !expected(line)));
    }
  });
}
