/**
 * Scale benchmark (not a test): 10,000,000 generated order rows in Parquet reviewed through DuckDB
 * (targets: under 10 s and 1 GB peak RSS on the 2-core machine), and a 1,000,000-row CSV through
 * DuckDB and through the in-core engine side by side, in the same run. The whole CLI command is
 * timed (start → read → review → workbook) under GNU time, which also gives the child's peak RSS
 * and CPU time; the load average is printed with each run, since the machine is shared.
 *
 * The input files are generated once (DuckDB writes the Parquet in a few seconds) into a cache
 * folder under the system's temporary folder and reused by later runs.
 *
 * Run: npm run bench:scale [-- parquetRows=10000000 csvRows=1000000 runs=1]
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { measure, writeCsv, type Measured } from './bench-cli';

/** Where the generated inputs are kept between runs. */
export const BENCH_CACHE = join(tmpdir(), 'sales-review-bench-scale');

/**
 * Writes `n` generated order rows as Parquet (DuckDB generates them: hashes of the row number).
 * @example await writeParquet('/tmp/orders.parquet', 1000);
 */
export async function writeParquet(path: string, n: number): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const pick = (list: string[], salt: number): string =>
    `[${list.map((v) => `'${v}'`).join(', ')}][1 + CAST(hash(i * ${salt}) % ${list.length} AS INTEGER)]`;
  await c.run(`COPY (
    SELECT
      DATE '2024-01-01' + CAST(hash(i) % 731 AS INTEGER) AS "订单日期",
      ${pick(['华东', '华南', '华北', '西南', '华中', '西北'], 3)} AS "区域",
      ${pick(['智能终端', '工业传感器', '云服务', '软件许可', '运维服务', 'AI质检'], 5)} AS "产品线",
      '客户' || lpad(CAST(hash(i * 7) % 5000 AS VARCHAR), 4, '0') || '有限公司' AS "客户名称",
      '销售' || CAST(hash(i * 11) % 40 AS VARCHAR) AS "销售员",
      ${pick(['直销', '经销', '电商'], 13)} AS "渠道",
      2000 + CAST(hash(i * 17) % 60000 AS DOUBLE) + 0.5 AS "销售额(元)",
      CAST(1000 + hash(i * 19) % 30000 AS DOUBLE) AS "成本(元)",
      CAST(1 + hash(i * 23) % 20 AS INTEGER) AS "数量"
    FROM range(${n}) AS t(i)
  ) TO '${path.replace(/'/g, "''")}' (FORMAT PARQUET)`);
  c.closeSync();
  db.closeSync();
}

/** A cached input: made by `make` under a temporary name and renamed, so a half-written file is never reused. */
async function cached(name: string, make: (path: string) => Promise<void>): Promise<string> {
  mkdirSync(BENCH_CACHE, { recursive: true });
  const path = join(BENCH_CACHE, name);
  if (existsSync(path) && statSync(path).size > 0) return path;
  const part = `${path}.part`;
  rmSync(part, { force: true });
  const t = performance.now();
  await make(part);
  renameSync(part, path);
  process.stdout.write(`generated ${path} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  return path;
}

async function run(): Promise<void> {
  const arg = (k: string, d: number): number => {
    const a = process.argv.find((x) => x.startsWith(`${k}=`));
    return a ? Number(a.slice(k.length + 1)) : d;
  };
  const parquetRows = arg('parquetRows', 10_000_000);
  const csvRows = arg('csvRows', 1_000_000);
  const runs = Math.max(1, arg('runs', 1));
  if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time)');
  const parquet = await cached(`orders-${parquetRows}.parquet`, (p) => writeParquet(p, parquetRows));
  const csv = await cached(`orders-${csvRows}.csv`, (p) => writeCsv(p, csvRows));
  const out = join(BENCH_CACHE, 'out');
  mkdirSync(out, { recursive: true });
  const cli = join(__dirname, '..', 'bin', 'sales-review.js');
  const rows = (n: number): string => n.toLocaleString('en-US');
  const cases: [string, string[]][] = [
    [`${rows(parquetRows)} rows Parquet, DuckDB`, ['review', parquet, '-q', '-o', join(out, 'p.xlsx')]],
    [
      `${rows(csvRows)} rows CSV, DuckDB`,
      ['review', csv, '--engine', 'duckdb', '-q', '-o', join(out, 'd.xlsx')],
    ],
    [
      `${rows(csvRows)} rows CSV, in-core`,
      ['review', csv, '--engine', 'core', '--no-data', '-q', '-o', join(out, 'c.xlsx')],
    ],
  ];
  process.stdout.write(
    `${'case'.padEnd(34)} ${'wall (s)'.padStart(8)} ${'CPU (s)'.padStart(8)} ${'peak RSS (MB)'.padStart(13)} ${'load'.padStart(5)}  exit\n`,
  );
  // interleaved runs, so the machine's load falls on every case alike
  for (let r = 0; r < runs; r++)
    for (const [name, args] of cases) {
      const load = loadavg()[0];
      const m: Measured = measure('node', [cli, ...args]);
      process.stdout.write(
        `${name.padEnd(34)} ${m.wallSeconds.toFixed(2).padStart(8)} ${m.cpuSeconds.toFixed(2).padStart(8)} ${m.peakRssMb.toFixed(0).padStart(13)} ${load.toFixed(1).padStart(5)}  ${m.exitCode}\n`,
      );
    }
  process.stdout.write(`(${cpus().length} cores; load: the 1-minute load average as the run started)\n`);
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
