import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, requireBrowser } from './scripts/browser.mjs';

/**
 * The end-to-end suites (test/e2e/): the built files, real host pages, the pre-rendered pages,
 * the packed tarball and the static Storybook, in the system's Chrome or Chromium (CHROME_PATH to
 * choose; Playwright never downloads one here). They read what `npm run build` (and
 * `npm run build-storybook`) wrote: this config builds nothing. One worker: two cores, and the
 * browser suites of other work on the same machine.
 */
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  // A committed test.only would quietly leave every other check out.
  forbidOnly: true,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: requireBrowser(), args: BROWSER_ARGS },
  },
});
