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
