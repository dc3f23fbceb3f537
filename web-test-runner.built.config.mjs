import { esbuildPlugin } from '@web/dev-server-esbuild';
import { sampleNotice } from './scripts/demo-server.mjs';
import { POLICY, WATCH, rawPages } from './test/fixtures/raw-pages.mjs';
import { LAUNCHERS, engines, filterBrowserLogs, tsconfig } from './web-test-runner.config.mjs';

/**
 * The built script-tag file in each engine (`npm run test:built`, after `npm run build`; CI runs
 * it with all three): test/built/*.test.ts open real pages of it, served here. Each page sends
 * the strict Content-Security-Policy the README gives (as a meta tag, with Trusted Types), loads
 * the file twice, and counts policy violations with a same-origin script (an inline one would be
 * refused). The pages whose bytes an integrity hash covers, and the README's React, Vue and
 * WordPress examples (built by scripts/build-integrations.mjs), are served byte for byte by
 * test/fixtures/raw-pages.mjs, ahead of this server's rewriting of the JavaScript it serves.
 */
const BODIES = {
  banner: `<notice-banner notice-id="built" heading="Data security incident" href="/notice"
    phone="1-800-555-0142" dismissible><p>Plain text body.</p></notice-banner>`,
  all: `<notice-banner src="/__built/notice.json" href="/notice" dismissible><p>Fallback.</p></notice-banner>
    <notice-document src="/__built/notice.json"><p>Fallback notice.</p></notice-document>`,
};

function page(name, lang) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Built file</title>
<script src="/__built/watch.js"></script>
<script type="module" src="/dist/cdn/clinic-notice.js"></script>
<script type="module" src="/dist/cdn/clinic-notice.js?again"></script>
${lang === 'hy' ? '<script type="module" src="/__built/hy.js"></script>' : ''}
</head><body>${BODIES[name]}</body></html>`;
}

const builtPages = {
  name: 'clinic-notice-built-pages',
  serve(context) {
    const [, name, lang] = /^\/__built\/(\w+)-(\w+)\.html$/.exec(context.path) ?? [];
    if (name && BODIES[name]) return { body: page(name, lang), type: 'html' };
    if (context.path === '/__built/watch.js') return { body: WATCH, type: 'js' };
    // A page's own words for a language the package does not ship, as the README shows.
    if (context.path === '/__built/hy.js') {
      return {
        body: `import { registerTranslation } from '/dist/cdn/clinic-notice.js';
registerTranslation('hy', { readNotice: 'Կարդացեք ամբողջական ծանուցումը' });`,
        type: 'js',
      };
    }
    if (context.path === '/__built/notice.json') {
      return { body: JSON.stringify(sampleNotice()), type: 'json' };
    }
    return undefined;
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/built/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs,
  middleware: [rawPages],
  plugins: [builtPages, esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: engines.map((engine) => LAUNCHERS[engine]()),
};
