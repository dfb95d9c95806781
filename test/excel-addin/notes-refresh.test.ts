/**
 * Notes survive "Generate" again in Excel (issue 15): the user types into the findings tab and the
 * plan tab of the fake workbook, refreshes, and finds every note in place — matched by the ID
 * column, a typed date still a date, a formula still a formula, an edited weight kept; a finding
 * that no longer occurs keeps its notes in the closed block.
 */
import { ExcelHost } from '../../excel-addin/host';
import { oneClickReview } from '../../excel-addin/one-click';
import { FakeExcel, type FakeSheet } from './fake-excel';
import { officeFake } from './office-fake';

/** Two years of sales; 华南 falls by half in the second year unless `recovered`. */
function salesGrid(recovered: boolean): (string | number)[][] {
  const grid: (string | number)[][] = [['日期', '客户', '区域', '销售额']];
  const regions = ['华东', '华北', '华南', '西部'];
  for (let m = 0; m < 24; m++) {
    const serial = 45292 + Math.floor(m * 30.44) + 4; // 2024-01-05 onward
    for (let i = 0; i < 12; i++) {
      const region = regions[i % 4];
      const falls = region === '华南' && m >= 12 && !recovered;
      grid.push([serial, `客户${i}`, region, (1000 + ((m * 37 + i * 11) % 300)) * (falls ? 0.5 : 1.05)]);
    }
  }
  return grid;
}

/** The cell's row on a sheet whose value is `v`, in column `col`. */
function rowWhere(s: FakeSheet, col: number, v: string): number {
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number);
    if (c === col && cell.value === v) return r;
  }
  return -1;
}

/** The column of the header cell `label` in row `row`. */
function colWhere(s: FakeSheet, row: number, label: string): number {
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number);
    if (r === row && cell.value === label) return c;
  }
  return -1;
}

/** The ID column: where a finding key sits. */
function keyCol(s: FakeSheet, key: string): number {
  for (const [k, cell] of s.cells) if (cell.value === key) return Number(k.split(',')[1]);
  return -1;
}

/** What a user does in Excel: type a value (a typed date gets a date format, as Excel gives it). */
function type(s: FakeSheet, r: number, c: number, v: string | number, numberFormat?: string): void {
  const cell = s.cells.get(`${r},${c}`) ?? { value: '' };
  if (typeof v === 'string' && v.startsWith('=')) {
    cell.formula = v;
    cell.value = '';
  } else cell.value = v;
  if (numberFormat) cell.numberFormat = numberFormat;
  s.cells.set(`${r},${c}`, cell);
}

const KEY = 'DECLINING_SEGMENT / region / 华南';

describe('Excel: notes in the findings and plan tabs survive a refresh', () => {
  it('finds every note in place after Generate again, and keeps notes of a finding gone in the closed block', async () => {
    const xl = new FakeExcel(['销售数据']);
    xl.sheets[0].setGrid(salesGrid(false));
    const of = officeFake({ lang: 'zh-CN' });
    const host = new ExcelHost({ run: xl.run, office: of.office });
    expect((await oneClickReview(host, of.office)).ok).toBe(true);
    const findings = xl.sheets.find((s) => s.name === '复盘-问题与亮点')!;
    const plan = xl.sheets.find((s) => s.name === '复盘-下年度计划')!;
    const kc = keyCol(findings, KEY);
    expect(kc).toBeGreaterThan(0);
    const r = rowWhere(findings, kc, KEY);
    const header = rowWhere(findings, 0, '序号');
    const col = (label: string): number => colWhere(findings, header, label);
    type(findings, r, col('改进措施'), '重新签约华南三家经销商');
    type(findings, r, col('负责人'), '=销售数据!B2');
    type(findings, r, col('截止日期'), 46477, 'yyyy/m/d'); // 2027-03-31 typed as a date
    // The plan: a quarter weight edited, the action row filled.
    const pk = keyCol(plan, 'in:weight / Q1');
    const q1 = rowWhere(plan, pk, 'in:weight / Q1');
    type(plan, q1, 1, 0.4);
    const pr = rowWhere(plan, keyCol(plan, KEY), KEY);
    const actionsHeader = rowWhere(plan, 0, '对应问题');
    type(plan, pr, colWhere(plan, actionsHeader, '负责人'), '王强');
    // A date typed into a General column (the milestone): Excel gives the cell a date format.
    type(plan, pr, colWhere(plan, actionsHeader, '里程碑'), 46568, 'm/d/yyyy'); // 2027-06-30

    expect((await oneClickReview(host, of.office)).ok).toBe(true);
    const f2 = xl.sheets.find((s) => s.name === '复盘-问题与亮点')!;
    const r2 = rowWhere(f2, kc, KEY);
    expect(f2.cell(r2, col('改进措施'))?.value).toBe('重新签约华南三家经销商');
    expect(f2.cell(r2, col('负责人'))?.formula).toBe('=销售数据!B2');
    expect(f2.cell(r2, col('截止日期'))).toMatchObject({ value: 46477, numberFormat: 'yyyy-mm-dd' });
    const p2 = xl.sheets.find((s) => s.name === '复盘-下年度计划')!;
    expect(p2.cell(rowWhere(p2, pk, 'in:weight / Q1'), 1)?.value).toBe(0.4);
    const pr2 = rowWhere(p2, keyCol(p2, KEY), KEY);
    expect(p2.cell(pr2, colWhere(p2, actionsHeader, '负责人'))?.value).toBe('王强');
    // Still a date, not 46568 shown as a number.
    expect(p2.cell(pr2, colWhere(p2, actionsHeader, '里程碑'))).toMatchObject({
      value: 46568,
      numberFormat: 'yyyy-mm-dd',
    });

    // 华南 recovers: the finding is gone, its notes move to the closed block under the tab.
    xl.sheets[0].cells.clear();
    xl.sheets[0].setGrid(salesGrid(true));
    expect((await oneClickReview(host, of.office)).ok).toBe(true);
    const f3 = xl.sheets.find((s) => s.name === '复盘-问题与亮点')!;
    const closed = rowWhere(f3, 0, '已关闭：本次未再出现（保留您的备注）');
    expect(closed).toBeGreaterThan(0);
    const r3 = rowWhere(f3, kc, KEY);
    expect(r3).toBeGreaterThan(closed);
    expect(f3.cell(r3, col('改进措施'))?.value).toBe('重新签约华南三家经销商');
    expect(f3.cell(r3, col('截止日期'))?.value).toBe(46477);
  });
});
