// Runs before the tests: makes sure the engines the browser tests use are here. Chromium is
// required; Firefox ESR and WebKitGTK (MiniBrowser) are added when this is a Debian machine where
// apt-get may run (as root), as on CI. Elsewhere a missing Firefox or WebKit is reported and the
// suite runs in the engines that are present, unless WTR_BROWSERS names them (then it is an error).
import { findBrowser, findFirefox, hasWebKit, installPackages } from './browser.mjs';

const wanted = process.env.WTR_BROWSERS?.split(',').map((name) => name.trim());
const missing = () => [
  ...(findBrowser() ? [] : ['chromium']),
  ...(findFirefox() ? [] : ['firefox-esr']),
  ...(hasWebKit() ? [] : ['webkit2gtk-driver', 'xvfb']),
];

if (missing().length) installPackages(missing());

if (!findBrowser()) {
  console.error(
    '[clinic-notice] The tests need Chrome or Chromium and none was found.\n' +
      '  Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: Google Chrome),\n' +
      '  or point CHROME_PATH at its executable, then run the tests again.',
  );
  process.exit(1);
}
const absent = [...(findFirefox() ? [] : ['firefox']), ...(hasWebKit() ? [] : ['webkit'])];
const required = absent.filter((engine) => wanted?.includes(engine));
if (required.length) {
  console.error(
    `[clinic-notice] WTR_BROWSERS asks for ${required.join(' and ')}, which is not installed ` +
      '(Debian: apt-get install firefox-esr webkit2gtk-driver xvfb).',
  );
  process.exit(1);
}
for (const engine of absent) {
  console.log(
    `[clinic-notice] ${engine} is not installed: its run of the browser tests is skipped.`,
  );
}
console.log(
  `[clinic-notice] Testing in ${findBrowser()}${findFirefox() ? `, ${findFirefox()}` : ''}${hasWebKit() ? ', WebKitGTK MiniBrowser' : ''}`,
);
