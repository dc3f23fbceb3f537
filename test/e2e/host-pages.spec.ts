// Real pages a clinic's site may be, served with real headers (after `npm run build`):
// 1. a strict Content-Security-Policy with Trusted Types, every element from the CDN file loaded
//    twice and from `src`: zero violations, every element working;
// 2. the CDN file together with the npm build (both orders): zero errors, one working element each;
// 3. aggressive host CSS: every element legible, operable and axe clean;
// 4. notice files that fail on a real server (404, 500, stall past the time-out, redirect to
//    another site, truncated, 5 MB, schema): page content kept, one notice-error each, one
//    request each, no unhandled rejection.
// Every check also fails on a policy violation or an unhandled rejection.
import type { Page } from '@playwright/test';
import { localDay as day, sampleNotice } from '../../scripts/demo-server.mjs';
import { scriptRoutes, serve, type Reply, type Served } from '../../scripts/static-server.mjs';
import { axeViolations, expect, repo, test as base } from './fixtures.js';

/** The policy the README tells clinics to use. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html clinic-notice 'allow-duplicates'";

const sample = sampleNotice();
const ELEMENTS = `
  <notice-banner src="/notice.json" href="/notice" dismissible><p>Fallback banner text.</p></notice-banner>
  <notice-faq src="/notice.json"><notice-faq-item heading="Fallback question">Answer</notice-faq-item></notice-faq>
  <notice-checklist src="/notice.json" heading="What you can do"></notice-checklist>
  <notice-contact src="/notice.json"></notice-contact>
  <notice-document src="/notice.json"><p>Fallback notice.</p></notice-document>
  <notice-banner notice-id="inline" heading="Inline banner" phone="1-800-555-0142" posted="${day(-1)}" expires="${day(89)}"><p>Inline.</p></notice-banner>`;

const page = (title: string, head: string, body: string, headers?: Record<string, string>) => ({
  headers,
  body:
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="icon" href="/demo/favicon.svg">${head}</head><body><main>${body}</main></body></html>`,
});

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

const CDN = '<script type="module" src="/clinic-notice.js"></script>';
const NPM = '<script type="module" src="/dist/index.js"></script>';
const IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
})}</script>`;

/** The notice files that fail, each as a real server would fail to give it. */
const FAULTS: Record<string, () => Reply | Promise<Reply>> = {
  404: () => ({ status: 404, type: 'text/plain', body: 'Not found' }),
  500: () => ({ status: 500, type: 'text/plain', body: 'Internal error' }),
  stall: () => new Promise<never>(() => {}), // never answers
  redirect: () => ({
    status: 302,
    type: 'text/plain',
    headers: { location: `http://localhost:${other.port}/notice.json` },
  }),
  truncated: () => ({ body: JSON.stringify(sample).slice(0, 500) }),
  huge: () => ({ body: JSON.stringify({ ...sample, padding: 'x'.repeat(5_000_000) }) }),
  invalid: () => ({
    body: JSON.stringify({ ...sample, dates: { ...sample.dates, noticeDate: 'soon' } }),
  }),
};
const FAULT_NAMES = Object.keys(FAULTS);

/** How often each fault file was asked for. */
const requests = new Map<string, number>();

const ROUTES = {
  '/csp.html': page('Strict policy', CDN + CDN.replace('.js"', '.js?again"'), ELEMENTS, {
    'content-security-policy': CSP,
  }),
  '/hostile.html': page(
    'Hostile CSS',
    `<link rel="stylesheet" href="/hostile.css">${CDN}`,
    ELEMENTS,
  ),
  '/npm-then-cdn.html': page('npm build, then the CDN file', IMPORT_MAP + NPM + CDN, ELEMENTS),
  '/cdn-then-npm.html': page('The CDN file, then the npm build', IMPORT_MAP + CDN + NPM, ELEMENTS),
  '/faults.html': page(
    'Failing notice files',
    CDN,
    FAULT_NAMES.map(
      (name) =>
        `<notice-document id="${name}" src="/faults/${name}.json"><p class="fallback">Fallback ${name}</p></notice-document>`,
    ).join(''),
  ),
  '/hostile.css': { body: HOSTILE_CSS },
  '/notice.json': {
    body: JSON.stringify(sample),
    headers: { 'access-control-allow-origin': '*' },
  },
  ...scriptRoutes(repo('dist/cdn')),
  ...Object.fromEntries(
    FAULT_NAMES.map((name) => [
      `/faults/${name}.json`,
      () => {
        requests.set(name, (requests.get(name) ?? 0) + 1);
        return FAULTS[name]();
      },
    ]),
  ),
};

declare global {
  interface Window {
    __violations: string[];
    __rejections: string[];
    __policies: string[];
    __noticeErrors: Record<string, number>;
    /** Trusted Types (Chromium), which TypeScript's DOM library does not describe yet. */
    trustedTypes?: { createPolicy(name: string, rules: object): unknown };
  }
}

/**
 * Counted from before the page's first script: policy violations, unhandled rejections, the
 * Trusted Types policies created, and each element's notice-error events.
 */
function watch() {
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
    const create = window.trustedTypes.createPolicy.bind(window.trustedTypes);
    window.trustedTypes.createPolicy = (name, rules) => {
      window.__policies.push(name);
      return create(name, rules);
    };
  }
  window.__noticeErrors = {};
  document.addEventListener('notice-error', (event) => {
    const target = event.target as Element;
    const id = target.id || target.localName;
    window.__noticeErrors[id] = (window.__noticeErrors[id] ?? 0) + 1;
  });
}

