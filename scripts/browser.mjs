// The browsers the tests and scripts drive, found on this machine; none is ever downloaded.
// Chrome or Chromium: CHROME_PATH wins, then the usual places on Linux, macOS and Windows.
// Firefox: FIREFOX_PATH or Debian's firefox-esr. WebKit: WebKitGTK's MiniBrowser, its WebDriver
// and Xvfb.
//
// Run directly (npm's `pretest`), it makes sure they are here: Chromium is required; Firefox ESR
// and WebKitGTK are added when this is a Debian machine where apt-get may run (as root), as on CI.
// Elsewhere a missing Firefox or WebKit is reported and the suite runs in the engines that are
// present, unless WTR_BROWSERS names them (then it is an error).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const MINIBROWSERS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const MISSING_CHROME =
  'The tests need Chrome or Chromium and none was found.\n' +
  '  Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: Google Chrome),\n' +
  '  or point CHROME_PATH at its executable, then run the tests again.';

/** The browser's path, or undefined when none is found. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The browser's path; throws, saying how to get one, when none is found. */
export function requireBrowser() {
  const path = findBrowser();
  if (!path) throw new Error(`[clinic-notice] ${MISSING_CHROME}`);
  return path;
}

/** Flags for a headless Chromium that runs as root on a machine with a closed network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Firefox (Debian's firefox-esr, or FIREFOX_PATH), or undefined. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

/** WebKitGTK's MiniBrowser (or WEBKIT_MINIBROWSER), or undefined. */
export function findMiniBrowser() {
  return [process.env.WEBKIT_MINIBROWSER, ...MINIBROWSERS].find((path) => path && existsSync(path));
}

/** Whether WebKitGTK's MiniBrowser, its WebDriver and Xvfb are all here. */
export function hasWebKit() {
  const onPath = (name) =>
    (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${name}`));
  return onPath('WebKitWebDriver') && onPath('Xvfb') && Boolean(findMiniBrowser());
}

/** Installs Debian packages when that is possible here (root, apt); returns whether it ran. */
export function installPackages(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`[clinic-notice] Installing Debian's ${packages.join(', ')} with apt-get.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}

/** Installs what is missing where it can, and exits non-zero when a required engine is not here. */
function ensureBrowsers() {
  const wanted = process.env.WTR_BROWSERS?.split(',').map((name) => name.trim());
  const missing = () => [
    ...(findBrowser() ? [] : ['chromium']),
    ...(findFirefox() ? [] : ['firefox-esr']),
    ...(hasWebKit() ? [] : ['webkit2gtk-driver', 'xvfb']),
  ];
  if (missing().length) installPackages(missing());

  if (!findBrowser()) {
    console.error(`[clinic-notice] ${MISSING_CHROME}`);
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
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBrowsers();
