/**
 * CLI benchmark: the whole command (read → review → write) on a 1,000,000-row CSV and a
 * 200,000-row .xlsx, measured with /usr/bin/time -v (wall time and peak RSS of the process).
 *
 * Run: npx tsx cli/bench-cli.ts [csvRows=1000000] [xlsxRows=200000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

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

interface Measured {
  wallSeconds: number;
  peakRssMb: number;
  exitCode: number;
  stdout: string;
}

function measure(args: string[]): Measured {
  const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const r = spawnSync('/usr/bin/time', ['-v', tsx, join(__dirname, 'main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SALES_REVIEW_LANG: 'en' },
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const wallSeconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  if (r.status !== 0) process.stderr.write(r.stderr);
  return {
    wallSeconds,
    peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    exitCode: r.status ?? -1,
    stdout: r.stdout.trim(),
  };
}

async function bench(): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time)');
  const csvRows = Number(process.argv[2] ?? 1_000_000);
  const xlsxRows = Number(process.argv[3] ?? 200_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const csv = join(dir, `orders-${csvRows}.csv`);
    const xlsx = join(dir, `orders-${xlsxRows}.xlsx`);
    await writeCsv(csv, csvRows);
    await writeXlsx(xlsx, xlsxRows);
    const results: Record<string, Measured & { inputMb: number }> = {};
    for (const [name, file] of [
      [`csv ${csvRows.toLocaleString('en-US')} rows`, csv],
      [`xlsx ${xlsxRows.toLocaleString('en-US')} rows`, xlsx],
    ] as const) {
      const m = measure(['review', file, '-o', join(dir, `${name.split(' ')[0]}-out.xlsx`), '--quiet']);
      results[name] = { ...m, inputMb: statSync(file).size / 1e6 };
      process.stdout.write(
        `${name.padEnd(22)} input ${results[name].inputMb.toFixed(1).padStart(6)} MB  wall ${m.wallSeconds.toFixed(2).padStart(6)} s  peak RSS ${m.peakRssMb.toFixed(0).padStart(5)} MB  exit ${m.exitCode}\n`,
      );
    }
    process.stdout.write(
      `node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores\n`,
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