const test = base.extend({
  page: async ({ page, problems }, use) => {
    await page.addInitScript(watch);
    await use(page);
    const { violations, rejections } = await page.evaluate(() => ({
      violations: window.__violations,
      rejections: window.__rejections,
    }));
    problems.push(
      ...violations.map((v) => `policy violation: ${v}`),
      ...rejections.map((r) => `unhandled rejection: ${r}`),
    );
  },
});

let host: Served;
let other: Served; // a second origin, for the redirect
test.beforeAll(async () => {
  // The rest (the npm build, node_modules for the import map, the favicon) from the repository.
  const options = {
    root: repo(''),
    routes: ROUTES,
    headers: () => ({ 'cache-control': 'no-store' }),
  };
  host = await serve(options);
  other = await serve(options);
});
test.afterAll(async () => {
  await host?.close();
  await other?.close();
});

/** Every element on the page rendered from the file, and each one works. */
async function everyElementWorks(tab: Page) {
  await tab.locator('notice-document [part=title]').waitFor();
  await tab
    .locator('notice-faq > notice-faq-item, notice-faq notice-faq-item')
    .first()
    .waitFor({ state: 'attached' });
  const undefinedTags = await tab.evaluate(() =>
    [
      'notice-banner',
      'notice-faq',
      'notice-faq-item',
      'notice-checklist',
      'notice-checklist-item',
      'notice-contact',
      'notice-document',
    ].filter((tag) => !customElements.get(tag)),
  );
  expect(undefinedTags, 'elements not defined').toEqual([]);
  // The FAQ opens, the checklist ticks, the banner dismisses.
  const item = tab.locator('notice-faq notice-faq-item#medical-record').first();
  await item.locator('[part=button]').click();
  expect(await item.evaluate((el) => (el as { open?: boolean }).open), 'the FAQ item opens').toBe(
    true,
  );
  const box = tab
    .locator('notice-checklist')
    .first()
    .getByRole('checkbox', { name: 'Check your credit reports' });
  await box.check();
  const progress = await tab.locator('notice-checklist [part=progress-text]').first().textContent();
  expect(progress).toBe(`1 of ${sample.sections!.whatYouCanDo!.steps!.length} steps done`);
  const banner = tab.locator('notice-banner[src]');
  await banner.locator('[part=dismiss-button]').click();
  expect(
    await banner.evaluate((el) => el.matches(':state(dismissed)')),
    'the banner dismisses',
  ).toBe(true);
}

test('a strict CSP with Trusted Types: no violation, every element works', async ({
  page,
  problems,
}) => {
  const response = await page.goto(`${host.url}csp.html`);
  expect(response?.headers()['content-security-policy'], 'the page is served with its policy').toBe(
    CSP,
  );
  await everyElementWorks(page);
  // The policy is enforced: a plain string into innerHTML throws. (The probe's own violation
  // report and console line are then taken back out of the count.)
  const enforced = await page.evaluate(async () => {
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
  expect(enforced, 'Trusted Types are enforced on the page').toBe(true);
  problems.splice(
    0,
    problems.length,
    ...problems.filter((line) => !line.includes("requires 'TrustedHTML'")),
  );
  // Lit's own policy only (once per copy of Lit on the page), and no other.
  const policies = await page.evaluate(() => window.__policies);
  expect(policies, 'Trusted Types policies created').toContain('lit-html');
  expect(
    policies.filter((name) => name !== 'lit-html'),
    'other policies',
  ).toEqual([]);
  const inlineStyles = await page.evaluate(() => {
    const all: string[] = [];
    const walk = (node: Document | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.hasAttribute('style')) all.push(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return all;
  });
  expect(inlineStyles, 'elements with a style= attribute').toEqual([]);
});

for (const order of ['npm-then-cdn', 'cdn-then-npm']) {
  test(`the CDN file and the npm build on one page (${order.replaceAll('-', ' ')})`, async ({
    page,
  }) => {
    await page.goto(`${host.url}${order}.html`);
    await everyElementWorks(page);
    // Of the two banners, the inline one still shows after the other's dismissal.
    await expect(page.locator('notice-banner [part=base]')).toHaveCount(1);
  });
}

test('aggressive host CSS: legible, operable, axe clean', async ({ page }) => {
  await page.goto(`${host.url}hostile.html`);
  await everyElementWorks(page);
  const small = await page.evaluate(() => {
    const tiny: string[] = [];
    const walk = (node: Document | ShadowRoot) => {
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
  expect(small, 'text below 12px').toEqual([]);
  const elements = [
    'notice-banner',
    'notice-faq',
    'notice-checklist',
    'notice-contact',
    'notice-document',
  ];
  expect(await axeViolations(page, elements)).toEqual([]);
});

test('notice files that fail on a real server: fallback kept, one error each', async ({
  page,
  problems,
}) => {
  requests.clear();
  await page.goto(`${host.url}faults.html`);
  // Every element answers within the loader's 10 s time-out (the stalled file takes that long).
  await page.waitForTimeout(11_000);
  const errors = await page.evaluate(() => window.__noticeErrors);
  expect(
    Object.fromEntries(FAULT_NAMES.map((name) => [name, errors[name]])),
    'notice-error events per file',
  ).toEqual(Object.fromEntries(FAULT_NAMES.map((name) => [name, 1])));
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('.fallback')]
      .filter((p) => !p.getBoundingClientRect().height)
      .map((p) => p.textContent),
  );
  expect(hidden, 'fallback content hidden').toEqual([]);
  const repeated = FAULT_NAMES.filter((name) => (requests.get(name) ?? 0) > 1);
  expect(repeated, 'files requested more than once').toEqual([]);
  // One console error per file, naming it; the browser's own lines for 404, 500 and the
  // cross-site redirect come on top.
  const ours = problems.filter((line) => line.includes('cannot use the notice file'));
  expect(ours, 'the library console errors').toHaveLength(FAULT_NAMES.length);
  problems.splice(0, problems.length);
});
