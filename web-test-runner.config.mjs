import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { BROWSER_ARGS, findBrowser, findFirefox, hasWebKit } from './scripts/browser.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * The engines to test in: those named in WTR_BROWSERS (`WTR_BROWSERS=chromium npm test`), else
 * every one installed of Chromium, Firefox ESR and WebKitGTK (npm test's pretest installs them
 * on Debian when it can; CI names all three).
 */
const LAUNCHERS = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), args: BROWSER_ARGS, headless: true },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
      },
    }),
  webkit: () => webkitLauncher(),
};
const installed = [
  'chromium',
  ...(findFirefox() ? ['firefox'] : []),
  ...(hasWebKit() ? ['webkit'] : []),
];
const engines = (process.env.WTR_BROWSERS ?? installed.join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const engine of engines) {
  if (!LAUNCHERS[engine]) throw new Error(`WTR_BROWSERS: unknown engine "${engine}"`);
}

/**
 * `/__prerendered.json`: the sample's elements rendered by Lit's server renderer from the sources
 * (test/fixtures/prerendered.ts), rendered once per run in a Node process of its own, so that
 * Lit's DOM shim never enters the test runner's process.
 */
let prerendered;
const prerenderPlugin = {
  name: 'clinic-notice-prerendered',
  async serve(context) {
    if (context.path !== '/__prerendered.json') return undefined;
    prerendered ??= promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./test/fixtures/prerendered.ts', import.meta.url)),
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    ).then(({ stdout }) => stdout);
    return { body: await prerendered, type: 'application/json' };
  },
};

/**
 * Lit's development build says once per page that it is in dev mode: expected in tests (which run
 * the sources), so it is left out of the log, where it would hide a line that matters.
 */
const filterBrowserLogs = ({ args }) => !String(args?.[0] ?? '').startsWith('Lit is in dev mode');

export { LAUNCHERS, engines, filterBrowserLogs, tsconfig };

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/built/**'],
  nodeResolve: true,
  // Two cores: one browser at a time. Firefox and WebKit give keyboard focus to one page only, so
  // their keyboard tests need their test files one after another.
  concurrency: engines.some((engine) => engine !== 'chromium') ? 1 : 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 5000 } },
  filterBrowserLogs,
  plugins: [prerenderPlugin, esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: engines.map((engine) => LAUNCHERS[engine]()),
};
