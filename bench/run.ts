/**
 * `npm run bench`: 1,048,576-row grid → core (ingest + group-bys + lifecycle) vs Arquero 7 on the
 * same work, median of several runs, plus retained heap per row after the core run.
 * Options: --rows N (default 1048576), --runs N (default 3), --skip-arquero.
 * Heap figures need `--expose-gc`, which `npm run bench` passes.
 */
import { performance } from 'node:perf_hooks';
import { makeGrid } from './grid';
import { runCore } from './core-run';
import type { StageTimes } from './core-run';
import { runArquero } from './arquero-run';

const YEAR = 2025;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function medianTimes(all: StageTimes[]): StageTimes {
  const keys = Object.keys(all[0]) as (keyof StageTimes)[];
  return Object.fromEntries(keys.map((k) => [k, median(all.map((t) => t[k]))])) as unknown as StageTimes;
}

const gc = (globalThis as { gc?: () => void }).gc;
function memory(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function main(): Promise<void> {
  const rows = arg('--rows', 1_048_576);
  const runs = Math.max(1, arg('--runs', 3));
  const skipArquero = process.argv.includes('--skip-arquero');
  const aq = skipArquero ? null : await import('arquero');

  const g0 = performance.now();
  const grid = makeGrid({ rows });
  console.log(`grid: ${fmt(rows)} rows × 10 columns generated in ${fmt(performance.now() - g0)} ms (seeded)`);

  // Warm-up on a small grid so both sides are measured with optimized code.
  const warm = makeGrid({ rows: 50_000, seed: 7 });
  runCore(warm, YEAR);
  if (aq) runArquero(aq, warm, YEAR);

  // Heap retained by the core's table and results, per grid row.
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  const before = memory();
  const u0 = process.cpuUsage();
  let core = runCore(grid, YEAR);
  const firstCpu = cpuMs(process.cpuUsage(u0));
  const after = memory();
  const heapPerRow = (after - before) / rows;

  // CPU time (all threads of the process) next to wall time: steadier on a shared machine.
  const coreTimes: StageTimes[] = [core.times];
  const aqTimes: StageTimes[] = [];
  const coreCpu: number[] = [firstCpu];
  const aqCpu: number[] = [];
  let aqOut: ReturnType<typeof runArquero> | null = null;
  // Each timed run starts from a collected heap, so neither side pays for the other's garbage
  // (with --expose-gc, as `npm run bench` runs; both sides are treated the same).
  for (let r = 0; r < runs; r++) {
    if (r > 0) {
      gc?.();
      const u = process.cpuUsage();
      core = runCore(grid, YEAR);
      coreCpu.push(cpuMs(process.cpuUsage(u)));
      coreTimes.push(core.times);
    }
    if (aq) {
      aqOut = null;
      gc?.();
      const u = process.cpuUsage();
      aqOut = runArquero(aq, grid, YEAR);
      aqCpu.push(cpuMs(process.cpuUsage(u)));
      aqTimes.push(aqOut.times);
    }
  }
  const c = medianTimes(coreTimes);
  const a = aq ? medianTimes(aqTimes) : null;

  const line = (label: string, k: keyof StageTimes) =>
    `${label.padEnd(34)}${fmt(c[k]).padStart(10)}${a ? fmt(a[k]).padStart(12) : ''}${a ? `${(a[k] / c[k]).toFixed(1)}x`.padStart(10) : ''}`;
  console.log(`\nmedian of ${runs} run(s), ms          core${a ? '     arquero     ratio' : ''}`);
  console.log(line('ingest / parse + table', 'ingest'));
  console.log(line('group fy × fq × region × product', 'byQuarterRegionProduct'));
  console.log(line(`group by customer (FY${YEAR})`, 'byCustomer'));
  console.log(line('customer lifecycle', 'lifecycle'));
  console.log(line('total', 'total'));
  console.log(`\nall core runs (total ms): ${coreTimes.map((t) => fmt(t.total)).join(', ')}`);
  if (a) console.log(`all arquero runs (total ms): ${aqTimes.map((t) => fmt(t.total)).join(', ')}`);
  if (coreCpu.length > 0) {
    const cc = median(coreCpu);
    const ac = aqCpu.length > 0 ? median(aqCpu) : null;
    console.log(
      `median CPU time per run: core ${fmt(cc)} ms${ac === null ? '' : `, arquero ${fmt(ac)} ms (${(ac / cc).toFixed(1)}x)`}`,
    );
  }

  const q = core.quarterRegionProduct;
  let total = 0;
  for (const v of q.sums.amount ?? []) total += v;
  const l = core.lifecycle;
  console.log(
    `\ncore: ${fmt(core.table.rowCount)} rows used, ${fmt(q.keys.length)} fy×quarter×region×product groups, ` +
      `${fmt(core.customer.keys.length)} customer groups; lifecycle ${YEAR}: active ${l.active}, new ${l.new}, ` +
      `returning ${l.returning}, won back ${l.wonBack}, lost ${l.lost}, repurchase ${((l.repurchaseRate ?? 0) * 100).toFixed(1)}%`,
  );
  if (aqOut) {
    const al = aqOut.lifecycle;
    const agree =
      aqOut.groups === q.keys.length &&
      aqOut.customers === core.customer.keys.length &&
      Math.abs(aqOut.amountTotal - total) <= 1e-6 * Math.abs(total) &&
      al.active === l.active &&
      al.new === l.new &&
      al.returning === l.returning &&
      al.wonBack === l.wonBack &&
      al.lost === l.lost;
    console.log(
      `check: core and arquero results ${agree ? 'agree' : 'DIFFER'} (groups, customers, amount total, lifecycle counts)`,
    );
  }
  console.log(
    gc
      ? `heap growth: ${heapPerRow.toFixed(1)} bytes/row retained by the table + results (heapUsed + arrayBuffers, after gc)`
      : 'heap growth: not measured (run with node --expose-gc, as npm run bench does)',
  );
  if (a) {
    console.log(
      `core vs arquero: ${(a.total / c.total).toFixed(1)}x faster (ingest+aggregate ${fmt(rows)} rows: ${fmt(c.total)} ms vs ${fmt(a.total)} ms)`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
