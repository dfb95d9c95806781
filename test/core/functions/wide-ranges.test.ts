/**
 * The whole-table formulas over a range with periods across the columns read it as the review does
 * (core/review/sections.ts takes ingest's wide report): whole-year columns have no quarters or
 * months, and a wide sheet's cells are not orders. Figures worked out by hand in each test.
 */
import { evaluate } from '../../../core/functions';
import { clearTableCache } from '../../../core/functions/sales-table';
import { fixture as fy } from '../../fixtures/wide/year-columns-fy';

beforeEach(() => clearTableCache());

const yearColumns = fy.sheets[0].grid;

/** Customer × months across: Acme 100 a month in 2024 and 2025, Beta only 2025 (50 a month), Cato only 2024 (30 a month). */
function monthColumns(): (string | number | null)[][] {
  const head = [
    'Customer',
    ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
  ];
  const priorHead = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
  return [
    [...head, ...priorHead],
    ['Acme', ...Array<number>(12).fill(100), ...Array<number>(12).fill(100)],
    ['Beta', ...Array<number>(12).fill(50), ...Array<number | null>(12).fill(null)],
    ['Cato', ...Array<number | null>(12).fill(null), ...Array<number>(12).fill(30)],
  ];
}

describe('whole-year columns (FY2024 | FY2025) in a formula', () => {
  it('revenue and YoY are the years: 2,100 against 2,300 is −8.70%', () => {
    expect(evaluate('REVENUE', [yearColumns])).toBe(2100);
    expect(evaluate('REVENUE', [yearColumns, 2024])).toBe(2300);
    expect(evaluate('YOY', [yearColumns, 2025]) as number).toBeCloseTo(2100 / 2300 - 1, 12);
  });

  it('a quarter or month of a whole-year amount is not in the data: #N/A naming why, never the year in Q1', () => {
    expect(evaluate('REVENUE', [yearColumns, 2025, null, null, 'Q1'])).toEqual({
      error: '#N/A',
      message:
        'the range holds whole-year amounts (columns such as FY2024 | FY2025), so it has no quarters or months: leave the period blank, or use a sheet with months across or an order list.',
    });
    expect(evaluate('QUARTERS', [yearColumns, 2025], { lang: 'zh-CN' })).toEqual({
      error: '#N/A',
      message:
        '该区域是整年金额（如 FY2024 | FY2025 两列），没有季度或月份：请留空 period，或改用按月分列的表或订单明细。',
    });
  });

  it('customers gained and lost are the years compared: Initech new, Globex lost, Acme and Hooli returning', () => {
    const rows = evaluate('CUSTOMERS', [yearColumns, 2025]) as (string | number)[][];
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('New customers')).toBe(1);
    expect(value('Lost customers')).toBe(1);
    expect(value('Returning customers')).toBe(2);
  });
});

describe('months across the columns in a formula', () => {
  it('quarters are the month columns: 2025 Q1 = 3 × (100 + 50) = 450, prior Q1 = 3 × (100 + 30) = 390', () => {
    const rows = evaluate('QUARTERS', [monthColumns(), 2025]) as (string | number)[][];
    expect(rows[1].slice(0, 3)).toEqual(['Q1', 450, 390]);
    expect(rows[5].slice(0, 3)).toEqual(['Total', 1800, 1560]);
  });

  it('a month of sums is not an order: new, lost and repurchase are blank, not counts of cells', () => {
    const rows = evaluate('CUSTOMERS', [monthColumns(), 2025]) as (string | number)[][];
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Active customers')).toBe(2);
    expect(value('New customers')).toBe('');
    expect(value('Lost customers')).toBe('');
    expect(value('Repurchase rate')).toBe('');
  });
});
