/**
 * Wide layouts beyond the fixture set, figures worked by hand: 上年 | 本年 blocks under a title that
 * states the year, quarter subtotal columns among the months, 小计 rows per group, a rank column, and
 * order lists that must stay order lists.
 */
import { ingest, type CellValue } from '../../../../core/table';
import { detectWideLayout } from '../../../../core/table/wide/layout';
import { runReview } from '../../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../../core/settings';

const settings = ReviewSettingsSchema.parse({ language: 'zh-CN' });
const now = new Date('2026-01-15T00:00:00Z');
const review = (grid: CellValue[][], sheet = 'Sheet1') => runReview(grid, settings, { sheet, now });

it('上年 | 本年 blocks take the title’s year: 2024 is the prior year of 2025', () => {
  /*
   * 甲: 上年 1 + 2 + 3 = 6 (Q1); 本年 10 + 20 + 30 = 60 (Q1). 乙: 上年 4 (Jan); 本年 40 (Mar).
   * 2025 = 100 (Q1), 2024 = 10.
   */
  const grid: CellValue[][] = [
    ['2025年一季度客户销售对比'],
    ['', '上年', null, null, '本年', null, null],
    ['客户', '1月', '2月', '3月', '1月', '2月', '3月'],
    ['甲', 1, 2, 3, 10, 20, 30],
    ['乙', 4, null, null, null, null, 40],
  ];
  const r = review(grid);
  if (!r.ok) throw new Error(r.message);
  expect(r.model.year).toBe(2025);
  expect(r.model.totals.revenue).toBe(100);
  expect(r.model.totals.priorRevenue).toBe(10);
  expect(r.model.quarters.map((q) => q.revenue)).toEqual([100, 0, 0, 0]);
  expect(r.model.dataQuality.wide?.yearSource).toBe('title');
  expect(r.model.dataQuality.wide?.years).toEqual([2024, 2025]);
});

it('quarter subtotal columns among the months and 小计 rows are left out and reconciled', () => {
  /*
   * 华东: 上海 1 2 3 | Q1 6 ; 杭州 1 1 1 | Q1 3 ; 小计 2 3 4 | Q1 9 (agrees).
   * 华南: 广州 5 5 5 | Q1 15 ; 小计 5 5 6 | Q1 16 (March says 6, the parts 5; Q1 says 16, the parts 15).
   * Revenue 6 + 3 + 15 = 24.
   */
  const grid: CellValue[][] = [
    ['区域', '城市', '2025年1月', '2025年2月', '2025年3月', 'Q1'],
    ['华东', '上海', 1, 2, 3, 6],
    ['华东', '杭州', 1, 1, 1, 3],
    ['华东小计', null, 2, 3, 4, 9],
    ['华南', '广州', 5, 5, 5, 15],
    ['华南小计', null, 5, 5, 6, 16],
  ];
  const r = review(grid);
  if (!r.ok) throw new Error(r.message);
  const w = r.model.dataQuality.wide;
  expect(r.model.totals.revenue).toBe(24);
  expect(w?.totalRows).toBe(2);
  expect(w?.totalColumns).toEqual(['Q1']);
  expect(
    w?.mismatches.map(({ row, column, stated, computed }) => ({ row, column, stated, computed })),
  ).toEqual([
    { row: '华南小计', column: '2025年3月', stated: 6, computed: 5 },
    { row: '华南小计', column: 'Q1', stated: 16, computed: 15 },
  ]);
  expect(w?.mismatches.every((m) => m.sheetRow === 6)).toBe(true);
});

it('a rank column is left out and named; sheet rows in the report are the sheet’s', () => {
  const grid: CellValue[][] = [
    ['排名', '客户', '1月', '2月', '3月'],
    [1, '甲', 5, 'n/a', 5],
    [2, '乙', 1, 1, 1],
  ];
  const r = ingest(grid, { year: 2025 });
  if (!r.ok) throw new Error(r.message);
  expect(r.quality.wide?.ignoredColumns).toEqual(['排名']);
  expect(r.quality.skipped.map((s) => [s.row, s.code, s.raw])).toEqual([[2, 'BAD_AMOUNT', 'n/a']]);
  expect(r.quality.skipped[0].message).toContain('2');
  expect([...r.table.sourceRow].sort()).toEqual([2, 2, 3, 3, 3]);
});

it('order lists stay order lists', () => {
  expect(
    detectWideLayout([
      ['日期', '客户', '销售额'],
      ['2025-01-05', '甲', 100],
    ]),
  ).toBeNull();
  // a month column in an order list is a period column, not a layout
  expect(
    detectWideLayout([
      ['月份', '客户', '销售额'],
      ['1月', '甲', 100],
      ['2月', '乙', 50],
    ]),
  ).toBeNull();
  // months across with no number under them: a calendar, not a sales sheet
  expect(
    detectWideLayout([
      ['客户', '1月', '2月', '3月'],
      ['甲', '是', '否', '是'],
    ]),
  ).toBeNull();
});
