// How a cost grows with its input, measured as a ratio within one run so that the machine's speed
// cancels out: doubling the input of a linear function about doubles its cost (a ratio near 2), a
// quadratic one quadruples it (near 4). No test states an absolute time.
import assert from 'node:assert/strict';
import { it } from 'node:test';

/** The time of one call of `run`, from repeating it for at least 10 ms. */
function timeOf(run: () => void): number {
  let calls = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    run();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < 10);
  return elapsed / calls;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * The cost of `run` on `make(2n)` divided by its cost on `make(n)`: the median of 9 ratios, each
 * of the two sizes timed one after the other so that both see the same load. A busy machine only
 * slows some trials, so the lowest of up to three medians is kept; a quadratic cost never gets
 * near 2.
 */
export function growth<T>(make: (size: number) => T, run: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(2 * n);
  run(small);
  run(large);
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best > LINEAR; attempt++) {
    const ratios: number[] = [];
    for (let trial = 0; trial < 9; trial++) {
      ratios.push(timeOf(() => run(large)) / timeOf(() => run(small)));
    }
    best = Math.min(best, median(ratios));
  }
  return best;
}

/** What a linear cost may reach when its input doubles: 2, with room for a noisy machine. */
export const LINEAR = 3;

/**
 * One test per input: doubling it from `n` characters (or items) at most about doubles the cost of
 * `run`. The ratio is printed as a diagnostic line of the test's output.
 */
export function itGrowsLinearly<T>(
  run: (input: T) => unknown,
  inputs: [string, (size: number) => T][],
  n: number,
) {
  for (const [what, make] of inputs) {
    it(`grows linearly with ${what}`, (t) => {
      const ratio = growth(make, run, n);
      t.diagnostic(`${what}: ${2 * n} / ${n} = ${ratio.toFixed(2)}`);
      assert.ok(ratio <= LINEAR, `doubling the input multiplied the cost by ${ratio.toFixed(2)}`);
    });
  }
}
