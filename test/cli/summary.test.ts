import { summaryLines } from '../../cli/summary';
import { sampleModel } from '../core/sheetdoc/sample-model';

describe('summaryLines', () => {
  it('prints attainment with its denominator, YoY with the prior year, and the output path', () => {
    const m = sampleModel('zh-CN');
    const lines = summaryLines(m, 'out/x.xlsx', 'zh-CN', { sheet: '销售明细', targets: '目标' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('完成率：113.3%（实际 13.6亿元 / 基础目标 12亿元）；挑战目标 14亿元 完成 97.1%');
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

  it('gives the same months’ figures beside a partial year’s growth, not the whole year’s revenue', () => {
    // data through July: March–July 2025 (1,500) against March–July 2024 (2,000) is −25%, while the
    // year's revenue (2,400 with two days of August) beside −25% would not add up
    const m = sampleModel('en');
    m.totals = { ...m.totals, revenue: 2400, priorRevenue: 2000, yoy: -0.25 };
    m.fiscalStartMonth = 1;
    m.comparisonBasis = {
      basis: 'same-months',
      fromMonth: 3,
      toMonth: 7,
      revenue: 1500,
      priorRevenue: 2000,
      sameSpan: false,
    };
    expect(summaryLines(m, 'o.xlsx', 'en', { sheet: 'Sales', targets: null })[1]).toBe(
      `YoY growth: -25.0% (1,500 vs 2,000 in ${m.year - 1}, March–July of both years)`,
    );
    expect(summaryLines(m, 'o.xlsx', 'zh-CN', { sheet: 'Sales', targets: null })[1]).toBe(
      `同比增长：-25.0%（同口径3月–7月：实际 1,500元 / ${m.year - 1}年 2,000元）`,
    );
  });

  it('writes amounts as the narratives do, in the report currency', () => {
    const m = { ...sampleModel('en'), currency: 'USD' };
    const [first] = summaryLines(m, 'o.xlsx', 'en', { sheet: 'Sales', targets: null });
    expect(first).toBe(
      'Attainment: 113.3% of the base target (1.36B USD vs 1.2B USD); 97.1% of the stretch target 1.4B USD',
    );
  });
});
