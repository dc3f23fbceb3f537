// The README's framework and CMS examples, tested as written (after `npm run build`): builds the
// React 19 and Vue 3 pages in integrations/ with Vite, mimics a WordPress page (jQuery, a
// theme's CSS, the Custom HTML block), and in Chromium renders each, dismisses the banner and
// ticks a step. Also checks that the README shows each example file exactly as tested.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { pageChecks } from './page-checks.mjs';

const root = new URL('..', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');

for (const name of ['react', 'vue']) {
  await build({
    root: join(root, 'integrations', name),
    base: `/${name}/`,
    configFile: false,
    logLevel: 'silent',
    resolve: {
      alias: {
        // The package as `npm install clinic-notice` gives it; Vue's template compiler at run time.
        'clinic-notice': join(root, 'dist/index.js'),
        ...(name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {}),
      },
    },
    build: { outDir: join(root, 'dist/integrations', name), emptyOutDir: true },
  });
}

const notice = JSON.parse(read('demo/notice.json'));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
Object.assign(notice.dates, { postedFrom: day(-8), postedUntil: day(82) });
const integrity = read('dist/cdn/clinic-notice.js.sri').trim();
const block = read('integrations/wordpress/custom-html-block.html').replace(
  '{{integrity}}',
  integrity,
);
const THEME_CSS = `body { font-family: Georgia, serif; color: #222; background: #fafafa; }
  .entry-content p { margin: 0 0 1.5em; font-size: 1.125rem; }
  button, input[type=submit] { background: #111; color: #fff; border: 0; border-radius: 0;
    padding: 1em 2em; text-transform: uppercase; }
  a { color: #b00020; }
  h2 { font-family: 'Times New Roman', serif; text-transform: uppercase; }`;
const wordpress = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Home – A clinic</title>
  <link rel="icon" href="data:,"><style>${THEME_CSS}</style>
  <script src="/wp-includes/js/jquery/jquery.min.js"></script>
  <script>jQuery(function ($) { $('.entry-content p').addClass('has-text-color'); $('body').addClass('home'); });</script>
  </head><body><main><article><div class="entry-content">${block}<p>Welcome to our clinic.</p></div></article></main></body></html>`;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
  if (path === '/wordpress/') return send('text/html', wordpress);
  if (path === '/wp-includes/js/jquery/jquery.min.js')
    return send('text/javascript', read('node_modules/jquery/dist/jquery.min.js'));
  if (path === '/wp-content/uploads/clinic-notice/clinic-notice.js')
    return send('text/javascript', read('dist/cdn/clinic-notice.js'));
  if (path === '/wp-content/uploads/clinic-notice/notice.json')
    return send('application/json', JSON.stringify(notice));
  try {
    const file = join(
      root,
      'dist/integrations',
      normalize(path.endsWith('/') ? `${path}index.html` : path),
    );
    return send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  } catch {
    return response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const { check, counts } = pageChecks(browser);

console.log('integration checks:');
for (const name of ['react', 'vue']) {
  await check(
    `${name === 'react' ? 'React 19' : 'Vue 3'}: renders, hears the events, sets properties`,
    async (page) => {
      await page.goto(`${base}/${name}/`);
      await page.locator('notice-banner [part=dismiss-button]').click();
      await page.locator('#dismissed', { hasText: 'Banner dismissed' }).waitFor({ timeout: 3000 });
      await page.getByRole('checkbox', { name: 'Watch your statements' }).check();
      await page.locator('#progress', { hasText: '1 of 2 done' }).waitFor({ timeout: 3000 });
      const level = await page
        .locator('notice-checklist [part=heading]')
        .evaluate((h) => h.localName);
      if (level !== 'h2') throw new Error(`headingLevel did not reach the element (${level})`);
      const noticeId = await page.locator('notice-checklist').evaluate((el) => el.noticeId);
      if (noticeId !== '2026-11-vendor-incident') throw new Error(`noticeId is ${noticeId}`);
    },
  );
}

await check('WordPress: the Custom HTML block beside jQuery and a theme', async (page) => {
  await page.goto(`${base}/wordpress/`);
  const banner = page.locator('notice-banner');
  await banner.locator('[part=body]', { hasText: 'Quillfeather' }).waitFor({ timeout: 3000 });
  const button = banner.locator('[part=dismiss-button]');
  const { height, transform } = await button.evaluate((b) => ({
    height: b.getBoundingClientRect().height,
    transform: getComputedStyle(b).textTransform,
  }));
  if (height < 24 || height > 80 || transform === 'uppercase') {
    throw new Error(`the theme's button rules reached the banner (${height}px, ${transform})`);
  }
  await button.click();
  if (!(await banner.evaluate((el) => el.matches(':state(dismissed)'))))
    throw new Error('not dismissed');
});

await browser.close();
server.close();

// The README shows each example exactly as tested.
const readme = read('README.md');
let missing = 0;
for (const file of [
  'integrations/react/main.jsx',
  'integrations/vue/main.js',
  'integrations/wordpress/custom-html-block.html',
]) {
  if (!readme.includes(read(file).trim())) {
    missing++;
    console.log(`  ✗ README does not show ${file} as it is`);
  } else console.log(`  ✓ README shows ${file} as tested`);
}
const { passed, failed } = counts();
console.log(`\n${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing ? 1 : 0);
