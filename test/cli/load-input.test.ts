import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSheet, loadInput, pickSalesSheet, pickTargetSheet } from '../../cli/load-input';
import type { SheetGrid } from '../../cli/read-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sales: SheetGrid = {
  name: '明细',
  grid: [
    ['日期', '客户', '区域', '销售额'],
    ['2025-01-05', '甲', '华东', 100],
    ['2025-02-05', '乙', '华南', 200],
  ],
};
const notes: SheetGrid = { name: '说明', grid: [['本表为导出数据'], ['请勿修改']] };
const targets: SheetGrid = {
  name: '目标 2025',
  grid: [
    ['季度', '目标'],
    ['2025Q1', 100],
  ],
};

describe('pickSalesSheet', () => {
  it('picks the sheet that looks like sales data, wherever it is', () => {
    expect(pickSalesSheet([notes, sales, targets]).sheet.name).toBe('明细');
  });

  it('passes over a hidden sheet, however much it looks like sales data', () => {
    expect(
      pickSalesSheet([
        notes,
        { ...sales, name: '旧明细', hidden: true },
        { ...sales, grid: sales.grid.slice(0, 2) },
      ]).sheet.name,
    ).toBe('明细');
  });

  it('falls back to a hidden sheet when no visible sheet has data', () => {
    expect(
      pickSalesSheet([
        { name: '空', grid: [] },
        { ...sales, hidden: true },
      ]).sheet.name,
    ).toBe('明细');
  });

  it('names a close rival so the user can choose', () => {
    const copy = { ...sales, name: '明细 (旧)' };
    expect(pickSalesSheet([sales, copy]).rival?.name).toBe('明细 (旧)');
    expect(pickSalesSheet([notes, sales]).rival).toBeNull();
  });

  it('does not reorder the list it is given', () => {
    const list = [notes, sales];
    pickSalesSheet(list);
    expect(list.map((s) => s.name)).toEqual(['说明', '明细']);
  });
});

describe('findSheet / pickTargetSheet', () => {
  it('finds a sheet exactly, then case-insensitively', () => {
    expect(findSheet([{ name: 'Sales', grid: [] }], 'sales ')?.name).toBe('Sales');
    expect(findSheet([sales], '不存在')).toBeNull();
  });

  it('finds a targets sheet by name, never the sales sheet itself', () => {
    expect(pickTargetSheet([sales, notes, targets], '明细')?.name).toBe('目标 2025');
    expect(pickTargetSheet([{ name: 'Targets', grid: [] }], 'Targets')).toBeNull();
    expect(pickTargetSheet([sales, notes], '明细')).toBeNull();
  });
});

describe('loadInput', () => {
  it('reads a CSV as one sheet named after the file', async () => {
    const path = join(dir, 'q1 sales.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    const r = await loadInput(path);
    expect(r.ok && r.input.sheets.map((s) => s.name)).toEqual(['q1 sales']);
    expect(r.ok && r.input.encoding).toBe('utf-8');
  });

  it('says what is wrong: missing, a folder, an unknown type, a broken workbook', async () => {
    expect(await loadInput(join(dir, 'none.csv'))).toMatchObject({ ok: false, code: 'INPUT_NOT_FOUND' });
    expect(await loadInput(dir)).toMatchObject({ ok: false, code: 'INPUT_NOT_FOUND' });
    const doc = join(dir, 'x.docx');
    writeFileSync(doc, 'x');
    expect(await loadInput(doc)).toMatchObject({ ok: false, code: 'UNSUPPORTED_INPUT' });
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a zip');
    expect(await loadInput(bad)).toMatchObject({ ok: false, code: 'READ_FAILED' });
  });
});
