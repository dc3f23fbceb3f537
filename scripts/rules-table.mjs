// The README's rules table, written from the checker's registry (src/model/check/rules.ts) between
// <!-- rules:start --> and <!-- rules:end -->, so the README says what the checker does.
// `npm run docs:rules` rewrites it; test/node/rules.test.ts fails when it is stale.
// Runs under tsx (node --import tsx), which reads the TypeScript registry.
import { fileURLToPath } from 'node:url';
import { RULES, plainWords } from '../src/model/check/rules.ts';
import { markdown, rewriteReadme, withBlocks } from './readme-block.mjs';

/** The rules table in Markdown, one row a rule in registry order, as Prettier lays it out. */
export async function rulesTable() {
  const cell = (text) => text.replaceAll('|', '\\|');
  const rows = [
    '| rule | id | in plain words | what is checked | severity |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(RULES).map(
      ([id, rule]) =>
        `| \`${cell(rule.citation)}\` | \`${id}\` | ${cell(plainWords(id))} | ${cell(rule.checks)} | ${rule.severity} |`,
    ),
  ];
  return markdown(`${rows.join('\n')}\n`);
}

/** `readme` with `table` between the markers; throws when they are missing. */
export const withRulesTable = (readme, table) => withBlocks(readme, { rules: table });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await rewriteReadme({ rules: await rulesTable() }, 'src/model/check/rules.ts');
}
