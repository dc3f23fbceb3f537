// The check runner the browser scripts share: each check gets a fresh context and page, fails on
// any page error or console error (and on whatever `after` reports), and prints ✓ or ✗.
export function pageChecks(browser, { init, after } = {}) {
  let passed = 0;
  let failed = 0;

  async function check(name, body) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    if (init) await page.addInitScript(init);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    try {
      await body(page, problems);
      if (after) problems.push(...(await after(page)));
      if (problems.length) throw new Error(problems.join('\n'));
      passed++;
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}\n    ${String(error.message ?? error).replaceAll('\n', '\n    ')}`);
    } finally {
      await context.close();
    }
  }

  return { check, counts: () => ({ passed, failed }) };
}
