// What every end-to-end check shares: a fresh browser context and page (Playwright's own
// `page`), and a check fails on any page error or console error it leaves in `problems`. A check
// that provokes an error on purpose takes that line back out of `problems` itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import type { AxeResults, ElementContext } from 'axe-core';

export { expect };

/** A path in the repository, whatever folder the suite was started from. */
export const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Records every page error and console error of `page` in `problems`. */
export function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
}

export const test = base.extend<{ problems: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from it
  problems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, problems }, use) => {
    watch(page, problems);
    await use(page);
    expect(problems, 'errors on the page').toEqual([]);
  },
});

declare global {
  interface Window {
    axe: { run(context: ElementContext): Promise<AxeResults> };
  }
}

const axeSource = readFileSync(repo('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page, or within the elements `tags` name; one line each. */
export async function axeViolations(page: Page, tags?: string[]): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const { violations } = await page.evaluate(
    (within) => window.axe.run(within ? { include: within.map((tag) => [tag]) } : document),
    tags ?? null,
  );
  return violations.map(
    (v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
