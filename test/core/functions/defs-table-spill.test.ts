import { evaluate, type FnValue } from '../../../core/functions';
import { clearTableCache } from '../../../core/functions/sales-table';
import { fixture as messy } from '../../fixtures/sheets/naive-sumifs';
import { quarterVector, repurchaseVector, revenueVector } from './table-vectors';

beforeEach(() => clearTableCache());

const spill = (name: string, args: unknown[], lang: 'en' | 'zh-CN' | 'zh-TW' = 'en') =>
  evaluate(name, args, { lang }) as FnValue[][];

describe('SALES.QUARTERS', () => {
  it('spills the 3,800 / 4,200 / 4,500 / 5,500万 plan as actuals: QoQ, shares and the 18,000万 cumulative', () => {
    const out = spill('QUARTERS', [quarterVector(), 2025]);
    expect(out[0]).toEqual(['Quarter', 'Revenue', 'Prior year', 'YoY', 'QoQ', 'Share of year', 'Cumulative']);
    expect(out.map((r) => r[0])).toEqual(['Quarter', 'Q1', 'Q2', 'Q3', 'Q4', 'Total']);
    expect(out.slice(1, 5).map((r) => r[1])).toEqual([3.8e7, 4.2e7, 4.5e7, 5.5e7]);
    expect(out[1][4]).toBe('');
    expect(out[2][4]).toBeCloseTo(0.10526, 5);
    expect(out[4][4]).toBeCloseTo(0.22222, 5);
    expect(out[1][5]).toBeCloseTo(0.2111, 4);
    expect(out[4][6]).toBe(1.8e8);
    // no 2024 in the data: prior year and YoY are blank, not 0
    expect(out[1].slice(2, 4)).toEqual(['', '']);
    expect(out[5]).toEqual(['Total', 1.8e8, '', '', '', 1, 1.8e8]);
  });

  it('follows a fiscal year that starts in April (mapping "fiscal_start=4")', () => {
    const out = spill('QUARTERS', [quarterVector(), 2026, 'fiscal_start=4']);
    // FY2026 = April 2025 – March 2026: May → Q1, Aug → Q2, Nov → Q3; January 2025 is FY2025
    expect(out.slice(1, 5).map((r) => r[1])).toEqual([4.2e7, 4.5e7, 5.5e7, 0]);
  });

  it('has headers in the user language', () => {
    expect(spill('QUARTERS', [quarterVector()], 'zh-CN')[0][0]).toBe('季度');
    expect(spill('QUARTERS', [quarterVector()], 'zh-TW')[5][0]).toBe('合計');
  });
});

describe('SALES.BREAKDOWN', () => {
  it('spills segments largest first with shares that add up to 1, and a total row', () => {
    const out = spill('BREAKDOWN', [revenueVector(), 'region', 2025]);
    expect(out.map((r) => r[0])).toEqual(['Region', '华北', '华东', '华南', 'Total']);
    expect(out[1][1]).toBeCloseTo(16.2e8, 0);
    const shares = out.slice(1, -1).reduce((a, r) => a + (r[4] as number), 0);
    expect(shares).toBeCloseTo(1, 12);
    // 华北 is new this year: no prior-year growth rate
    expect(out[1][3]).toBe('');
  });

  it('folds the segments past max_rows into Others, as the review tab does', () => {
    const out = spill('BREAKDOWN', [revenueVector(), 'customer', 2025, 3]);
    expect(out.map((r) => r[0])).toEqual(['Customer', '甲集团', '乙集团', 'Others', 'Total']);
    expect(out[3][1]).toBeCloseTo(16.2e8, 0);
    expect(spill('BREAKDOWN', [revenueVector(), 'customer', 2025, 3], 'zh-CN')[3][0]).toBe('其他');
  });

  it('refuses max_rows outside 2–1000 and a dimension the data lacks', () => {
    expect(evaluate('BREAKDOWN', [revenueVector(), 'region', 2025, 1])).toEqual({
      error: '#VALUE!',
      message: 'max_rows must be a whole number from 2 to 1000.',
    });
    expect(evaluate('BREAKDOWN', [revenueVector(), '渠道'])).toMatchObject({
      error: '#VALUE!',
      message: expect.stringMatching(/^data has no "渠道" column \(dimensions: Customer, Region\)/),
    });
  });
});

