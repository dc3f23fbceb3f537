// What the scripts that write part of the README share (rules-table.mjs, check-example.mjs,
// size-table.mjs): each part is a block between <!-- name:start --> and <!-- name:end -->, laid
// out by Prettier, and README.md is written only when a block changed. A Node test, or CI's check
// of the files the build writes, compares each with the README.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** Markdown as Prettier lays it out in the README. */
export async function markdown(text) {
  return format(text, { ...(await resolveConfig(README)), parser: 'markdown' });
}

/** `readme` with each block (by name) between its markers; throws when a marker is missing. */
export function withBlocks(readme, blocks) {
  let updated = readme;
  for (const [name, block] of Object.entries(blocks)) {
    const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
    const from = updated.indexOf(start);
    const to = updated.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`README.md needs ${start} and ${end} around the block`);
    updated = `${updated.slice(0, from + start.length)}\n\n${block}\n${updated.slice(to)}`;
  }
  return updated;
}

/** Puts the blocks in README.md, and says whether that changed it. */
export async function rewriteReadme(blocks, source) {
  const readme = await readFile(README, 'utf8');
  const updated = withBlocks(readme, blocks);
  const names = Object.keys(blocks).join(', ');
  if (updated === readme) console.log(`README.md: ${names} up to date`);
  else {
    await writeFile(README, updated);
    console.log(`README.md: ${names} rewritten from ${source}`);
  }
}
