/**
 * `npm run bench:functions`: the whole-table formulas on a 100,000-row grid (bench/grid.ts: serial
 * dates, text and 万 amounts, refunds) under the function runner, median of several runs:
 * first call against cached call, and twenty formulas with the table cache against without it.
 * Options: --rows N (default 100000), --runs N (default 5).
 */
import { makeGrid } from './grid';
import { runFunctions, type FunctionTimes } from './functions-run';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString('en-US')} ms`;

function main(): void {
  const rows = arg('--rows', 100_000);
  const runs = Math.max(1, arg('--runs', 5));
  const grid = makeGrid({ rows });
  runFunctions(makeGrid({ rows: 20_000, seed: 7 })); // warm-up: optimized code on both sides
  const all: FunctionTimes[] = [];
  for (let r = 0; r < runs; r++) all.push(runFunctions(grid));
  const m = (k: keyof FunctionTimes) => median(all.map((t) => t[k]));
  console.log(`${rows.toLocaleString('en-US')} rows × ${grid[0].length} columns, median of ${runs} run(s)`);
  console.log(
    `first call   SALES.REVENUE(data, 2025)   ${ms(m('firstCall'))}  (fingerprint, ingest, review year)`,
  );
  console.log(
    `cached call  SALES.REVENUE(data, 2025)   ${ms(m('cachedCall'))}  (fingerprint ${ms(m('fingerprint'))})`,
  );
  console.log(`first / cached                          ${(m('firstCall') / m('cachedCall')).toFixed(0)}x`);
  console.log(`whole column A:J (1,048,576 rows), cached ${ms(m('wholeColumnCached'))}`);
  console.log(
    `20 formulas: ${ms(m('twentyCached'))} with the cache (${m('twentyIngests')} ingest), ` +
      `${ms(m('twentyUncached'))} without (20 ingests): ${(m('twentyUncached') / m('twentyCached')).toFixed(1)}x`,
  );
}

main();
