/** The browser's path, or undefined when none is found. */
export function findBrowser(): string | undefined;
/** The browser's path; throws, saying how to get one, when none is found. */
export function requireBrowser(): string;
/** Flags for a headless Chromium that runs as root on a machine with a closed network. */
export const BROWSER_ARGS: string[];
/** Firefox (Debian's firefox-esr, or FIREFOX_PATH), or undefined. */
export function findFirefox(): string | undefined;
/** WebKitGTK's MiniBrowser (or WEBKIT_MINIBROWSER), or undefined. */
export function findMiniBrowser(): string | undefined;
/** Whether WebKitGTK's MiniBrowser, its WebDriver and Xvfb are all here. */
export function hasWebKit(): boolean;
/** Installs Debian packages when that is possible here (root, apt); returns whether it ran. */
export function installPackages(packages: string[]): boolean;
