/**
 * Registers `tag` unless something already owns it. A clinic's page may load the CDN file twice,
 * or the CDN file and the npm build: the second registration is skipped instead of throwing, and
 * the first one keeps working.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
