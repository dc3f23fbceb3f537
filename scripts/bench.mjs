// `npm run bench`: builds, serves seven pages on 127.0.0.1 and loads each in headless Chromium as
// a patient's phone would (390×844 viewport, CPU slowed 4× through the DevTools protocol, a
// fresh context every time), interleaving the pages run by run so machine noise hits all alike.
// One warm-up round is not counted; then BENCH_RUNS rounds (15 by default). Prints medians and
// min–max of: the time until every element is defined, updated and showing its notice; first
// and largest contentful paint; cumulative layout shift; JS heap. Ready, FCP and LCP are also
// given as ratios to the plain page (the whole notice as plain HTML with no script: the floor),
// and ready and LCP to the Lit baseline (issue 16's goal: ready within 1.2× of it);
// the pre-rendered page is what `clinic-notice render` writes (goal: LCP within 1.1× the floor,
// CLS 0). The baseline is one trivial Lit element showing the banner, FAQ and checklist text
// (bench/baseline-element.ts). Not a test: nothing here asserts a time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { sampleNotice } from './demo-server.mjs';
import { serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = new URL('..', import.meta.url).pathname;

console.log('Building the library and the baseline…');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
await build({
  root,
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: 'dist/bench',
    emptyOutDir: true,
    minify: true,
    lib: { entry: 'bench/baseline-element.ts', formats: ['es'], fileName: () => 'baseline.js' },
  },
});

// The notice: the sample with 20 questions and 10 steps, its posting window around today.
const notice = sampleNotice();
notice.faq = Array.from({ length: 20 }, (_, i) => ({
  ...notice.faq[i % notice.faq.length],
  id: `q${i + 1}`,
}));
notice.sections.whatYouCanDo.steps = Array.from({ length: 10 }, (_, i) => ({
  ...notice.sections.whatYouCanDo.steps[i % 6],
  id: `s${i + 1}`,
}));
delete notice.translations;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const text = (value) =>
  escape(value)
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1')
    .split(/\n\n/)
    .map((p) => `<p>${p}</p>`)
    .join('');

/**
 * The demo site's CSS, and for the pages the browser draws itself the README's "before the
 * script loads" rules (test/fixtures/before-defined.css); pre-rendered pages need none.
 */
const SITE_CSS = readFileSync(join(root, 'demo/site.css'), 'utf8');
const BEFORE_DEFINED = readFileSync(join(root, 'test/fixtures/before-defined.css'), 'utf8');

const BANNER = `<notice-banner notice-id="${notice.id}" heading="${escape(notice.title)}" href="/notice" phone="${notice.contact.tollFreePhone}" posted="${notice.dates.postedFrom}" expires="${notice.dates.postedUntil}" dismissible>${text(notice.summary)}</notice-banner>`;
const FAQ = `<notice-faq>${notice.faq
  .map(
    (q) =>
      `<notice-faq-item id="${q.id}" heading="${escape(q.question)}">${text(q.answer)}</notice-faq-item>`,
  )
  .join('')}</notice-faq>`;
const CHECKLIST = `<notice-checklist notice-id="${notice.id}" heading="What you can do">${notice.sections.whatYouCanDo.steps
  .map((s) => `<notice-checklist-item id="${s.id}">${escape(s.title)}</notice-checklist-item>`)
  .join('')}</notice-checklist>`;
const BASELINE = `<bench-text><h2>${escape(notice.title)}</h2>${text(notice.summary)}</bench-text><bench-text>${notice.faq
  .map((q) => `<h3>${escape(q.question)}</h3>${text(q.answer)}`)
  .join(
    '',
  )}</bench-text><bench-text><h2>What you can do</h2><ul>${notice.sections.whatYouCanDo.steps
  .map((s) => `<li>${escape(s.title)}</li>`)
  .join('')}</ul></bench-text>`;

/** Sets window.__ready when every element, also those inside shadow roots, is done. */
const READY = `<script type="module">
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-')) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const done = (el) =>
    customElements.get(el.localName) && el.hasUpdated && !el.isUpdatePending &&
    (!(el.src || el.notice) || el.noticeView !== undefined);
  let stable = 0;
  const check = () => {
    const elements = all(document);
    stable = elements.every(done) ? stable + 1 : 0;
    if (stable >= 2) window.__ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script>`;

const page = (title, script, body, css = SITE_CSS) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"><style>body{margin:0;padding:1rem;font:16px/1.5 system-ui,sans-serif}${css}</style>${script ? `<script type="module" src="${script}"></script>` : ''}</head><body><main>${body}</main>${READY}</body></html>`;

