/**
 * CLI benchmark (not a test): the whole command (read → review → write) on a 200,000-row .xlsx and a
 * 1,000,000-row CSV, beside the previous CLI (the ExcelJS streaming reader, run through tsx as it
 * shipped) and, for the CSV, DuckDB computing the same year × quarter × region × product sums and
 * distinct customers from the same file. Each row is the median of `runs` runs, interleaved so
 * machine load falls on every contender alike; wall time and peak RSS come from GNU time.
 *
 * Run: npm run bench:cli [-- csvRows=1000000 xlsxRows=200000 runs=3 previous=<git rev>]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** The last commit whose CLI read .xlsx through ExcelJS's streaming reader and ran through tsx. */
const PREVIOUS_REV = 'efddbf5';

const REGIONS = ['华东', '华南', '华北', '西南', '华中', '西北'];
const PRODUCTS = ['智能终端', '工业传感器', '云服务', '软件许可', '运维服务', 'AI质检'];
const CHANNELS = ['直销', '经销', '电商'];
const HEADER = ['订单日期', '区域', '产品线', '客户名称', '销售员', '渠道', '销售额(元)', '成本(元)', '数量'];

/** Deterministic synthetic order rows over 2024–2025 (LCG, no allocation per call beyond the row). */
function* rows(n: number): Generator<(string | number)[]> {
  let s = 42;
  const r = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  for (let i = 0; i < n; i++) {
    const year = 2024 + (r() < 0.53 ? 1 : 0);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const amount = Math.round(2000 + r() * 60000) + 0.5;
    yield [
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      REGIONS[Math.floor(r() * REGIONS.length)],
      PRODUCTS[Math.floor(r() * PRODUCTS.length)],
      `客户${String(Math.floor(r() * 5000)).padStart(4, '0')}有限公司`,
      `销售${Math.floor(r() * 40)}`,
      CHANNELS[Math.floor(r() * 3)],
      amount,
      Math.round(amount * (0.5 + r() * 0.3)),
      1 + Math.floor(r() * 20),
    ];
  }
}

/**
 * Writes the benchmark CSV (UTF-8, no BOM).
 * @example await writeCsv('/tmp/orders.csv', 1000);
 */
export async function writeCsv(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string): Promise<void> =>
    new Promise((ok) => (out.write(s) ? ok() : out.once('drain', () => ok())));
  await write(`${HEADER.join(',')}\n`);
  let buf = '';
  for (const row of rows(n)) {
    buf += `${row.join(',')}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((ok) => out.end(ok));
}

/**
 * Writes the benchmark workbook (shared strings, dates as date-formatted serials), as Excel would.
 * @example await writeXlsx('/tmp/orders.xlsx', 1000);
 */
export async function writeXlsx(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('销售明细');
  ws.addRow(HEADER).commit();
  for (const row of rows(n)) {
    const [y, m, d] = String(row[0]).split('-').map(Number);
    const r = ws.addRow([new Date(Date.UTC(y, m - 1, d)), ...row.slice(1)]);
    r.getCell(1).numFmt = 'yyyy-mm-dd';
    r.commit();
  }
  ws.commit();
  await wb.commit();
}

export interface Measured {
  wallSeconds: number;
  /** User + system CPU time of the process and its threads. */
  cpuSeconds: number;
  peakRssMb: number;
  exitCode: number;
}

/**
 * Runs a command under GNU time; wall clock and maximum resident set size of the process.
 * @example measure('node', ['-e', '0']).wallSeconds
 */
export function measure(command: string, args: string[], cwd?: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, SALES_REVIEW_LANG: 'en' },
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0) process.stderr.write(`${command} ${args.join(' ')}\n${r.stderr}\n`);
  return {
    wallSeconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN,
    cpuSeconds: user && sys ? Number(user[1]) + Number(sys[1]) : NaN,
    peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    exitCode: r.status ?? -1,
  };
}

/** The previous CLI's sources from git, beside this checkout's node_modules; null when git cannot give them. */
function previousCli(root: string, dir: string, rev: string): string | null {
  const target = join(dir, 'previous');
  try {
    execFileSync('mkdir', ['-p', target]);
    const tar = execFileSync('git', [
      '-C',
      root,
      'archive',
      rev,
      'cli',
      'core',
      'package.json',
      'tsconfig.json',
      'tsconfig.base.json',
    ]);
    execFileSync('tar', ['-x', '-C', target], { input: tar });
    symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'));
    return join(target, 'cli', 'main.ts');
  } catch (e) {
    process.stderr.write(
      `previous CLI (${rev}) not available: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return null;
  }
}

