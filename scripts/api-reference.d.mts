/** What the script reads of custom-elements.json (schema 1.0). */
interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface Member extends Item {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  attribute?: string;
}
export interface Element {
  tagName?: string;
  members?: Member[];
  slots?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssStates?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Element[] }[];
}

/** The declarations that are custom elements (they have a tag), in the manifest's order. */
export function elementsOf(manifest: Manifest): (Element & { tagName: string })[];
/** One element's reference in Markdown, before Prettier lays it out. */
export function apiReference(element: Element): string;
/** `readme` with every element's block rewritten from `manifest`; throws on missing markers. */
export function withApiReference(readme: string, manifest: Manifest): Promise<string>;
