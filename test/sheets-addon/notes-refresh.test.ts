/**
 * Notes survive a refresh in Google Sheets (issue 15): the menu's run over the fake spreadsheet,
 * notes typed into the findings and plan tabs, run again — every note in place by the ID column, a
 * date typed as a date still a date, a formula still a formula, an edited weight kept; a finding
 * that no longer occurs keeps its notes in the closed block. Also the sidebar's path (readTyped
 * over google.script.run, plain data only).
 */
import { runOneClick } from '../../sheets-addon/server/generate';
import { makeApi } from '../../sheets-addon/server/api';
import { typedGridRead } from '../../sheets-addon/server/read-typed';
import { createFakeGas, type FakeGas } from './fake-spreadsheet-app';
import type { FakeSheet } from './fake-sheet';

/** Two years of sales; 华南 falls by half in the second year unless `recovered`. */
function salesGrid(recovered: boolean): (string | number)[][] {
  const grid: (string | number)[][] = [['日期', '客户', '区域', '销售额']];
  const regions = ['华东', '华北', '华南', '西部'];
  for (let m = 0; m < 24; m++) {
    const date = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-05`;
    for (let i = 0; i < 12; i++) {
      const region = regions[i % 4];
      const falls = region === '华南' && m >= 12 && !recovered;
      grid.push([date, `客户${i}`, region, (1000 + ((m * 37 + i * 11) % 300)) * (falls ? 0.5 : 1.05)]);
    }
  }
  return grid;
}

const KEY = 'DECLINING_SEGMENT / region / 华南';

/** 1-based [row, col] of the first cell whose value is `v` (the sheet read as a user sees it). */
function find(s: FakeSheet, v: string): [number, number] {
  const { row, col } = s.lastRowCol();
  const values = s.getRange(1, 1, row, col).getValues();
  for (let r = 0; r < values.length; r++) {
    const c = values[r].indexOf(v);
    if (c >= 0) return [r + 1, c + 1];
  }
  return [-1, -1];
}

const tab = (gas: FakeGas, name: string): FakeSheet => gas.ss.sheets.find((s) => s.name === name)!;

/** A date as Sheets holds one a user typed: its wall clock in the spreadsheet's zone (Asia/Shanghai). */
const shanghaiMidnight = (y: number, m: number, d: number): Date =>
  new Date(Date.UTC(y, m - 1, d) - 8 * 3_600_000);

describe('Sheets: notes in the findings and plan tabs survive a refresh', () => {
  it('finds every note in place after the menu runs again, and keeps notes of a finding gone in the closed block', async () => {
    const gas = createFakeGas({ firstSheet: '销售明细', locale: 'zh_CN' });
    gas.ss.sheets[0].seed(salesGrid(false));
    expect((await runOneClick(gas.env, gas.clock.now)).ok).toBe(true);
    const findings = tab(gas, '复盘-问题与亮点');
    const [r, kc] = find(findings, KEY);
    expect(r).toBeGreaterThan(0);
    const [header] = find(findings, '序号');
    const col = (label: string): number => {
      const values = findings.getRange(header, 1, 1, kc).getValues()[0];
      return values.indexOf(label) + 1;
    };
    findings.cell(r, col('改进措施')).value = '重新签约华南三家经销商';
    Object.assign(findings.cell(r, col('负责人')), { value: '', formula: '=销售明细!B2' });
    Object.assign(findings.cell(r, col('截止日期')), {
      value: shanghaiMidnight(2027, 3, 31),
      numberFormat: 'yyyy-mm-dd',
    });
    const plan = tab(gas, '复盘-下年度计划');
    const [q1, pk] = find(plan, 'in:weight / Q1');
    plan.cell(q1, 2).value = 0.4;
    const [pr] = find(plan, KEY);
    const [ah] = find(plan, '对应问题');
    const pcol = (label: string): number => plan.getRange(ah, 1, 1, pk).getValues()[0].indexOf(label) + 1;
    plan.cell(pr, pcol('负责人')).value = '王强';
    // A date typed into the General milestone column: Sheets stores a Date and gives it a date format.
    Object.assign(plan.cell(pr, pcol('里程碑')), {
      value: shanghaiMidnight(2027, 6, 30),
      numberFormat: 'M/d/yyyy',
    });

    expect((await runOneClick(gas.env, gas.clock.now)).ok).toBe(true);
    const f2 = tab(gas, '复盘-问题与亮点');
    const [r2, kc2] = find(f2, KEY);
    expect(kc2).toBe(kc);
    expect(f2.cell(r2, col('改进措施')).value).toBe('重新签约华南三家经销商');
    expect(f2.cell(r2, col('负责人')).formula).toBe('=销售明细!B2');
    expect(f2.cell(r2, col('截止日期'))).toMatchObject({ value: 46477, numberFormat: 'yyyy-mm-dd' });
    const p2 = tab(gas, '复盘-下年度计划');
    expect(p2.cell(find(p2, 'in:weight / Q1')[0], 2).value).toBe(0.4);
    const [pr2] = find(p2, KEY);
    expect(p2.cell(pr2, pcol('负责人')).value).toBe('王强');
    expect(p2.cell(pr2, pcol('里程碑'))).toMatchObject({ value: 46568, numberFormat: 'yyyy-mm-dd' });

    // 华南 recovers: the finding is gone, its notes move to the closed block under the tab.
    gas.ss.sheets[0].seed(salesGrid(true));
    expect((await runOneClick(gas.env, gas.clock.now)).ok).toBe(true);
    const f3 = tab(gas, '复盘-问题与亮点');
    const [closed] = find(f3, '已关闭：本次未再出现（保留您的备注）');
    expect(closed).toBeGreaterThan(0);
    const [r3] = find(f3, KEY);
    expect(r3).toBeGreaterThan(closed);
    expect(f3.cell(r3, col('改进措施')).value).toBe('重新签约华南三家经销商');
    expect(f3.cell(r3, col('截止日期')).value).toBe(46477);
  });

  it('hands the sidebar the same typed read as plain data (no Date crosses google.script.run)', async () => {
    const gas = createFakeGas({ firstSheet: '销售明细', locale: 'zh_CN' });
    gas.ss.sheets[0].seed(salesGrid(false));
    await runOneClick(gas.env, gas.clock.now);
    const findings = tab(gas, '复盘-问题与亮点');
    const [r, kc] = find(findings, KEY);
    Object.assign(findings.cell(r, kc - 2), {
      value: shanghaiMidnight(2027, 3, 31),
      numberFormat: 'yyyy-mm-dd',
    });
    const block = makeApi(gas.env).readTyped('复盘-问题与亮点');
    expect(block).not.toBeNull();
    expect(JSON.parse(JSON.stringify(block))).toEqual(block);
    const read = typedGridRead(block!);
    expect(read.grid[r - 1][kc - 3]).toEqual(new Date(Date.UTC(2027, 2, 31)));
    expect(makeApi(gas.env).readTyped('Gone')).toBeNull();
  });
});