/** DuckDB's part: the same grouped sums and distinct customers, read from the same CSV. */
function duckdbScript(csv: string): string {
  const src = `read_csv('${csv.replace(/'/g, "''")}', header = true)`;
  const sums = `SELECT year("订单日期") AS y, quarter("订单日期") AS q, "区域", "产品线", sum("销售额(元)") AS revenue, sum("成本(元)") AS cost, sum("数量") AS qty, count(DISTINCT "客户名称") AS customers FROM ${src} GROUP BY ALL`;
  const years = `SELECT year("订单日期") AS y, count(DISTINCT "客户名称") AS customers, sum("销售额(元)") AS revenue FROM ${src} GROUP BY ALL`;
  return `const { DuckDBInstance } = require(${JSON.stringify(require.resolve('@duckdb/node-api'))});
(async () => {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  const sums = await c.runAndReadAll(${JSON.stringify(sums)});
  const years = await c.runAndReadAll(${JSON.stringify(years)});
  process.stdout.write(sums.getRows().length + ' groups, ' + years.getRows().length + ' years\\n');
})().catch((e) => { process.stderr.write(String(e) + '\\n'); process.exitCode = 1; });
`;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function option(name: string, fallback: string): string {
  const a = process.argv.slice(2).find((x) => x.startsWith(`${name}=`));
  return a ? a.slice(name.length + 1) : fallback;
}

async function bench(): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time)');
  const root = join(__dirname, '..');
  const bundle = join(root, 'dist', 'cli', 'sales-review.cjs');
  if (!existsSync(bundle)) throw new Error('run "npm run build:cli" first (npm run bench:cli does)');
  const csvRows = Number(option('csvRows', '1000000'));
  const xlsxRows = Number(option('xlsxRows', '200000'));
  const runs = Math.max(3, Number(option('runs', '3')));
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const csv = join(dir, `orders-${csvRows}.csv`);
    const xlsx = join(dir, `orders-${xlsxRows}.xlsx`);
    await writeCsv(csv, csvRows);
    await writeXlsx(xlsx, xlsxRows);
    const previous = previousCli(root, dir, option('previous', PREVIOUS_REV));
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const duck = join(dir, 'duckdb.cjs');
    writeFileSync(duck, duckdbScript(csv));
    const review = (input: string, tag: string): string[] => [
      'review',
      input,
      '-o',
      join(dir, `${tag}-out.xlsx`),
      '-q',
    ];
    const rowsOf: [string, () => Measured][] = [
      [
        `xlsx ${xlsxRows.toLocaleString('en-US')} rows, new CLI`,
        () => measure('node', [bundle, ...review(xlsx, 'x-new')]),
      ],
      ...(previous
        ? ([
            [
              `xlsx ${xlsxRows.toLocaleString('en-US')} rows, previous CLI`,
              () => measure(tsx, [previous, ...review(xlsx, 'x-old')]),
            ],
          ] as [string, () => Measured][])
        : []),
      [
        `csv ${csvRows.toLocaleString('en-US')} rows, new CLI`,
        () => measure('node', [bundle, ...review(csv, 'c-new')]),
      ],
      ...(previous
        ? ([
            [
              `csv ${csvRows.toLocaleString('en-US')} rows, previous CLI`,
              () => measure(tsx, [previous, ...review(csv, 'c-old')]),
            ],
          ] as [string, () => Measured][])
        : []),
      [`csv ${csvRows.toLocaleString('en-US')} rows, DuckDB sums`, () => measure('node', [duck])],
    ];
    const results = new Map<string, Measured[]>(rowsOf.map(([name]) => [name, []]));
    for (let k = 0; k < runs; k++) for (const [name, run] of rowsOf) results.get(name)?.push(run());

    const out = (s: string): boolean => process.stdout.write(`${s}\n`);
    out(
      `inputs: ${(statSync(xlsx).size / 1e6).toFixed(1)} MB .xlsx, ${(statSync(csv).size / 1e6).toFixed(1)} MB CSV; medians of ${runs} interleaved runs`,
    );
    out(`${'work'.padEnd(38)} ${'wall s'.padStart(8)} ${'peak RSS MB'.padStart(12)}  runs (wall s)`);
    const med = new Map<string, { wall: number; rss: number }>();
    for (const [name, ms] of results) {
      const wall = median(ms.map((m) => m.wallSeconds));
      const rss = median(ms.map((m) => m.peakRssMb));
      med.set(name, { wall, rss });
      const failed = ms.some((m) => m.exitCode !== 0) ? '  (a run failed)' : '';
      out(
        `${name.padEnd(38)} ${wall.toFixed(2).padStart(8)} ${rss.toFixed(0).padStart(12)}  ${ms.map((m) => m.wallSeconds.toFixed(2)).join(', ')}${failed}`,
      );
    }
    const ratio = (a: string, b: string, label: string): void => {
      const x = [...med.keys()].find((k) => k.startsWith(a));
      const y = [...med.keys()].find((k) => k.startsWith(b));
      if (!x || !y) return;
      const p = med.get(x);
      const q = med.get(y);
      if (p && q)
        out(
          `${label.padEnd(38)} ${(p.wall / q.wall).toFixed(2).padStart(8)}× wall ${(p.rss / q.rss).toFixed(2).padStart(6)}× RSS`,
        );
    };
    ratio(
      `xlsx ${xlsxRows.toLocaleString('en-US')} rows, new`,
      `xlsx ${xlsxRows.toLocaleString('en-US')} rows, previous`,
      'xlsx: new / previous',
    );
    ratio(
      `csv ${csvRows.toLocaleString('en-US')} rows, new`,
      `csv ${csvRows.toLocaleString('en-US')} rows, previous`,
      'csv: new / previous',
    );
    ratio(
      `csv ${csvRows.toLocaleString('en-US')} rows, new`,
      `csv ${csvRows.toLocaleString('en-US')} rows, DuckDB`,
      'csv: new CLI / DuckDB',
    );
    out(
      `node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, load ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  bench().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
