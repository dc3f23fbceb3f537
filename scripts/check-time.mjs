// `npm run bench:check`: how long the checker takes on the sample notice, with HIPAA and every
// state it knows, in this process (under tsx, from the sources). Prints the median and the
// slowest of RUNS runs after a warm-up, in milliseconds. Not a test: nothing here asserts a time.
import { readFileSync } from 'node:fs';
import { checkNotice, STATES } from '../src/model/check/index.ts';

const RUNS = Number(process.env.RUNS ?? 200);
const sample = JSON.parse(readFileSync(new URL('../demo/notice.json', import.meta.url), 'utf8'));
const options = { states: Object.keys(STATES), today: '2026-12-01' };

for (let i = 0; i < 20; i++) checkNotice(sample, options);
const times = [];
let findings = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  findings = checkNotice(sample, options).length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const ms = (value) => value.toFixed(2);
console.log(
  `checkNotice(demo/notice.json, HIPAA + ${options.states.join(', ')}): ${findings} findings (notes); ` +
    `median ${ms(times[times.length >> 1])} ms, slowest ${ms(times.at(-1))} ms over ${RUNS} runs`,
);
