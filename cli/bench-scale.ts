/**
 * Scale benchmark (not a test): 10,000,000 generated order rows in Parquet reviewed through DuckDB
 * (targets: under 10 s and 1 GB peak RSS on the 2-core machine), and a 1,000,000-row CSV through
 * DuckDB and through the in-core engine side by side, in the same run. The whole CLI command is
 * timed (read → review → workbook), under GNU time.
 *
 * Run: npm run bench:scale [-- parquetRows=10000000 csvRows=1000000]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { measure, writeCsv } from './bench-cli';

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
  ) TO '${path}' (FORMAT PARQUET)`);
  c.closeSync();
  db.closeSync();
}

async function run(): Promise<void> {
  const arg = (k: string, d: number): number => {
    const a = process.argv.find((x) => x.startsWith(`${k}=`));
    return a ? Number(a.slice(k.length + 1)) : d;
  };
  const parquetRows = arg('parquetRows', 10_000_000);
  const csvRows = arg('csvRows', 1_000_000);
  if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time)');
  const dir = mkdtempSync(join(tmpdir(), 'sr-bench-scale-'));
  const cli = join(__dirname, '..', 'bin', 'sales-review.js');
  try {
    const parquet = join(dir, 'orders.parquet');
    const csv = join(dir, 'orders.csv');
    await writeParquet(parquet, parquetRows);
    await writeCsv(csv, csvRows);
    const rows: [string, ReturnType<typeof measure>][] = [
      [
        `${parquetRows.toLocaleString('en-US')} rows Parquet, DuckDB`,
        measure('node', [cli, 'review', parquet, '-q', '-o', join(dir, 'p.xlsx')]),
      ],
      [
        `${csvRows.toLocaleString('en-US')} rows CSV, DuckDB`,
        measure('node', [cli, 'review', csv, '--engine', 'duckdb', '-q', '-o', join(dir, 'd.xlsx')]),
      ],
      [
        `${csvRows.toLocaleString('en-US')} rows CSV, in-core`,
        measure('node', [
          cli,
          'review',
          csv,
          '--engine',
          'core',
          '--no-data',
          '-q',
          '-o',
          join(dir, 'c.xlsx'),
        ]),
      ],
    ];
    process.stdout.write('case                                   wall (s)   peak RSS (MB)   exit\n');
    for (const [name, m] of rows)
      process.stdout.write(
        `${name.padEnd(38)} ${m.wallSeconds.toFixed(2).padStart(8)}   ${m.peakRssMb.toFixed(0).padStart(13)}   ${m.exitCode}\n`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
