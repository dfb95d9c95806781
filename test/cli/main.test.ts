import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { main } from '../../cli/main';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'cli-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small English sales sheet over two years. */
function smallCsv(): string {
  const lines = ['Date,Region,Product,Customer,Salesperson,Channel,Revenue,Cost,Quantity'];
  const regions = ['East', 'South', 'North'];
  const products = ['Widgets', 'Gadgets'];
  for (let y = 2024; y <= 2025; y++) {
    for (let m = 1; m <= 12; m++) {
      for (let k = 0; k < 6; k++) {
        const amount = 10000 + m * 500 + k * 1000 + (y - 2024) * 1500;
        lines.push(
          `${y}-${String(m).padStart(2, '0')}-${String(k + 3).padStart(2, '0')},${regions[k % 3]},${products[k % 2]},"Customer ${k + (y === 2025 && k === 5 ? 10 : 0)}",Rep ${k % 4},Direct,${amount},${Math.round(amount * 0.7)},${1 + k}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function run(
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [join(root, 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, LANG: 'C.UTF-8', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** In-process run with captured output (fast path for the many error cases). */
async function runIn(
  args: string[],
  env: NodeJS.ProcessEnv = { LANG: 'C.UTF-8' },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (f: (s: string) => void): NodeJS.WriteStream =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        f(chunk.toString());
        cb();
      },
    }) as unknown as NodeJS.WriteStream;
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env,
  });
  return { code, stdout, stderr };
}

const noStack = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text.trim().split('\n')).toHaveLength(1);
};

describe('sales-review review (spawned)', () => {
  const csv = join(dir, 'sales.csv');
  beforeAll(() => writeFileSync(csv, smallCsv()));

  it('reviews a CSV: three lines on stdout, the workbook and the JSON written', () => {
    const out = join(dir, 'out', 'review.xlsx');
    const json = join(dir, 'out', 'review.json');
    const r = run([
      'review',
      csv,
      '--lang',
      'en',
      '--target',
      '700000',
      '--stretch',
      '800000',
      '-o',
      out,
      '--json',
      json,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Attainment: \d+\.\d% of the base target/);
    expect(lines[1]).toMatch(/^YoY growth: \+\d+\.\d%/);
    expect(lines[2]).toBe(`Output: ${out} (data from sheet "sales")`);
    expect(existsSync(out)).toBe(true);
    const model = JSON.parse(readFileSync(json, 'utf8')) as {
      schemaVersion: number;
      totals: { revenue: number; target: number };
    };
    expect(model.schemaVersion).toBe(6);
    expect(model.totals.target).toBe(700000);
  });

  it('fails on a missing file with one sentence, exit code 1, no stack', () => {
    const r = run(['review', 'nope.xlsx', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('File not found: nope.xlsx.');
    noStack(r.stderr);
  });

  it('words a usage error in Chinese by default, exit code 2', () => {
    const r = run(['review', csv, '--growth', 'fast']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('选项 --growth 的值「fast」无效：请填写增长率，如 0.15 或 15%。');
    noStack(r.stderr);
  });
});

describe('main (in process)', () => {
  const csv = join(dir, 'sales2.csv');
  beforeAll(() => writeFileSync(csv, smallCsv()));

  it('prints the bilingual help', async () => {
    const r = await runIn(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage / 用法');
    expect(r.stdout).toContain('--quarter-weights');
  });

  it('reads a GBK CSV and writes the data as the first sheet with the review tabs after it', async () => {
    const gbk = join(dir, '销售.csv');
    writeFileSync(gbk, iconv.encode(smallCsv().replace('Date,Region', '日期,区域'), 'gbk'));
    const out = join(dir, 'gbk-review.xlsx');
    const r = await runIn(['review', gbk, '-o', out, '--lang', 'zh-CN', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].name).toBe('销售');
    expect(wb.worksheets[0].getCell('A1').value).toBe('日期');
    expect(wb.worksheets.length).toBeGreaterThan(3);
    expect(wb.worksheets.slice(1).every((w) => w.name.startsWith('复盘'))).toBe(true);
  });

  it('reviews an .xls into a new .xlsx: the sales sheet copied as values, the review tabs after it', async () => {
    const out = join(dir, 'legacy-review.xlsx');
    const r = await runIn([
      'review',
      join(__dirname, '..', 'fixtures', 'legacy', 'legacy.xls'),
      '-o',
      out,
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('data from sheet "销售明细"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].name).toBe('销售明细');
    expect(wb.worksheets[0].getCell('B3').value).toBe('上海恒达科技有限公司');
    expect(wb.worksheets.slice(1).length).toBeGreaterThan(2);
  });

  it('leaves the data sheet out with --no-data: the review tabs only', async () => {
    const csv = join(dir, 'nodata.csv');
    writeFileSync(csv, smallCsv());
    const out = join(dir, 'nodata-review.xlsx');
    const r = await runIn(['review', csv, '-o', out, '--lang', 'en', '--no-data']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThan(2);
    expect(wb.worksheets.every((w) => w.name !== 'nodata')).toBe(true);
  });

  it('picks the sales sheet of a workbook, names it, and uses a 目标 sheet for targets', async () => {
    const wbIn = new ExcelJS.Workbook();
    wbIn.addWorksheet('说明').addRow(['这是说明']);
    const ws = wbIn.addWorksheet('明细');
    for (const line of smallCsv().trim().split('\n'))
      ws.addRow(line.split(',').map((v) => (/^\d+$/.test(v) ? Number(v) : v.replace(/"/g, ''))));
    const t = wbIn.addWorksheet('目标');
    t.addRow(['季度', '目标(元)']);
    for (let q = 1; q <= 4; q++) t.addRow([`2025Q${q}`, 180000]);
    const input = join(dir, 'book.xlsx');
    await wbIn.xlsx.writeFile(input);
    const r = await runIn(['review', input, '--lang', 'en', '-o', join(dir, 'book-out.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')[2]).toBe(
      `Output: ${join(dir, 'book-out.xlsx')} (data from sheet "明细", targets from "目标")`,
    );
  });

  it.each([
    [['review', 'x.pdf'], 'en', 'File not found: x.pdf.', 1],
    [
      ['review', __filename.replace(/\.ts$/, '.pdf')],
      'en',
      `File not found: ${__filename.replace(/\.ts$/, '.pdf')}.`,
      1,
    ],
    [['review', 'a.csv', '--bogus'], 'en', 'Unknown option --bogus (see --help).', 2],
    [
      ['review', 'a.csv', '--target', 'abc'],
      'zh-TW',
      '選項 --target 的值「abc」無效：請填寫金額，如 120000000、1.2e8、12億 或 120000萬。',
      2,
    ],
  ])('%j in %s → one sentence', async (args, lang, message, code) => {
    const r = await runIn([...args, '--lang', lang]);
    expect(r.code).toBe(code);
    expect(r.stderr.trim()).toBe(message);
    noStack(r.stderr);
  });

  it('takes targets from another file with --targets file[:sheet]', async () => {
    const targets = join(dir, 'targets.csv');
    writeFileSync(targets, 'Quarter,Target\n2025Q1,170000\n2025Q2,170000\n2025Q3,170000\n2025Q4,170000\n');
    const json = join(dir, 'targets-review.json');
    const r = await runIn([
      'review',
      csv,
      '--targets',
      targets,
      '--lang',
      'en',
      '-o',
      join(dir, 'targets-review.xlsx'),
      '--json',
      json,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`targets from "${targets}:targets"`);
    const model = JSON.parse(readFileSync(json, 'utf8')) as { totals: { target: number } };
    expect(model.totals.target).toBe(680000);
  });

  it('rejects a file type it cannot read', async () => {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const r = await runIn(['review', pdf, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`Cannot read ${pdf}: give an .xlsx, .xlsm, .xls, .ods or .csv file.`);
  });

  it('names a missing sheet and lists the ones there are', async () => {
    const input = join(dir, 'two.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow([1]);
    wb.addWorksheet('B').addRow([2]);
    await wb.xlsx.writeFile(input);
    const r = await runIn(['review', input, '--sheet', 'C', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`No sheet named "C" in ${input}; sheets: A, B.`);
  });

  it('passes the core error through as one sentence for data it cannot review', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '\n\n');
    const r = await runIn(['review', empty, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  });

  it('reports a corrupt workbook without a stack', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a zip');
    const r = await runIn(['review', bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Could not read .*bad\.xlsx \(.+\); is it a valid, unencrypted workbook\?\n$/);
  });

  it('converts amounts in other currencies at --rate and names a missing rate', async () => {
    const fx = join(dir, 'fx.csv');
    writeFileSync(
      fx,
      'Date,Customer,Currency,Revenue\n2025-01-05,A,CNY,720\n2025-02-05,B,USD,100\n2025-03-05,C,USD,50\n',
    );
    const json = join(dir, 'fx.json');
    const ok = await runIn(['review', fx, '--lang', 'en', '--rate', 'usd=7.2', '-q', '--json', json]);
    expect(ok.code).toBe(0);
    const model = JSON.parse(readFileSync(json, 'utf8')) as {
      totals: { revenue: number };
      dataQuality: { conversions: { currency: string; rate: number; rows: number }[] };
    };
    expect(model.totals.revenue).toBeCloseTo(720 + 150 * 7.2, 6);
    expect(model.dataQuality.conversions).toEqual([
      expect.objectContaining({ currency: 'USD', rate: 7.2, rows: 2 }),
    ]);
    const missing = await runIn(['review', fx, '--lang', 'en', '-q']);
    expect(missing.code).toBe(1);
    noStack(missing.stderr);
    expect(missing.stderr).toContain('USD');
  });

  it('rejects a malformed --rate with the expected form', async () => {
    const r = await runIn(['review', 'x.csv', '--lang', 'en', '--rate', 'USD']);
    expect(r.code).toBe(2);
    noStack(r.stderr);
    expect(r.stderr).toContain('USD=7.2');
  });

  it('reads a unit-less Revenue column in thousands with --unit-of amount=K', async () => {
    const k = join(dir, 'thousands.csv');
    writeFileSync(k, 'Date,Customer,Revenue\n2025-01-05,A,12.5\n2025-02-05,B,30\n2025-03-05,C,7.5万\n');
    const plainJson = join(dir, 'thousands-plain.json');
    const kJson = join(dir, 'thousands-k.json');
    const plain = await runIn(['review', k, '--lang', 'en', '-q', '--json', plainJson]);
    const inK = await runIn(['review', k, '--lang', 'en', '-q', '--unit-of', 'amount=K', '--json', kJson]);
    expect([plain.code, inK.code]).toEqual([0, 0]);
    type Model = {
      totals: { revenue: number };
      mappingDetail: { roles: { amount: { unit: unknown } } };
    };
    const before = JSON.parse(readFileSync(plainJson, 'utf8')) as Model;
    const after = JSON.parse(readFileSync(kJson, 'utf8')) as Model;
    // 7.5万 carries its own unit: 75,000 either way; the plain numbers are read in K.
    expect(before.totals.revenue).toBeCloseTo(12.5 + 30 + 75000, 6);
    expect(after.totals.revenue).toBeCloseTo((12.5 + 30) * 1000 + 75000, 6);
    expect(after.mappingDetail.roles.amount.unit).toEqual({
      scale: 1000,
      currency: null,
      source: 'K',
      origin: 'user',
    });
  });

  it('rejects a bad --unit-of in the chosen language, naming the roles and units', async () => {
    const en = await runIn(['review', 'x.csv', '--lang', 'en', '--unit-of', 'amount=lakh']);
    expect(en.code).toBe(2);
    noStack(en.stderr);
    expect(en.stderr.trim()).toBe(
      'Option --unit-of cannot use "amount=lakh": use role=unit, e.g. amount=万 or amount=K; roles: amount, cost, grossProfit, target, stretchTarget; units: 元, 万, 亿, 千, K, M.',
    );
    const zh = await runIn(['review', 'x.csv', '--lang', 'zh-CN', '--unit-of', 'qty=万']);
    expect(zh.code).toBe(2);
    expect(zh.stderr.trim()).toBe(
      '选项 --unit-of 的值「qty=万」无效：格式为 角色=单位，如 amount=万 或 amount=K；角色：amount, cost, grossProfit, target, stretchTarget；单位：元、万、亿、千、K、M。',
    );
  });

  it('lists --unit-of in the help', async () => {
    const r = await runIn(['--help']);
    expect(r.stdout).toContain('--unit-of role=unit');
    expect(r.stdout).toContain('--unit-of amount=万');
  });
});
