import {
  analyseGrid,
  pickSheet,
  stepContext,
  suggestTargetSheet,
  yearsOf,
} from '../../../core/taskpane/analysis';
import type { CellValue } from '../../../core/table/types';

const HEAD = ['订单日期', '区域', '客户', '销售额(万元)'];

/** Two calendar years, one order per month: 2024 at 1万 a month, 2025 at 2万. */
function sales(): CellValue[][] {
  const rows: CellValue[][] = [['2025 年销售明细'], HEAD];
  for (const year of [2024, 2025]) {
    for (let m = 1; m <= 12; m++) {
      rows.push([
        `${year}-${String(m).padStart(2, '0')}-15`,
        m % 2 ? '华东' : '华南',
        `客户${m}`,
        year === 2024 ? 1 : 2,
      ]);
    }
  }
  return rows;
}

describe('analyseGrid', () => {
  it('finds the header row, the mapping and the units', () => {
    const a = analyseGrid(sales(), {}, 'en');
    expect(a.ok).toBe(true);
    expect(a.headerRow).toBe(1);
    expect(a.mapping?.roles.amount?.header).toBe('销售额(万元)');
    expect(a.mapping?.roles.amount?.unit?.scale).toBe(1e4);
  });

  it('totals revenue by month in base units', () => {
    const a = analyseGrid(sales(), {}, 'en');
    expect(a.totals.months).toHaveLength(24);
    expect(a.totals.revenue.reduce((x, y) => x + y, 0)).toBe(12 * 1e4 + 12 * 2e4);
  });

  it('reads with the unit choices the review will use', () => {
    const a = analyseGrid(sales(), {}, 'en', { units: { amount: '元' } });
    expect(a.mapping?.roles.amount?.unit).toEqual({ scale: 1, currency: null, source: '元', origin: 'user' });
    expect(a.totals.revenue.reduce((x, y) => x + y, 0)).toBe(12 * 1 + 12 * 2);
  });

  it('applies user overrides the same way the review does', () => {
    const a = analyseGrid(sales(), { customer: null }, 'en');
    expect(a.mapping?.roles.customer).toBeUndefined();
    expect(a.warnings.map((w) => w.code)).toContain('WIZ_WARN_NO_CUSTOMER');
  });

  it('returns the ingest failure with the mapping found so far', () => {
    const grid = sales().map((r) => r.slice(0, 3));
    const a = analyseGrid(grid, {}, 'zh-CN');
    expect(a.ok).toBe(false);
    expect(a.error?.code).toBe('NO_AMOUNT_COLUMN');
    expect(a.error?.message).toContain('未找到金额列');
    expect(a.mapping?.roles.date?.header).toBe('订单日期');
    expect(stepContext(a).blocking?.code).toBe('NO_AMOUNT_COLUMN');
  });

  it('warns about a second date column', () => {
    const grid = sales().map((r, i) => (i === 0 ? r : [...r, i === 1 ? '发货日期' : '2025-02-01']));
    const a = analyseGrid(grid, {}, 'en');
    expect(a.warnings).toContainEqual({
      code: 'WIZ_WARN_TWO_DATES',
      params: { used: '订单日期', other: '发货日期' },
    });
  });

  it('does not mutate the grid', () => {
    const grid = sales();
    const copy = structuredClone(grid);
    analyseGrid(grid, { region: null }, 'en');
    expect(grid).toEqual(copy);
  });
});

describe('yearsOf', () => {
  it('groups months into calendar years with quarters', () => {
    const years = yearsOf(analyseGrid(sales(), {}, 'en').totals, 1);
    expect(years.map((y) => [y.year, y.months, y.revenue])).toEqual([
      [2024, 12, 12e4],
      [2025, 12, 24e4],
    ]);
    expect(years[1].quarters).toEqual([6e4, 6e4, 6e4, 6e4]);
  });

  it('names fiscal years by the year they end in', () => {
    const years = yearsOf(analyseGrid(sales(), {}, 'en').totals, 4);
    expect(years.map((y) => [y.year, y.months])).toEqual([
      [2024, 3],
      [2025, 12],
      [2026, 9],
    ]);
  });

  it('counts a whole year’s amount (FY2024 | FY2025 columns) as a whole year, with no season to learn', () => {
    const grid = [
      ['Customer', 'FY2024', 'FY2025'],
      ['Acme', 100, 120],
      ['Globex', 50, 80],
    ];
    const years = yearsOf(analyseGrid(grid, {}, 'en').totals, 1);
    expect(years.map((y) => [y.year, y.months, y.revenue, y.annual])).toEqual([
      [2024, 12, 150, true],
      [2025, 12, 200, true],
    ]);
  });
});

describe('choices', () => {
  it('lists dimension roles, then extra text columns, with their value counts', () => {
    const a = analyseGrid(sales(), {}, 'en');
    expect(a.dimensions.map((d) => [d.key, d.kind])).toEqual([
      ['customer', 'customer'],
      ['region', 'region'],
    ]);
    expect(a.dimensions.every((d) => d.values > 0)).toBe(true);
    expect(analyseGrid([['x']], {}, 'en').dimensions).toEqual([]);
  });

  it('suggests a target sheet by name, never the data sheet or an owned tab', () => {
    const sheets = [
      { name: '销售明细', owned: false },
      { name: 'Review - Plan', owned: true },
      { name: '2025目标', owned: false },
    ];
    expect(suggestTargetSheet(sheets, '销售明细')).toBe('2025目标');
    expect(suggestTargetSheet(sheets.slice(0, 2), '销售明细')).toBeNull();
  });

  it('picks the saved sheet, else a sales-like active sheet, else the best score', () => {
    const sheets = [
      { name: 'Notes', isActive: true, score: 0.1 },
      { name: 'Orders', isActive: false, score: 0.9 },
      { name: 'Old', isActive: false, score: 0.6 },
    ];
    expect(pickSheet(sheets, 'Old')).toBe('Old');
    expect(pickSheet(sheets, 'Gone')).toBe('Orders');
    expect(pickSheet([{ ...sheets[0], score: 0.8 }, sheets[1]], null)).toBe('Notes');
    expect(pickSheet([], null)).toBeNull();
  });
});
