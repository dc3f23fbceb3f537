// Real pages a clinic's site may be, served with real headers, in headless Chromium (after
// `npm run build`):
// 1. a strict Content-Security-Policy with Trusted Types, every element from the CDN file loaded
//    twice and from `src`: zero violations, every element working;
// 2. the CDN file together with the npm build (both orders): zero errors, one working element each;
// 3. aggressive host CSS: every element legible, operable and axe clean;
// 4. notice files that fail on a real server (404, 500, stall past the time-out, redirect to
//    another site, truncated, 5 MB, schema): page content kept, one notice-error each, one
//    request each, no unhandled rejection.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { pageChecks } from './page-checks.mjs';

/** The policy the README tells clinics to use. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html clinic-notice 'allow-duplicates'";

const root = new URL('..', import.meta.url).pathname;
const sample = JSON.parse(readFileSync(join(root, 'demo/notice.json'), 'utf8'));
const pad = (n) => String(n).padStart(2, '0');
const day = (offset) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
Object.assign(sample.dates, { postedFrom: day(-8), postedUntil: day(82) });
sample.contact.activeUntil = day(82);

const ELEMENTS = `
  <notice-banner src="/notice.json" href="/notice" dismissible><p>Fallback banner text.</p></notice-banner>
  <notice-faq src="/notice.json"><notice-faq-item heading="Fallback question">Answer</notice-faq-item></notice-faq>
  <notice-checklist src="/notice.json" heading="What you can do"></notice-checklist>
  <notice-contact src="/notice.json"></notice-contact>
  <notice-document src="/notice.json"><p>Fallback notice.</p></notice-document>
  <notice-banner notice-id="inline" heading="Inline banner" phone="1-800-555-0142" posted="${day(-1)}" expires="${day(89)}"><p>Inline.</p></notice-banner>`;

const page = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="/demo/favicon.svg">${head}</head><body><main>${body}</main></body></html>`;

const HOSTILE_CSS = `
  * { all: unset !important; }
  html, body, main, div, p, section, article { display: block !important; }
  head, script, style, title, link, meta { display: none !important; }
  button { display: none !important; }
  h1, h2, h3, h4, h5, h6 { font-size: 8px !important; color: #ccc !important; }
  body { direction: rtl !important; font-size: 9px !important; line-height: 0.8 !important;
    letter-spacing: -0.05em !important; }
  a { color: #eee !important; text-decoration: none !important; pointer-events: none !important; }
  ul, ol { list-style: none !important; margin: 0 !important; padding: 0 !important; }
  [hidden] { display: block !important; }
  p { margin: 0 !important; font-family: "Comic Sans MS" !important; }
  input { appearance: none !important; display: none !important; }`;

const PAGES = {
  '/csp.html': page(
    'Strict policy',
    '<script type="module" src="/clinic-notice.js"></script><script type="module" src="/clinic-notice.js?again"></script>',
    ELEMENTS,
  ),
  '/hostile.html': page(
    'Hostile CSS',
    `<link rel="stylesheet" href="/hostile.css"><script type="module" src="/clinic-notice.js"></script>`,
    ELEMENTS,
  ),
  '/npm-then-cdn.html': page(
    'npm build, then the CDN file',
    `<script type="importmap">${JSON.stringify({
      imports: {
        lit: '/node_modules/lit/index.js',
        'lit/': '/node_modules/lit/',
        'lit-html': '/node_modules/lit-html/lit-html.js',
        'lit-html/': '/node_modules/lit-html/',
        'lit-element/': '/node_modules/lit-element/',
        '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
        '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
      },
    })}</script><script type="module" src="/dist/index.js"></script><script type="module" src="/clinic-notice.js"></script>`,
    ELEMENTS,
  ),
  '/faults.html': page(
    'Failing notice files',
    '<script type="module" src="/clinic-notice.js"></script>',
    ['404', '500', 'stall', 'redirect', 'truncated', 'huge', 'invalid']
      .map(
        (name) =>
          `<notice-document id="${name}" src="/faults/${name}.json"><p class="fallback">Fallback ${name}</p></notice-document>`,
      )
      .join(''),
  ),
};
PAGES['/cdn-then-npm.html'] = PAGES['/npm-then-cdn.html']
  .replace(
    '<script type="module" src="/dist/index.js"></script><script type="module" src="/clinic-notice.js"></script>',
    '<script type="module" src="/clinic-notice.js"></script><script type="module" src="/dist/index.js"></script>',
  )
  .replace('npm build, then the CDN file', 'The CDN file, then the npm build');

const requests = new Map();
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

function serve(port, other) {
  return createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const send = (status, type, body, headers = {}) =>
      response
        .writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers })
        .end(body);
    const csp = path === '/csp.html' ? { 'content-security-policy': CSP } : {};
    if (PAGES[path]) return send(200, 'text/html; charset=utf-8', PAGES[path], csp);
    if (path === '/hostile.css') return send(200, 'text/css', HOSTILE_CSS);
    if (path === '/notice.json')
      return send(200, 'application/json', JSON.stringify(sample), {
        'access-control-allow-origin': '*',
      });
    if (path === '/clinic-notice.js')
      return send(200, 'text/javascript', readFileSync(join(root, 'dist/cdn/clinic-notice.js')));
    if (path.startsWith('/faults/')) {
      const name = path.slice(8, -5);
      if (name === '404') return send(404, 'text/plain', 'Not found');
      if (name === '500') return send(500, 'text/plain', 'Internal error');
      if (name === 'stall') return; // never answers
      if (name === 'redirect')
        return send(302, 'text/plain', '', { location: `${other()}/notice.json` });
      if (name === 'truncated')
        return send(200, 'application/json', JSON.stringify(sample).slice(0, 500));
      if (name === 'huge')
        return send(
          200,
          'application/json',
          JSON.stringify({ ...sample, padding: 'x'.repeat(5_000_000) }),
        );
      if (name === 'invalid')
        return send(
          200,
          'application/json',
          JSON.stringify({ ...sample, dates: { ...sample.dates, noticeDate: 'soon' } }),
        );
    }
    try {
      const file = join(root, normalize(path));
      if (!file.startsWith(root)) throw new Error('outside');
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      return send(404, 'text/plain', 'Not found');
    }
  }).listen(port, '127.0.0.1');
}

const servers = [];
const listen = () =>
  new Promise((resolve) => {
    const server = serve(0, () => `http://localhost:${servers[1].address().port}`);
    server.on('listening', () => resolve(server));
    servers.push(server);
  });
await listen();
await listen(); // a second origin, for the redirect
const base = `http://127.0.0.1:${servers[0].address().port}`;

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
// Counted from before the page's first script: policy violations, unhandled rejections, the
// Trusted Types policies created, and each element's notice-error events.
const { check, counts } = pageChecks(browser, {
  init: () => {
    window.__violations = [];
    window.__rejections = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
    window.addEventListener('unhandledrejection', (event) =>
      window.__rejections.push(String(event.reason)),
    );
    window.__policies = [];
    if (window.trustedTypes) {
      const create = trustedTypes.createPolicy.bind(trustedTypes);
      trustedTypes.createPolicy = (name, rules) => {
        window.__policies.push(name);
        return create(name, rules);
      };
    }
    window.__noticeErrors = {};
    document.addEventListener('notice-error', (event) => {
      const id = event.target.id || event.target.localName;
      window.__noticeErrors[id] = (window.__noticeErrors[id] ?? 0) + 1;
    });
  },
  after: async (tab) => {
    const { violations, rejections } = await tab.evaluate(() => ({
      violations: window.__violations,
      rejections: window.__rejections,
    }));
    return [
      ...violations.map((v) => `policy violation: ${v}`),
      ...rejections.map((r) => `unhandled rejection: ${r}`),
    ];
  },
});

/** Every element on the page rendered from the file, and each one works. */
async function everyElementWorks(tab) {
  await tab.locator('notice-document [part=title]').waitFor();
  await tab
    .locator('notice-faq > notice-faq-item, notice-faq notice-faq-item')
    .first()
    .waitFor({ state: 'attached' });
  const counts = await tab.evaluate(() =>
    [
      'notice-banner',
      'notice-faq',
      'notice-faq-item',
      'notice-checklist',
      'notice-checklist-item',
      'notice-contact',
      'notice-document',
    ].map((tag) => [tag, Boolean(customElements.get(tag))]),
  );
  const undefinedTags = counts.filter(([, defined]) => !defined).map(([tag]) => tag);
  if (undefinedTags.length) throw new Error(`not defined: ${undefinedTags.join(', ')}`);
  // The FAQ opens, the checklist ticks, the banner dismisses.
  const item = tab.locator('notice-faq notice-faq-item#medical-record').first();
  await item.locator('[part=button]').click();
  if (!(await item.evaluate((el) => el.open))) throw new Error('the FAQ item did not open');
  const box = tab
    .locator('notice-checklist')
    .first()
    .getByRole('checkbox', { name: 'Check your credit reports' });
  await box.check();
  const progress = await tab.locator('notice-checklist [part=progress-text]').first().textContent();
  if (progress !== '1 of 6 steps done') throw new Error(`progress read "${progress}"`);
  const banner = tab.locator('notice-banner[src]');
  await banner.locator('[part=dismiss-button]').click();
  if (!(await banner.evaluate((el) => el.matches(':state(dismissed)'))))
    throw new Error('the banner did not dismiss');
}

