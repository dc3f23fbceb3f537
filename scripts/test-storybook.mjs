// Opens every story and docs page of the static Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium and fails on any console error or page error,
// and on a story whose element never upgrades (the trap of a build that tree-shakes the
// elements away). Stories named "... fails ..." show a notice file that cannot be read on
// purpose: the one console error that names the file, and the browser's 404 line, are expected.
// Prints "N passed, N failed".
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';

const root = 'storybook-static';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const cache = request.url.includes('/assets/') ? 'max-age=3600' : 'no-store';
  let path = new URL(request.url, 'http://x').pathname;
  // Chromium asks for /favicon.ico on its own; its 404 would read as a story's console error.
  if (path === '/favicon.ico') path = '/favicon.svg';
  try {
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    const body = readFileSync(file);
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cache,
      })
      .end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
// One context, so the preview's scripts come from the cache after the first story.
const context = await browser.newContext();
let passed = 0;
let failed = 0;

async function visit(entry) {
  const page = await context.newPage();
  const problems = [];
  // A docs page shows every story of its element, the failing ones included.
  const failsOnPurpose = /fails/i.test(entry.name) || entry.type === 'docs';
  page.on('response', (response) => {
    if (response.status() === 404 && !response.url().endsWith('/no-such-notice.json')) {
      problems.push(`404: ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const expected =
      failsOnPurpose &&
      (text.includes('cannot use the notice file') || text.includes('404 (Not Found)'));
    if (!expected) problems.push(`console error: ${text} (${message.location().url})`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}`, {
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
    if (problems.length) throw new Error(problems.join('\n'));
    passed++;
  } catch (error) {
    failed++;
    console.log(
      `  ✗ ${entry.title} › ${entry.name}\n    ${String(error.message).replaceAll('\n', '\n    ')}`,
    );
  } finally {
    await page.close();
  }
}

// Three pages at a time: most of each visit is waiting, not work.
const queue = Object.values(entries);
await Promise.all(
  Array.from({ length: 3 }, async () => {
    while (queue.length) await visit(queue.shift());
  }),
);

await browser.close();
server.close();
console.log(`static Storybook: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
