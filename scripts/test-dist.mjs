// Checks the built files as a clinic would use them, in headless Chromium:
// 1. dist/cdn/clinic-notice.js alone, copied into an empty folder beside a plain HTML page (and
//    loaded twice), renders a working banner whose dismissal survives a reload;
// 2. the demo site's pages load with no console error and no axe violation;
// 3. on the demo notice page, the browser's find and a link to a question open the FAQ item,
//    and a ticked step survives a reload.
// Prints "N passed, N failed" and exits non-zero on any failure. Run after `npm run build`.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { pageChecks } from './page-checks.mjs';
import { serveDemo } from './demo-server.mjs';

const folder = mkdtempSync(join(tmpdir(), 'clinic-notice-cdn-'));
copyFileSync('dist/cdn/clinic-notice.js', join(folder, 'clinic-notice.js'));
writeFileSync(
  join(folder, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title><link rel="icon" href="data:,">
<script type="module" src="clinic-notice.js"></script>
<script type="module" src="clinic-notice.js?again"></script></head>
<body><notice-banner notice-id="smoke" heading="Data security incident" href="/notice"
 phone="1-800-555-0142" dismissible><p>Plain text body.</p></notice-banner>
<a id="after" href="#after">After the banner</a></body></html>`,
);
const plain = createServer((request, response) => {
  const name = new URL(request.url, 'http://x').pathname.slice(1) || 'index.html';
  try {
    const body = readFileSync(join(folder, name));
    const type = name.endsWith('.js') ? 'text/javascript' : 'text/html';
    response.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
const plainUrl = `http://127.0.0.1:${plain.address().port}/`;
const demo = await serveDemo();
const demoUrl = demo.url;

const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const axeSource = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);
const { check, counts } = pageChecks(browser);

const bannerHeading = (page) =>
  page.evaluate(
    () =>
      document.querySelector('notice-banner')?.shadowRoot?.querySelector('[part=heading]')
        ?.textContent ?? null,
  );

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const { violations } = await page.evaluate(() => window.axe.run(document));
  if (violations.length) {
    throw new Error(violations.map((v) => `axe ${v.id}: ${v.help} (${v.nodes.length})`).join('\n'));
  }
}

console.log('dist checks:');
await check('the CDN file alone, loaded twice, renders a working banner', async (page) => {
  await page.goto(plainUrl);
  await page.waitForFunction(() => customElements.get('notice-banner'));
  const heading = await bannerHeading(page);
  if (heading?.trim() !== 'Data security incident') throw new Error(`heading was ${heading}`);
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'after') throw new Error(`focus went to ${focused} after dismissal`);
  await page.reload();
  await page.waitForFunction(() => customElements.get('notice-banner'));
  const shown = await page.evaluate(
    () => !!document.querySelector('notice-banner').shadowRoot.querySelector('[part=base]'),
  );
  if (shown) throw new Error('the dismissal was not remembered across a reload');
});

for (const path of ['', 'es/', 'notice.html', 'es/aviso.html']) {
  await check(`demo page /${path} loads clean and passes axe`, async (page) => {
    await page.goto(demoUrl + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('notice-banner'));
    if (path.endsWith('.html')) {
      await page.locator('notice-document [part=title]').waitFor();
      await page.locator('notice-document notice-faq-item').first().waitFor({ state: 'attached' });
    } else {
      await page.locator('notice-banner [part=body] p').waitFor();
      if (!(await bannerHeading(page))) throw new Error('no banner heading');
    }
    await axe(page);
  });
}

/** Open FAQ items on the demo notice page, whose accordion lives inside <notice-document>. */
const openItems = (page) =>
  page.locator('notice-faq-item[open]').evaluateAll((items) => items.map((item) => item.id));

await check(
  "the browser's own find (a text fragment) opens the closed answer it matches",
  async (page) => {
    // A `#:~:text=` link runs the same search-and-reveal path as Ctrl+F: the browser fires
    // `beforematch` on the hidden-until-found answer, and the item must open. The fragment
    // directive never reaches location.hash, so the item's own fragment handling cannot do it.
    // The answer sits three shadow roots deep (document, accordion, item).
    await page.goto(`${demoUrl}notice.html#:~:text=${encodeURIComponent('issue a new one')}`);
    await page.locator('notice-faq-item#insurance-id').waitFor({ state: 'attached' });
    await page.waitForFunction(
      () =>
        document
          .querySelector('notice-document')
          ?.shadowRoot?.querySelector('notice-faq')
          ?.shadowRoot?.getElementById('insurance-id')?.open === true,
      null,
      { timeout: 3000 },
    );
    const open = await openItems(page);
    if (open.join() !== 'insurance-id') throw new Error(`open items: ${open.join()}`);
  },
);

await check('a link to a question opens it and scrolls it into view', async (page) => {
  await page.goto(`${demoUrl}notice.html#medical-record`);
  const item = page.locator('notice-faq-item#medical-record');
  await item.waitFor({ state: 'attached' });
  await page.waitForFunction(async () => {
    const faq = document.querySelector('notice-document')?.shadowRoot?.querySelector('notice-faq');
    return faq?.shadowRoot?.getElementById('medical-record')?.open === true;
  });
  await page.waitForTimeout(100);
  // At the top of the viewport, or as near as the page's height allows.
  const top = await item.evaluate((el) => el.getBoundingClientRect().top);
  const { scrollY, maxScroll } = await page.evaluate(() => ({
    scrollY: window.scrollY,
    maxScroll: document.documentElement.scrollHeight - window.innerHeight,
  }));
  if (top < -1 || (top > 2 && scrollY < maxScroll - 1))
    throw new Error(`the item is ${top}px from the top, scrolled ${scrollY} of ${maxScroll}`);
});

await check('the demo checklist remembers a tick across a reload', async (page) => {
  await page.goto(`${demoUrl}notice.html`);
  await page.getByRole('checkbox', { name: 'Check your credit reports' }).check();
  await page.reload();
  const box = page.getByRole('checkbox', { name: 'Check your credit reports' });
  await box.waitFor();
  if (!(await box.isChecked())) throw new Error('the tick was not remembered');
  const progress = await page.locator('notice-checklist [part=progress-text]').textContent();
  if (progress.trim() !== '1 of 6 steps done') throw new Error(`progress read "${progress}"`);
});

await check('the Spanish notice page reads the translation from the same file', async (page) => {
  const requests = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/notice.json')) requests.push(request.url());
  });
  await page.goto(`${demoUrl}es/aviso.html`);
  const title = page.locator('notice-document [part=title]');
  await title.waitFor();
  if ((await title.textContent()) !== 'Aviso de violación de datos')
    throw new Error(`title read "${await title.textContent()}"`);
  await page.getByRole('checkbox', { name: 'Revise sus informes de crédito' }).waitFor();
  if (requests.length !== 1) throw new Error(`${requests.length} requests for /notice.json`);
});

await browser.close();
plain.close();
await demo.close();
rmSync(folder, { recursive: true, force: true });
const { passed, failed } = counts();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
