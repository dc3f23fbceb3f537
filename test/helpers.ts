/** Shared by the element tests. */

/** The element's shadow-root node with the given part name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The computed value of a system colour (`CanvasText`, `ButtonText` …) in the current mode. */
export function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const agent = navigator.userAgent;
/** The engine the suite is running in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = agent.includes('Firefox/')
  ? 'firefox'
  : agent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/**
 * `it` for a test that drives the browser through Chromium's DevTools protocol (`emulateMedia`
 * for print, forced colours and reduced motion; `setViewport`). Firefox (WebDriver BiDi) and
 * WebKit (WebDriver classic) have no such command, so there the test is skipped, saying why.
 */
export function itWithDevTools(name: string, test: Mocha.Func): void {
  if (engine === 'chromium') it(name, test);
  else
    it.skip(
      `${name} [skipped in ${engine}: emulateMedia/setViewport need Chromium's DevTools protocol]`,
      test,
    );
}

/** Undoes an `emulateMedia`/`setViewport` where they exist; nothing elsewhere. */
export async function resetEmulation(reset: () => Promise<unknown>): Promise<void> {
  if (engine === 'chromium') await reset();
}
