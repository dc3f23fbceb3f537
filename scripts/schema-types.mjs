// Writes two files from notice.schema.json, so the published schema, the TypeScript types and the
// validator the elements and the checker share cannot drift apart (`npm run schema`; CI checks
// both are current):
// - src/model/notice.types.ts: the types, with the schema's descriptions as doc comments;
// - src/model/schema.generated.ts: the schema without descriptions, for the validator.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const schema = JSON.parse(readFileSync('notice.schema.json', 'utf8'));
const banner = `/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */`;

/**
 * A `$ref` to a plain string definition (`date`, `url`, `text`) with a description beside it
 * would become a type alias per use (`DateString1` … `DateString8`), the description landing on
 * the alias instead of the field. Such references are written out in place for the types, so
 * that `breachStart?: string` carries "When the breach began" itself.
 */
function inlineStrings(node) {
  if (Array.isArray(node)) return node.map(inlineStrings);
  if (!node || typeof node !== 'object') return node;
  const target = node.$ref && schema.$defs?.[node.$ref.replace('#/$defs/', '')];
  if (target && target.type === 'string' && !target.properties) {
    const rest = { ...node };
    delete rest.$ref;
    const definition = { ...target };
    delete definition.title;
    return { ...definition, ...rest, description: rest.description ?? target.description };
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, inlineStrings(value)]),
  );
}

const source = await compile(inlineStrings(schema), 'Notice', {
  bannerComment: banner,
  additionalProperties: false,
  strictIndexSignatures: true,
  unreachableDefinitions: true,
  style: { singleQuote: true },
});
/** The generator's notes on where a type came from, and three-line comments of one line. */
const compact = (code) =>
  code
    .replace(
      /\n\s*\*\n\s*\* This interface was referenced by `Notice`'s JSON-Schema\n\s*\* via the `definition` "[^"]+"\./g,
      '',
    )
    .replace(
      /\/\*\*\n\s*\* This interface was referenced by `Notice`'s JSON-Schema\n\s*\* via the `definition` "[^"]+"\.\n\s*\*\/\n/g,
      '',
    )
    .replace(/\/\*\*\n(\s*)\* ([^\n]*)\n\s*\*\//g, '/** $2 */');
const options = await prettier.resolveConfig('src/model/notice.types.ts');
writeFileSync(
  'src/model/notice.types.ts',
  await prettier.format(compact(source), { ...options, parser: 'typescript' }),
);

/** Drops what only people read (descriptions, titles, defaults), keeping what validation needs. */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const kept = {};
  for (const [key, value] of Object.entries(node)) {
    if (['description', 'title', 'default', '$schema', '$id'].includes(key)) continue;
    // `properties` maps field names to schemas: keep every name, even one called "title".
    kept[key] =
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, strip(child)]))
        : strip(value);
  }
  return kept;
}

const stripped = `/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */
import type { Schema } from './validate.js';

export const schema: Schema = ${JSON.stringify(strip(schema))};
`;
writeFileSync(
  'src/model/schema.generated.ts',
  await prettier.format(stripped, { ...options, parser: 'typescript' }),
);
// A copy beside the sample notice, which names it in `$schema`: copied to a site together, the
// sample's editors keep completing and checking it.
copyFileSync('notice.schema.json', 'demo/notice.schema.json');
console.log(
  'src/model/notice.types.ts, src/model/schema.generated.ts and demo/notice.schema.json written',
);
