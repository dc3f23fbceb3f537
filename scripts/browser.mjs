// Finds the Chrome or Chromium that the tests and scripts drive. CHROME_PATH wins; then the
// usual places on Linux, macOS and Windows. No browser is ever downloaded.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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

/** The browser's path, or undefined when none is found. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
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

/** Whether WebKitGTK's MiniBrowser, its WebDriver and Xvfb are all here. */
export function hasWebKit() {
  const onPath = (name) =>
    (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${name}`));
  return (
    onPath('WebKitWebDriver') &&
    onPath('Xvfb') &&
    [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ]
      .concat(process.env.WEBKIT_MINIBROWSER ?? [])
      .some((path) => existsSync(path))
  );
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
