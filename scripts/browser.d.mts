/** The browser's path, or undefined when none is found. */
export function findBrowser(): string | undefined;
/** Flags for a headless Chromium that runs as root on a machine with a closed network. */
export const BROWSER_ARGS: string[];
