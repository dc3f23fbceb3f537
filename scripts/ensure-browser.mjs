// Runs before the tests: finds a browser, installs Debian's chromium when it can, or stops with
// a message that names the fix.
import { findBrowser, installBrowser } from './browser.mjs';

const found = findBrowser() ?? (installBrowser() ? findBrowser() : undefined);
if (!found) {
  console.error(
    '[clinic-notice] The tests need Chrome or Chromium and none was found.\n' +
      '  Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: Google Chrome),\n' +
      '  or point CHROME_PATH at its executable, then run the tests again.',
  );
  process.exit(1);
}
if (process.env.CHROME_PATH && !(await import('node:fs')).existsSync(found)) {
  console.error(`[clinic-notice] CHROME_PATH is ${found}, which does not exist. Fix or unset it.`);
  process.exit(1);
}
console.log(`[clinic-notice] Testing in ${found}`);
