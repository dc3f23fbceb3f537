// `npm run lint:package`'s type check: are-the-types-wrong on the packed package, for Node's ESM
// resolution and bundlers (the package is ESM only, so Node 10 and CommonJS resolution are not
// judged). Quiet when every entry point passes: its full table prints the resolutions it ignores
// with 💀 and ⚠️ marks, which read as faults in a passing run. On a fault, the full table.
import { spawnSync } from 'node:child_process';

const args = ['attw', '--pack', '.', '--profile', 'esm-only'];
const quiet = spawnSync('npx', [...args, '--quiet'], { stdio: 'inherit' });
if (quiet.status === 0) {
  console.log(
    'are-the-types-wrong: every entry point resolves, with types, in Node (ESM) and bundlers.',
  );
} else {
  spawnSync('npx', args, { stdio: 'inherit' });
  process.exitCode = quiet.status ?? 1;
}