describe('SALES.CUSTOMERS and SALES.TOP_CUSTOMERS', () => {
  it('spills a repurchase rate of 78%: 100 customers last year, 78 again, 22 new, 22 lost', () => {
    const out = spill('CUSTOMERS', [repurchaseVector(), 2025]);
    const value = (label: string) => out.find((r) => r[0] === label)?.[1];
    expect(out[0]).toEqual(['Metric', 'Value', 'Revenue / Change']);
    expect(value('Active customers')).toBe(100);
    expect(value('Returning customers')).toBe(78);
    expect(value('New customers')).toBe(22);
    expect(value('Lost customers')).toBe(22);
    expect(value('Repurchase rate')).toBeCloseTo(0.78, 12);
  });

  it('TOP100 22.4亿 of 38.6亿 is 58.0%: the top two here hold the same share', () => {
    const out = spill('TOP_CUSTOMERS', [revenueVector(), 2, 2025]);
    expect(out.map((r) => r[1])).toEqual(['Customer', '甲集团', '乙集团']);
    expect(out[2][4]).toBeCloseTo(0.5803, 4);
    expect(out[1][6]).toBeCloseTo(11.3 / 34.04 - 1, 9);
  });

  it('say which argument fixes a sheet without customers, and refuse n outside 1–1000', () => {
    const noCustomer = [
      ['日期', '销售额'],
      ['2025-01-01', 100],
    ];
    expect(evaluate('CUSTOMERS', [noCustomer])).toEqual({
      error: '#VALUE!',
      message: 'data has no customer column: name it in the mapping argument, e.g. "customer=Client".',
    });
    expect(evaluate('TOP_CUSTOMERS', [noCustomer, 5], { lang: 'zh-CN' })).toEqual({
      error: '#VALUE!',
      message: 'data 中没有客户列：请在 mapping 参数中指定，如“customer=客户名称”。',
    });
    expect(evaluate('TOP_CUSTOMERS', [revenueVector(), 0])).toMatchObject({ error: '#VALUE!' });
    expect(evaluate('TOP_CUSTOMERS', [revenueVector(), 2.5])).toMatchObject({ error: '#VALUE!' });
  });
});

describe('SALES.DATA_QUALITY', () => {
  it('explains the messy sheet: rows read, used and skipped, each reason with its rows and amount, the columns used', () => {
    expect(spill('DATA_QUALITY', [messy.grid])).toEqual([
      ['Item', 'Rows', 'Amount', 'Note'],
      ['Rows read', 10, 518000.5, ''],
      ['Rows used', 8, 518000.5, ''],
      ['Rows skipped', 2, 0, ''],
      ['Subtotal / total row (not counted twice)', 2, 803000.5, 'SUBTOTAL_ROW'],
      ['Refund / negative amount (kept)', 1, -20000, 'REFUND_ROW'],
      ['Column mapping used', '', '', ''],
      ['Date', '', '', '订单日期'],
      ['Amount', '', '', '销售额(元)'],
      ['Customer', '', '', '客户'],
      ['Region', '', '', '区域'],
    ]);
  });

  it('lists the main reason first: skipped before kept, then by rows, whatever order the rows came in', () => {
    const g = [
      ['日期', '客户', '销售额'],
      ['2025-01-01', '小计', 300],
      ['2025-01-02', '甲', 'n/a'],
      ['2025-01-03', '乙', 'x'],
      ['2025-01-04', '丙', -50],
      ['2025-01-05', '丁', 100],
      ['2025-01-05', '丁', 100],
      ['2025-01-06', '戊', 200],
      ['2025-01-06', '戊', 200],
    ];
    const codes = (spill('DATA_QUALITY', [g]) as unknown[][]).slice(4, 8).map((r) => [r[3], r[1]]);
    expect(codes).toEqual([
      ['BAD_AMOUNT', 2],
      ['SUBTOTAL_ROW', 1],
      ['DUPLICATE_ROW', 2],
      ['REFUND_ROW', 1],
    ]);
  });

  it('a sheet whose every row is skipped: each formula says why and which mapping option fixes it', () => {
    expect(
      evaluate('DATA_QUALITY', [
        [
          ['日期', '销售额'],
          ['2025-01-01', 'n/a'],
          ['', 5],
        ],
      ]),
    ).toEqual({
      error: '#VALUE!',
      message:
        'All 2 rows of data were skipped: the amount "n/a" in "销售额" is not a number. Name another Amount column in the mapping argument: "amount=…".',
    });
    const cancelled = [
      ['日期', '销售额', '订单状态'],
      ['2025-01-01', 5, '已取消'],
      ['2025-01-02', 6, '交易关闭'],
    ];
    expect(evaluate('REVENUE', [cancelled], { lang: 'zh-CN' })).toEqual({
      error: '#VALUE!',
      message:
        'data 的全部 2 行都被跳过：订单均为取消、关闭或退款状态（如“已取消”）。如仍要计入，请在 mapping 参数中加上“include_cancelled=yes”。',
    });
    expect(evaluate('REVENUE', [cancelled, null, null, null, null, 'include_cancelled=yes'])).toBe(11);
  });

  it('reads 05/02/2025 as the date_order option says', () => {
    const g = [
      ['Date', 'Amount'],
      ['05/02/2025', 5],
    ];
    expect(evaluate('REVENUE', [g, 2025, null, null, 'May', 'date_order=mdy'])).toBe(5);
    expect(evaluate('REVENUE', [g, 2025, null, null, 'Feb', 'date_order=dmy'])).toBe(5);
    expect(evaluate('REVENUE', [g, 2025, null, null, 'May', 'date_order=dmy'])).toBe(0);
  });
});
