// The README's framework and CMS examples, tested as written (after `npm run build`): builds the
// React 19 and Vue 3 pages in integrations/ with Vite, mimics a WordPress page (jQuery, a
// theme's CSS, the Custom HTML block), and in Chromium renders each, dismisses the banner and
// ticks a step. Also checks that the README shows each example file exactly as tested.
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { sampleNotice } from '../../scripts/demo-server.mjs';
import { scriptRoutes, serve, type Served } from '../../scripts/static-server.mjs';
import { expect, repo, test } from './fixtures.js';

const read = (path: string) => readFileSync(repo(path), 'utf8');

const THEME_CSS = `body { font-family: Georgia, serif; color: #222; background: #fafafa; }
  .entry-content p { margin: 0 0 1.5em; font-size: 1.125rem; }
  button, input[type=submit] { background: #111; color: #fff; border: 0; border-radius: 0;
    padding: 1em 2em; text-transform: uppercase; }
  a { color: #b00020; }
  h2 { font-family: 'Times New Roman', serif; text-transform: uppercase; }`;

/** A WordPress home page: a theme, jQuery, and the README's Custom HTML block in the content. */
function wordpressPage() {
  const integrity = read('dist/cdn/clinic-notice.js.sri').trim();
  const block = read('integrations/wordpress/custom-html-block.html').replace(
    '{{integrity}}',
    integrity,
  );
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Home – A clinic</title>
  <link rel="icon" href="data:,"><style>${THEME_CSS}</style>
  <script src="/wp-includes/js/jquery/jquery.min.js"></script>
  <script>jQuery(function ($) { $('.entry-content p').addClass('has-text-color'); $('body').addClass('home'); });</script>
  </head><body><main><article><div class="entry-content">${block}<p>Welcome to our clinic.</p></div></article></main></body></html>`;
}

let server: Served;
test.beforeAll(async () => {
  test.setTimeout(60_000);
  for (const name of ['react', 'vue']) {
    await build({
      root: repo(`integrations/${name}`),
      base: `/${name}/`,
      configFile: false,
      logLevel: 'silent',
      resolve: {
        alias: {
          // The package as `npm install clinic-notice` gives it; Vue's template compiler at run time.
          'clinic-notice': repo('dist/index.js'),
          ...(name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {}),
        },
      },
      build: { outDir: repo(`dist/integrations/${name}`), emptyOutDir: true },
    });
  }
  server = await serve({
    root: repo('dist/integrations'),
    routes: {
      '/wordpress/': { body: wordpressPage() },
      '/wp-includes/js/jquery/jquery.min.js': repo('node_modules/jquery/dist/jquery.min.js'),
      ...scriptRoutes(repo('dist/cdn'), '/wp-content/uploads/clinic-notice/'),
      '/wp-content/uploads/clinic-notice/notice.json': { body: JSON.stringify(sampleNotice()) },
    },
  });
});
test.afterAll(() => server?.close());

for (const [name, label] of [
  ['react', 'React 19'],
  ['vue', 'Vue 3'],
]) {
  test(`${label}: renders, hears the events, sets properties`, async ({ page }) => {
    await page.goto(`${server.url}${name}/`);
    await page.locator('notice-banner [part=dismiss-button]').click();
    await page.locator('#dismissed', { hasText: 'Banner dismissed' }).waitFor({ timeout: 3000 });
    await page.getByRole('checkbox', { name: 'Watch your statements' }).check();
    await page.locator('#progress', { hasText: '1 of 2 done' }).waitFor({ timeout: 3000 });
    const level = await page
      .locator('notice-checklist [part=heading]')
      .evaluate((h) => h.localName);
    expect(level, 'headingLevel reaches the element').toBe('h2');
    const noticeId = await page
      .locator('notice-checklist')
      .evaluate((el) => (el as { noticeId?: string }).noticeId);
    expect(noticeId).toBe('2026-11-vendor-incident');
  });
}

test('WordPress: the Custom HTML block beside jQuery and a theme', async ({ page }) => {
  await page.goto(`${server.url}wordpress/`);
  const banner = page.locator('notice-banner');
  await banner.locator('[part=body]', { hasText: 'Quillfeather' }).waitFor({ timeout: 3000 });
  const button = banner.locator('[part=dismiss-button]');
  const { height, transform } = await button.evaluate((b) => ({
    height: b.getBoundingClientRect().height,
    transform: getComputedStyle(b).textTransform,
  }));
  // The theme's button rules must not reach the banner.
  expect(height, 'the dismiss button height').toBeGreaterThanOrEqual(24);
  expect(height, 'the dismiss button height').toBeLessThanOrEqual(80);
  expect(transform, 'the dismiss button text-transform').not.toBe('uppercase');
  await button.click();
  expect(await banner.evaluate((el) => el.matches(':state(dismissed)')), 'dismissed').toBe(true);
});

// The README shows each example exactly as tested.
for (const file of [
  'integrations/react/main.jsx',
  'integrations/vue/main.js',
  'integrations/wordpress/custom-html-block.html',
]) {
  test(`the README shows ${file} as tested`, () => {
    expect(read('README.md').includes(read(file).trim()), `README.md holds ${file} as it is`).toBe(
      true,
    );
  });
}