console.log('hardening checks:');
await check(
  'a strict CSP with Trusted Types: no violation, every element works',
  async (tab, problems) => {
    const response = await tab.goto(`${base}/csp.html`);
    if (!response.headers()['content-security-policy'])
      throw new Error('the page was served without its policy');
    await everyElementWorks(tab);
    // The policy is enforced: a plain string into innerHTML throws. (The probe's own violation
    // report and console line are then taken back out of the count.)
    const enforced = await tab.evaluate(async () => {
      const before = window.__violations.length;
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
        window.__violations.splice(before);
        return true;
      }
    });
    if (!enforced) throw new Error('Trusted Types are not enforced on the page');
    problems.splice(
      0,
      problems.length,
      ...problems.filter((line) => !line.includes("requires 'TrustedHTML'")),
    );
    const policies = await tab.evaluate(() => window.__policies);
    const unexpected = policies.filter((name) => name !== 'lit-html');
    if (unexpected.length || !policies.length)
      throw new Error(`Trusted Types policies created: ${policies.join(', ') || 'none'}`);
    const inlineStyles = await tab.evaluate(() => {
      const all = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.hasAttribute('style')) all.push(el.localName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return all;
    });
    if (inlineStyles.length) throw new Error(`style= attributes on: ${inlineStyles.join(', ')}`);
  },
);

