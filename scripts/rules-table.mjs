// The README's rules table, written from the checker's registry (src/model/check/rules.ts) between
// <!-- rules:start --> and <!-- rules:end -->, so the README says what the checker does.
// `npm run docs:rules` rewrites it; test/node/rules.test.ts fails when it is stale.
// Runs under tsx (node --import tsx), which reads the TypeScript registry.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { RULES, plainWords } from '../src/model/check/rules.ts';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

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
  const options = { ...(await resolveConfig(README)), parser: 'markdown' };
  return format(`${rows.join('\n')}\n`, options);
}

/** `readme` with `table` between the markers; throws when they are missing. */
export function withRulesTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`README.md needs ${START} and ${END} around the table`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = await readFile(README, 'utf8');
  const updated = withRulesTable(readme, await rulesTable());
  if (updated === readme) console.log('README.md: the rules table is up to date');
  else {
    await writeFile(README, updated);
    console.log('README.md: rules table rewritten from src/model/check/rules.ts');
  }
}
