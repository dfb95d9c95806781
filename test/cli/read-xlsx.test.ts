import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openZip, writeZip } from '../../cli/zip';
import { OoxmlPackage } from '../../cli/xlsx-write/package';
import { readXlsxFile } from '../../cli/read-xlsx';
import { ingest } from '../../core/table';
import { writeBigWorkbook, type BigWorkbook } from './big-workbook';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('说明');
  a.addRow(['readme']);
  const ws = wb.addWorksheet('销售明细');
  ws.addRow(['2025 销售']);
  ws.mergeCells('A1:D1');
  ws.addRow(['日期', '客户', '销售额', '备注']);
  ws.addRow([
    new Date(Date.UTC(2025, 2, 5)),
    { richText: [{ text: '上海' }, { text: '恒达', font: { bold: true } }] },
    100,
    true,
  ]);
  ws.addRow([
    new Date(Date.UTC(2025, 2, 6)),
    { text: '链接客户', hyperlink: 'http://x' },
    { formula: 'C3*2', result: 200 },
    { error: '#N/A' },
  ]);
  ws.getRow(6).values = ['gap row after a missing row 5', null, '12.5万'];
  ws.getColumn(1).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(path);
}

describe('readXlsxFile', () => {
  const path = join(dir, 'in.xlsx');
  beforeAll(() => workbook(path));

  it('lists every sheet in tab order', async () => {
    const sheets = await readXlsxFile(path);
    expect(sheets.map((s) => s.name)).toEqual(['说明', '销售明细']);
  });

  it('gives dates as Date, formulas as cached results, rich text as plain text, errors as their code', async () => {
    const [, ws] = await readXlsxFile(path);
    expect(ws.grid[2][0]).toEqual(new Date(Date.UTC(2025, 2, 5)));
    expect(ws.grid[2][1]).toBe('上海恒达');
    expect(ws.grid[2][3]).toBe(true);
    expect(ws.grid[3][1]).toBe('链接客户');
    expect(ws.grid[3][2]).toBe(200);
    expect(ws.grid[3][3]).toBe('#N/A');
  });

  it('keeps merged ranges as stored: value top-left, the rest blank', async () => {
    const [, ws] = await readXlsxFile(path);
    expect(ws.grid[0][0]).toBe('2025 销售');
    expect(ws.grid[0].slice(1).every((v) => v === null)).toBe(true);
  });

  it('keeps rows aligned with sheet rows when a row is missing', async () => {
    const [, ws] = await readXlsxFile(path);
    expect(ws.grid[4]).toEqual([]);
    expect(ws.grid[5]).toEqual(['gap row after a missing row 5', null, '12.5万']);
  });

  it('names sheets whose relationships use absolute targets (other writers)', async () => {
    const pkg = OoxmlPackage.fromZip(openZip(readFileSync(path)));
    const rels = pkg.text('xl/_rels/workbook.xml.rels') ?? '';
    // Every target absolute (worksheets, styles, shared strings), as some writers store them.
    pkg.set('xl/_rels/workbook.xml.rels', rels.replace(/Target="(?!\/)/g, 'Target="/xl/'));
    const abs = join(dir, 'absolute.xlsx');
    await writeZip(abs, pkg.entries());
    const sheets = await readXlsxFile(abs);
    expect(sheets.map((s) => s.name)).toEqual(['说明', '销售明细']);
    expect(sheets[1].grid[1]).toEqual(['日期', '客户', '销售额', '备注']);
    expect(sheets[1].grid[2][0]).toEqual(new Date(Date.UTC(2025, 2, 5)));
  });

  it('fails on a file that is not a workbook', async () => {
    await expect(readXlsxFile(join(__dirname, 'read-xlsx.test.ts'))).rejects.toThrow();
  });
});

describe('readXlsxFile on a large Chinese workbook (text crossing every chunk boundary)', () => {
  const path = join(dir, 'big.xlsx');
  let written: BigWorkbook;
  let read: Awaited<ReturnType<typeof readXlsxFile>>;
  beforeAll(async () => {
    written = await writeBigWorkbook(path);
    read = await readXlsxFile(path);
  }, 120_000);

  it('covers what it claims: shared strings over 2 MB, a sheet part over 16 MB', () => {
    expect(written.sharedStringsBytes).toBeGreaterThan(2 * 1024 * 1024);
    expect(written.hugeSheetBytes).toBeGreaterThan(16 * 1024 * 1024);
  });

  it.each([
    ['销售明细', 'shared', 0],
    ['内联', 'inline', 1],
    ['大表', 'huge', 2],
  ] as const)('reads every string of %s exactly as written (%s strings)', (name, key, i) => {
    expect(read[i].name).toBe(name);
    const grid = read[i].grid;
    const garbled = grid.flat().filter((v) => typeof v === 'string' && v.includes('\ufffd'));
    expect(garbled).toEqual([]);
    expect(grid.length).toBe(written[key].length);
    const wrong = written[key].findIndex((row, r) => row.some((v, c) => grid[r][c] !== v));
    expect(wrong).toBe(-1);
  });

  it('skips no row of the sales sheet: every text date and text amount parses', () => {
    const r = ingest(read[0].grid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.quality.skipped).toEqual([]);
    expect(r.quality.rowsUsed).toBe(written.shared.length - 1);
  });
});