for (const order of ['npm-then-cdn', 'cdn-then-npm']) {
  await check(
    `the CDN file and the npm build on one page (${order.replaceAll('-', ' ')})`,
    async (tab) => {
      await tab.goto(`${base}/${order}.html`);
      await everyElementWorks(tab);
      const banners = await tab.locator('notice-banner [part=base]').count();
      if (banners !== 1)
        throw new Error(`${banners} banners showing after one dismissal; expected 1`);
    },
  );
}

await check('aggressive host CSS: legible, operable, axe clean', async (tab) => {
  await tab.goto(`${base}/hostile.html`);
  await everyElementWorks(tab);
  const small = await tab.evaluate(() => {
    const tiny = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) {
          for (const inner of el.shadowRoot.querySelectorAll(
            '[part=heading], [part=title], [part=button], [part=label], [part=section-heading]',
          )) {
            const size = parseFloat(getComputedStyle(inner).fontSize);
            if (inner.getClientRects().length && size < 12)
              tiny.push(`${el.localName} ${inner.getAttribute('part')} ${size}px`);
          }
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return tiny;
  });
  if (small.length) throw new Error(`text below 12px: ${small.join('; ')}`);
  await tab.addScriptTag({ content: axeSource });
  const { violations } = await tab.evaluate(() =>
    window.axe.run({
      include: [
        ['notice-banner'],
        ['notice-faq'],
        ['notice-checklist'],
        ['notice-contact'],
        ['notice-document'],
      ],
    }),
  );
  if (violations.length) {
    throw new Error(
      violations
        .map((v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
        .join('\n'),
    );
  }
});

await check(
  'notice files that fail on a real server: fallback kept, one error each',
  async (tab, problems) => {
    requests.clear();
    await tab.goto(`${base}/faults.html`);
    const names = ['404', '500', 'stall', 'redirect', 'truncated', 'huge', 'invalid'];
    // Every element answers within the loader's 10 s time-out (the stalled file takes that long).
    await tab.waitForTimeout(11_000);
    const errors = await tab.evaluate(() => window.__noticeErrors);
    for (const name of names)
      if (errors[name] !== 1) throw new Error(`${name}: ${errors[name]} notice-error events`);
    const hidden = await tab.evaluate(() =>
      [...document.querySelectorAll('.fallback')]
        .filter((p) => !p.getBoundingClientRect().height)
        .map((p) => p.textContent),
    );
    if (hidden.length) throw new Error(`fallback hidden: ${hidden.join(', ')}`);
    const repeated = names.filter((name) => (requests.get(`/faults/${name}.json`) ?? 0) > 1);
    if (repeated.length) throw new Error(`requested more than once: ${repeated.join(', ')}`);
    // One console error per file, naming it; the browser's own lines for 404, 500 and the
    // cross-site redirect come on top.
    const ours = problems.filter((line) => line.includes('cannot use the notice file'));
    if (ours.length !== names.length)
      throw new Error(`${ours.length} library errors:\n${ours.join('\n')}`);
    problems.splice(0, problems.length);
  },
);

await browser.close();
for (const server of servers) server.close();
const { passed, failed } = counts();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