const PAGES = {
  'a. baseline (one Lit element)': page('Baseline', '/dist/bench/baseline.js', BASELINE),
  'b. banner + FAQ + checklist, slots': page(
    'Slots',
    '/dist/cdn/clinic-notice.js',
    BANNER + FAQ + CHECKLIST,
    SITE_CSS + BEFORE_DEFINED,
  ),
  'c. the same from src JSON': page(
    'From src',
    '/dist/cdn/clinic-notice.js',
    `<notice-banner src="/notice.json" href="/notice" dismissible><p>${escape(notice.summary)}</p></notice-banner><notice-faq src="/notice.json"></notice-faq><notice-checklist src="/notice.json" heading="What you can do"></notice-checklist>`,
    SITE_CSS + BEFORE_DEFINED,
  ),
  'd. <notice-document>': page(
    'Document',
    '/dist/cdn/clinic-notice.js',
    '<notice-document src="/notice.json"><h1>Notice of Data Breach</h1></notice-document>',
    SITE_CSS + BEFORE_DEFINED,
  ),
};
// The whole notice as plain HTML (the floor), and as `clinic-notice render` pre-renders it.
const { renderBanner, renderNoticeDocument } = await import(join(root, 'dist/render/render.js'));
const contact = notice.contact;
const PLAIN = `<article><h1>${escape(notice.title)}</h1><p>${escape(notice.organization.name)}</p>${Object.entries(
  {
    'What Happened': notice.sections.whatHappened,
    'What Information Was Involved': `${notice.sections.informationInvolved.text ?? ''}`,
    'What We Are Doing': notice.sections.whatWeAreDoing,
  },
)
  .map(([title, body]) => `<h2>${title}</h2>${text(body ?? '')}`)
  .join('')}<ul>${notice.sections.informationInvolved.types
  .map((type) => `<li>${escape(type.label)}</li>`)
  .join(
    '',
  )}</ul><h2>What You Can Do</h2>${text(notice.sections.whatYouCanDo.text ?? '')}<ul>${notice.sections.whatYouCanDo.steps
  .map((step) => `<li><label><input type="checkbox"> ${escape(step.title)}</label></li>`)
  .join(
    '',
  )}</ul><h2>For More Information</h2><dl><dt>Toll-free helpline</dt><dd><a href="tel:+18005550142">${contact.tollFreePhone}</a></dd><dt>Email</dt><dd>${escape(contact.email)}</dd></dl><h2>Questions and Answers</h2>${notice.faq
  .map((q) => `<h3>${escape(q.question)}</h3>${text(q.answer)}`)
  .join('')}</article>`;
PAGES['e. plain HTML, no script (the floor)'] = page('Plain', '', PLAIN);
// As `clinic-notice render` writes it: the files the script imports for this page, preloaded.
const { PAGE_FILES } = await import(join(root, 'scripts/size.mjs'));
const PRELOADS = PAGE_FILES['all-elements page']
  .filter((file) => file !== 'clinic-notice.js')
  .map((file) => `<link rel="modulepreload" href="/dist/cdn/${file}">`)
  .join('');
PAGES['f. pre-rendered <notice-document>'] = page(
  'Pre-rendered',
  '/dist/cdn/clinic-notice.js',
  await renderNoticeDocument(notice, 'en'),
).replace('</main>', `</main>${PRELOADS}`);
// The home page's pre-rendered banner on a return visit, after the patient dismissed it: the
// one case where hydration changes what shows (the remembered dismissal hides it).
const HOME = `${await renderBanner(notice, 'en', '/notice')}<h1>Caring for Springfield families</h1>${text(notice.summary)}`;
PAGES['g. pre-rendered banner, dismissed before'] = page(
  'Return visit',
  '/dist/cdn/clinic-notice.js',
  HOME,
);
const DISMISSED = `clinic-notice:banner-dismissed:${encodeURIComponent(notice.id)}:${encodeURIComponent(String(notice.revision))}`;
const paths = Object.keys(PAGES).map((_, i) => `/page-${i}.html`);

// The pages, the notice, and the built files (dist/) from the repository.
const server = await serve({
  root,
  routes: {
    ...Object.fromEntries(Object.values(PAGES).map((body, i) => [paths[i], { body }])),
    '/notice.json': { body: JSON.stringify(notice) },
  },
});
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });

async function measure(path, dismissed) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (dismissed) {
    await tab.addInitScript(
      (key) => localStorage.setItem(key, new Date().toISOString()),
      DISMISSED,
    );
  }
  await tab.addInitScript(() => {
    window.__cls = 0;
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      window.__lcp = entries[entries.length - 1].startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await tab.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
  await tab.waitForTimeout(300); // late paints and shifts
  const result = await tab.evaluate(() => ({
    ready: window.__ready,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    cls: window.__cls,
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...result, heap: usedSize / 1_048_576 };
}

const samples = Object.keys(PAGES).map(() => []);
for (let run = 0; run <= RUNS; run++) {
  process.stdout.write(run === 0 ? 'warm-up' : ` ${run}`);
  for (const [i, path] of paths.entries()) {
    const result = await measure(path, i === paths.length - 1);
    if (run > 0) samples[i].push(result);
  }
}
console.log('\n');
await browser.close();
await server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const stat = (values, digits = 0) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

const names = Object.keys(PAGES);
const plain = samples[names.indexOf('e. plain HTML, no script (the floor)')];
const times = (s, key) => s.map((r) => r[key]);
const lit = samples[names.indexOf('a. baseline (one Lit element)')];
const ratio = (s, key, to = plain) => (median(times(s, key)) / median(times(to, key))).toFixed(2);
const columns = [
  'page',
  'ready ms',
  '× plain',
  '× Lit',
  'FCP ms',
  '× plain',
  'LCP ms',
  '× plain',
  '× Lit',
  'CLS',
  'heap MB',
];
const rows = names.map((name, i) => {
  const s = samples[i];
  return [
    name,
    stat(times(s, 'ready')),
    ratio(s, 'ready'),
    ratio(s, 'ready', lit),
    stat(times(s, 'fcp')),
    ratio(s, 'fcp'),
    stat(times(s, 'lcp')),
    ratio(s, 'lcp'),
    ratio(s, 'lcp', lit),
    stat(times(s, 'cls'), 3),
    stat(times(s, 'heap'), 2),
  ];
});
const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `${RUNS} interleaved runs per page, CPU 4× slower, 390×844 viewport; median (min–max)\n`,
);
console.log(line(columns));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
