/**
 * The `tag` element an item belongs to: its nearest ancestor in the page, or the element whose
 * shadow root holds it (a list rendered from a notice file keeps its items there).
 */
export function ownerOf<K extends keyof HTMLElementTagNameMap>(
  element: Element,
  tag: K,
): HTMLElementTagNameMap[K] | null {
  const around = element.closest(tag);
  if (around) return around;
  const host = (element.getRootNode() as Partial<ShadowRoot>).host;
  return host?.localName === tag ? (host as HTMLElementTagNameMap[K]) : null;
}
