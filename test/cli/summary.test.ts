import { pct, shortAmount, summaryLines } from '../../cli/summary';
import { sampleModel } from '../core/sheetdoc/sample-model';

describe('shortAmount', () => {
  it('uses 亿/万 in Chinese and B/M/K in English', () => {
    expect(shortAmount(352_000_000, 'zh-CN')).toBe('3.52亿');
    expect(shortAmount(125_000, 'zh-CN')).toBe('12.5万');
    expect(shortAmount(352_000_000, 'zh-TW')).toBe('3.52億');
    expect(shortAmount(352_000_000, 'en')).toBe('352.00M');
    expect(shortAmount(1_360_000_000, 'en')).toBe('1.36B');
    expect(shortAmount(-1200, 'en')).toBe('-1.2K');
    expect(shortAmount(950, 'zh-CN')).toBe('950');
  });
});

describe('pct', () => {
  it('formats with one decimal and an explicit plus sign for gains when asked', () => {
    expect(pct(1.0425)).toBe('104.3%');
    expect(pct(0.152, true)).toBe('+15.2%');
    expect(pct(-0.031, true)).toBe('-3.1%');
  });
});

describe('summaryLines', () => {
  it('prints attainment with its denominator, YoY with the prior year, and the output path', () => {
    const m = sampleModel('zh-CN');
    const lines = summaryLines(m, 'out/x.xlsx', 'zh-CN', { sheet: '销售明细', targets: '目标' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('完成率：113.3%（实际 13.60亿 / 基础目标 12.00亿）；挑战目标 14.00亿 完成 97.1%');
    expect(lines[1]).toMatch(/^同比增长：[+-]\d+\.\d%/);
    expect(lines[2]).toBe('输出：out/x.xlsx（数据来自工作表「销售明细」，目标来自「目标」）');
  });

  it('says n/a when there is no target or no prior year', () => {
    const m = sampleModel('en');
    m.totals.target = null;
    m.totals.attainment = null;
    m.totals.priorRevenue = null;
    m.totals.yoy = null;
    const lines = summaryLines(m, 'o.xlsx', 'en', { sheet: 'Sales', targets: null });
    expect(lines[0]).toMatch(/^Attainment: n\/a/);
    expect(lines[1]).toBe(`YoY growth: n/a (no data for ${m.year - 1})`);
    expect(lines[2]).toBe('Output: o.xlsx (data from sheet "Sales")');
  });
});
