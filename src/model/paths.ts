/**
 * Paths into a notice as every message writes them: `dates.postedUntil`, `faq[2].answer`,
 * `translations.es.faq["call-us"].answer`. The validator, the checker and localisation share them.
 */

/** `path` followed by one more key: `a.b`, `a[2]`, `a["call-us"]`. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** The keys of a path, in order: `faq[2].answer` → `['faq', 2, 'answer']`. */
export function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    out.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : JSON.parse(match[3])));
  }
  return out;
}

/** The value at `path` in `root`, or `undefined` where any step is missing. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of segments(path)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
