import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { BROWSER_ARGS, findBrowser } from './scripts/browser.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Two cores: one browser, a few pages at a time.
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), args: BROWSER_ARGS, headless: true },
    }),
  ],
};
