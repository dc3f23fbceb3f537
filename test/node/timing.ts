// How a cost grows with its input, measured as a ratio within one run so that the machine's speed
// cancels out: doubling the input of a linear function about doubles its cost (a ratio near 2), a
// quadratic one quadruples it (near 4). No test states an absolute time.

/** The median time of one call of `run`, over 7 trials that each repeat it for at least 20 ms. */
function cost(run: () => void): number {
  const trials: number[] = [];
  for (let trial = 0; trial < 7; trial++) {
    let calls = 0;
    let elapsed = 0;
    const start = performance.now();
    do {
      run();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < 20);
    trials.push(elapsed / calls);
  }
  trials.sort((a, b) => a - b);
  return trials[3];
}

/** The cost of `run` on `make(2n)` divided by its cost on `make(n)`. */
export function growth<T>(make: (size: number) => T, run: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(2 * n);
  run(small);
  run(large);
  return cost(() => run(large)) / cost(() => run(small));
}

/** What a linear cost may reach when its input doubles: 2, with room for a noisy machine. */
export const LINEAR = 3;
