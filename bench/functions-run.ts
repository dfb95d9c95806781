/**
 * The work of `npm run bench:functions`: the whole-table formulas called through the function
 * runner (core/functions' evaluate, what both hosts call) on one sales grid, first call against
 * cached call, twenty formulas with the table cache against the same twenty each on a cold cache.
 */
import { performance } from 'node:perf_hooks';
import { evaluate, isFnError } from '../core/functions';
import { fingerprint } from '../core/functions/fingerprint';
import { clearTableCache, tableCacheStats } from '../core/functions/sales-table';
import type { Grid } from '../core/table/types';

/** One formula call: a registry name and its arguments as a host passes them. */
export type Call = [name: string, args: unknown[]];

/**
 * Twenty different formulas over one range, as a dashboard sheet would hold them.
 * @example twentyFormulas(grid).length // 20
 */
export function twentyFormulas(data: unknown): Call[] {
  return [
    ['REVENUE', [data, 2025]],
    ['REVENUE', [data, 2024]],
    ['YOY', [data, 2025]],
    ['ATTAINMENT_OF', [data, '5亿', 2025]],
    ...['Q1', 'Q2', 'Q3', 'Q4'].map((q): Call => ['REVENUE', [data, 2025, null, null, q]]),
    ...['华东', '华南', '华北', '西南'].map((r): Call => ['REVENUE', [data, 2025, 'region', r]]),
    ['YOY', [data, 2025, 'region', '华东']],
    ['YOY', [data, 2025, 'channel', '直销']],
    ['BREAKDOWN', [data, 'region', 2025]],
    ['BREAKDOWN', [data, 'product', 2025]],
    ['QUARTERS', [data, 2025]],
    ['CUSTOMERS', [data, 2025]],
    ['TOP_CUSTOMERS', [data, 10, 2025]],
    ['DATA_QUALITY', [data]],
  ];
}

function call([name, args]: Call): void {
  const r = evaluate(name, args);
  if (isFnError(r)) throw new Error(`${name}: ${r.message}`);
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export interface FunctionTimes {
  /** SALES.REVENUE(data, 2025) on an empty cache: trim, fingerprint, ingest, review year, figure. */
  firstCall: number;
  /** The same call again: trim, fingerprint, cache hit. */
  cachedCall: number;
  /** The fingerprint alone (every cell of the range). */
  fingerprint: number;
  /** Twenty different formulas from an empty cache, sharing it. */
  twentyCached: number;
  /** Ingests the twenty ran (1 when the cache works). */
  twentyIngests: number;
  /** The same twenty, each on an empty cache (what a runtime without the cache pays). */
  twentyUncached: number;
  /** A cached call through a whole-column reference (the grid padded with blank rows to 1,048,576). */
  wholeColumnCached: number;
}

/**
 * Runs every measurement once; `sheetRows` is the height of the whole-column reference.
 * @example runFunctions(makeGrid({ rows: 1000 })).twentyIngests // 1
 */
export function runFunctions(grid: Grid, sheetRows = 1_048_576): FunctionTimes {
  const revenue: Call = ['REVENUE', [grid, 2025]];
  clearTableCache();
  const firstCall = time(() => call(revenue));
  const cachedCall = time(() => call(revenue));
  const fp = time(() => fingerprint(grid, grid.length));
  const twenty = twentyFormulas(grid);
  clearTableCache();
  const twentyCached = time(() => twenty.forEach(call));
  const twentyIngests = tableCacheStats().ingests;
  const twentyUncached = time(() =>
    twenty.forEach((c) => {
      clearTableCache();
      call(c);
    }),
  );
  const blank = new Array<null>(grid[0].length).fill(null);
  const whole =
    grid.length >= sheetRows ? grid : [...grid, ...new Array<unknown[]>(sheetRows - grid.length).fill(blank)];
  clearTableCache();
  call(['REVENUE', [whole, 2025]]);
  const wholeColumnCached = time(() => call(['REVENUE', [whole, 2025]]));
  return {
    firstCall,
    cachedCall,
    fingerprint: fp,
    twentyCached,
    twentyIngests,
    twentyUncached,
    wholeColumnCached,
  };
}
