/**
 * Issue 14, split workbooks through the CLI end to end: each fixture of test/fixtures/wide written
 * as an .xlsx, reviewed by `sales-review review`, its sheets combined by default and named on
 * stderr, --sheet a,b / all / one sheet choosing, and the figures worked out by hand in the fixture.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { WIDE_FIXTURES } from '../fixtures/wide';
import type { WideFixture } from '../fixtures/wide/fixture';
import type { ReviewModel } from '../../core/review/model';

const dir = mkdtempSync(join(tmpdir(), 'cli-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (part: string): WideFixture => WIDE_FIXTURES.find((f) => f.name.includes(part))!;

async function writeWorkbook(f: { sheets: WideFixture['sheets'] }, file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of f.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.grid) ws.addRow(row.map((v) => v ?? null));
  }
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

async function review(
  input: string,
  extra: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string; model: ReviewModel | null; out: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void): NodeJS.WriteStream =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        f(chunk.toString());
        cb();
      },
    }) as unknown as NodeJS.WriteStream;
  const name = `${input.replace(/^.*[\\/]/, '')}-${extra.join('_').replace(/[^\w]/g, '')}`;
  const json = join(dir, `${name}.json`);
  const out = join(dir, `${name}-review.xlsx`);
  const code = await main(['review', input, '-o', out, '--json', json, ...extra], {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: { LANG: 'C.UTF-8' },
  });
  const model = code === 0 ? (JSON.parse(readFileSync(json, 'utf8')) as ReviewModel) : null;
  return { code, stdout, stderr, model, out };
}

describe('sales-review review of one sheet with a hidden copy', () => {
  it('names the hidden copy on stderr and in the JSON, and reads it with --sheet all', async () => {
    const sheet1 = fixture('Sheet1/Sheet2').sheets.find((s) => s.name === 'Sheet1')!;
    const wb = new ExcelJS.Workbook();
    for (const [name, hidden] of [
      ['Sheet1', false],
      ['Sheet1 (old)', true],
    ] as const) {
      const ws = wb.addWorksheet(name, hidden ? { state: 'hidden' } : {});
      for (const row of sheet1.grid) ws.addRow(row.map((v) => v ?? null));
    }
    const path = join(dir, 'hidden-copy.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await review(path, ['--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'Read one sheet, "Sheet1"; a hidden sheet with the same columns was left out: "Sheet1 (old)". To include it, tick it on the Data step of the wizard, or name the sheets on the command line (--sheet "Sheet1,Sheet1 (old)") or use --sheet all.',
    );
    expect(r.model?.dataQuality.hiddenCopies).toEqual({ sheet: 'Sheet1', hidden: ['Sheet1 (old)'] });
    const all = await review(path, ['--lang', 'en', '--sheet', 'all']);
    expect(all.code).toBe(0);
    expect(all.model?.sheet).toBe('Sheet1 + Sheet1 (old)');
    expect(all.stderr).not.toContain('Read one sheet');
  });
});

describe('sales-review review on a split workbook', () => {
  let continuation: string;
  let months: string;
  let stores: string;
  beforeAll(async () => {
    continuation = await writeWorkbook(fixture('Sheet1/Sheet2'), 'continuation.xlsx');
    months = await writeWorkbook(fixture('month sheets'), 'months.xlsx');
    stores = await writeWorkbook(fixture('store sheets'), 'stores.xlsx');
  });

  it('combines Sheet1 and Sheet2 by default, names them and the summary left out on stderr', async () => {
    const r = await review(continuation, ['--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Read 2 sheets with the same header as one data set: Sheet1 (rows: 3), Sheet2 (rows: 2); choose others with --sheet or the ticks on the Data step.',
      'Left out "Sheet3": another header than the data set.',
    ]);
    expect(r.stdout).toContain('data from sheet "Sheet1 + Sheet2"');
    expect(r.model!.totals.revenue).toBe(6000);
    expect(r.model!.quarters.map((q) => q.revenue)).toEqual([3500, 1500, 0, 1000]);
  });

  it('says so in Chinese too', async () => {
    const r = await review(continuation, ['--lang', 'zh-CN']);
    expect(r.stderr.trim().split('\n')).toEqual([
      '已将表头相同的 2 个工作表作为一个数据集读取：Sheet1（3 行）、Sheet2（2 行）；如需调整，命令行用 --sheet，或在向导“数据”步骤中勾选。',
      '未读取“Sheet3”：表头与数据集不同。',
    ]);
  });

  it('--sheet with one name reads that sheet alone, as before', async () => {
    const r = await review(continuation, ['--lang', 'en', '--sheet', 'Sheet1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.model!.sheet).toBe('Sheet1');
    expect(r.model!.totals.revenue).toBe(3500);
  });

  it('--sheet a,b and --sheet all choose the sheets', async () => {
    const ab = await review(continuation, ['--lang', 'en', '--sheet', 'Sheet2,Sheet1', '-q']);
    expect(ab.model!.sheet).toBe('Sheet1 + Sheet2');
    expect(ab.model!.totals.revenue).toBe(6000);
    const all = await review(continuation, ['--lang', 'en', '--sheet', 'all', '-q']);
    expect(all.model!.totals.revenue).toBe(6000);
    expect(all.model!.dataQuality.split!.leftOut).toEqual([{ name: 'Sheet3', reason: 'header' }]);
  });

  it('refuses sheets of another header in one sentence naming the option', async () => {
    const r = await review(continuation, ['--lang', 'en', '--sheet', 'Sheet1,Sheet3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Sheet “Sheet3” has another header than “Sheet1” (no “订单日期”): choose sheets with the same columns with --sheet or the ticks on the Data step.\n',
    );
  });

  it('names a sheet of the list that is not there', async () => {
    const r = await review(continuation, ['--lang', 'en', '--sheet', 'Sheet1,Sheet9']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`No sheet named "Sheet9" in ${continuation}; sheets: Sheet1, Sheet2, Sheet3.\n`);
  });

  it('month sheets: each row takes its sheet’s month, and the reading notes say so', async () => {
    const r = await review(months, ['--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'The rows have no date: each row’s month is its sheet’s name (2025年1月 → 2025-01).',
    );
    expect(r.stderr).toContain('Left out "说明": another header than the data set.');
    expect(r.model!.totals.revenue).toBe(900);
    expect(r.model!.quarters.map((q) => q.revenue)).toEqual([900, 0, 0, 0]);
    expect(r.model!.months.slice(0, 3).map((m) => m.revenue)).toEqual([300, 200, 400]);
  });

  it('store sheets: each row takes its sheet’s store as the region', async () => {
    const r = await review(stores, ['--lang', 'en', '-q']);
    expect(r.code).toBe(0);
    const region = Object.fromEntries((r.model!.breakdowns.region ?? []).map((s) => [s.key, s.revenue]));
    expect(region).toEqual({ 北京店: 300, 上海店: 400, 广州店: 500 });
    expect(r.model!.totals.priorRevenue).toBe(80);
  });

  it('month sheets without a year: asks for --year, then takes it', async () => {
    const noYear = await writeWorkbook(
      {
        sheets: ['1月', '2月'].map((name, i) => ({
          name,
          grid: [
            ['客户', '金额'],
            ['A', 100 * (i + 1)],
          ],
        })),
      },
      'no-year.xlsx',
    );
    const asked = await review(noYear, ['--lang', 'en']);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toBe(
      'The sheets are named by month (1月, 2月) but no year is given anywhere: give it with --year (e.g. --year 2025) or the Review year control.\n',
    );
    const answered = await review(noYear, ['--lang', 'en', '--year', '2024']);
    expect(answered.code).toBe(0);
    expect(answered.stderr).toContain(
      'The sheet names give months without a year: the year 2024 you chose is used.',
    );
    expect(answered.model!.quarters[0].revenue).toBe(300);
  });

  it('the data-quality tab lists rows per sheet and the sheet left out', async () => {
    const r = await review(continuation, ['--lang', 'en', '-q']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.out);
    const tab = wb.worksheets.find((w) => w.name.includes('Data'))!;
    const rows: unknown[][] = [];
    tab.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const at = rows.findIndex((row) => row[0] === 'Sheets read');
    expect(at).toBeGreaterThan(0);
    const table = rows
      .slice(at)
      .filter((row) => ['Sheet1', 'Sheet2', 'Total', 'Sheet3'].includes(String(row[0])));
    expect(table.map((row) => row.slice(0, 3))).toEqual([
      ['Sheet1', 3, 3],
      ['Sheet2', 2, 2],
      ['Total', 5, 5],
      ['Sheet3', undefined, undefined],
    ]);
  });
});
