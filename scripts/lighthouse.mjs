// `npm run lighthouse`: builds if needed, serves the demo site on 127.0.0.1 and runs Lighthouse
// (mobile, its default simulated throttling) against each demo page with the system Chromium,
// then prints the four category scores per page (LH_METRICS=1 adds the metrics, the layout
// shifts and every audit under 0.9). Not a test: it reports.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BROWSER_ARGS, findBrowser } from './browser.mjs';
import { serveDemo } from './demo-server.mjs';

if (!existsSync('dist/cdn/clinic-notice.js')) {
  console.log('Building…');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
}
const demo = await serveDemo();
const base = demo.url;
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser(),
  chromeFlags: ['--headless=new', ...BROWSER_ARGS],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
try {
  for (const path of ['', 'notice.html', 'es/', 'es/aviso.html']) {
    const result = await lighthouse(base + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    const failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    if (process.env.LH_METRICS) {
      const pick = (id) => audits[id]?.displayValue ?? '';
      console.log(
        path,
        'FCP',
        pick('first-contentful-paint'),
        'LCP',
        pick('largest-contentful-paint'),
        'TBT',
        pick('total-blocking-time'),
        'CLS',
        pick('cumulative-layout-shift'),
        'SI',
        pick('speed-index'),
      );
      for (const item of audits['layout-shifts']?.details?.items ?? [])
        console.log('    shift', item.score, item.node?.snippet, item.node?.selector);
      for (const audit of Object.values(audits))
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
          console.log('   ', audit.id, audit.score, audit.displayValue ?? '');
    }
    rows.push([
      `/${path}`,
      ...CATEGORIES.map((c) => String(Math.round(categories[c].score * 100))),
      failing.join(', ') || '—',
    ]);
  }
} finally {
  await chrome.kill();
  await demo.close();
}
const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'failing audits'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
process.exit(0);
