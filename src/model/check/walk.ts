/**
 * The notice file read through notice.schema.json: each value with the definition (`#/$defs/url`,
 * `#/$defs/text`, …) the schema gives it. The link check walks it; the ordering resolves `$ref`s.
 */
import { join } from '../paths.js';
import { schema } from '../schema.generated.js';
import { own, type Schema } from '../validate.js';

/** The definition a `$ref` names: `#/$defs/text` → the schema of a text field. */
export function definition(ref: string): Schema | undefined {
  return own(schema.$defs, ref.replace('#/$defs/', ''));
}

/** Calls `visit` with every `$ref` the notice reaches in the schema, its value and its path. */
export function walk(
  value: unknown,
  node: Schema,
  path: string,
  visit: (ref: string, value: unknown, path: string) => void,
) {
  if (node.$ref) {
    visit(node.$ref, value, path);
    const target = definition(node.$ref);
    if (target) walk(value, target, path, visit);
    return;
  }
  if (Array.isArray(value)) {
    if (node.items)
      value.forEach((item, index) => walk(item, node.items!, join(path, index), visit));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const next =
        own(node.properties, key) ??
        (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
      if (next) walk(child, next, join(path, key), visit);
    }
  }
}
