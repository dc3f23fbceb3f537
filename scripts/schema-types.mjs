// Writes two files from notice.schema.json, so the published schema, the TypeScript types and the
// validator the elements and the checker share cannot drift apart (`npm run schema`; CI checks
// both are current):
// - src/model/notice.types.ts: the types, with the schema's descriptions as doc comments;
// - src/model/schema.generated.ts: the schema without descriptions, for the validator.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const schema = JSON.parse(readFileSync('notice.schema.json', 'utf8'));
const banner = `/* Generated from notice.schema.json by scripts/schema-types.mjs: do not edit. */`;
const source = await compile(schema, 'Notice', {
  bannerComment: banner,
  additionalProperties: false,
  strictIndexSignatures: true,
  unreachableDefinitions: true,
  style: { singleQuote: true },
});
const options = await prettier.resolveConfig('src/model/notice.types.ts');
writeFileSync(
  'src/model/notice.types.ts',
  await prettier.format(source, { ...options, parser: 'typescript' }),
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
console.log('src/model/notice.types.ts and src/model/schema.generated.ts written');
