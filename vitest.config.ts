import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { BROWSER_ARGS, findBrowser } from './scripts/browser.mjs';

/**
 * Every story runs as a test (`npm run test:stories`): it renders in headless Chromium (the
 * system's, like the other suites), its play function runs, and axe fails it on any violation.
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  test: {
    name: 'storybook',
    // Lit's development build says so once per story file: expected, and noise in the log.
    onConsoleLog: (log) => !log.startsWith('Lit is in dev mode'),
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: findBrowser(), args: BROWSER_ARGS },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
