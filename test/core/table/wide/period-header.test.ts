/** Period titles of a wide sheet: months and quarters in the ways real sheets write them; totals and labels are not periods. */
import { isTotalHeader, periodHead, yearBlock, yearInText } from '../../../../core/table/wide/period-header';

const stated = (year: number) => ({ kind: 'stated', year });

it.each([
  ['1月', 'month', 1, null],
  ['12月份', 'month', 12, null],
  ['十二月', 'month', 12, null],
  ['一月', 'month', 1, null],
  ['Jan', 'month', 1, null],
  ['September', 'month', 9, null],
  ['Sept', 'month', 9, null],
  ['2025-01', 'month', 1, stated(2025)],
  ['2025/1', 'month', 1, stated(2025)],
  ['2025年3月', 'month', 3, stated(2025)],
  ['Jan-25', 'month', 1, stated(2025)],
  ['Mar 2024', 'month', 3, stated(2024)],
  ['Q1', 'quarter', 1, null],
  ['一季度', 'quarter', 1, null],
  ['第四季度', 'quarter', 4, null],
  ['2025Q1', 'quarter', 1, stated(2025)],
  ['2024-Q3', 'quarter', 3, stated(2024)],
  ['FY2025 Q2', 'quarter', 2, stated(2025)],
  ['Q4 2023', 'quarter', 4, stated(2023)],
  ['上年1月', 'month', 1, { kind: 'relative', offset: -1 }],
  ['本年12月', 'month', 12, { kind: 'relative', offset: 0 }],
])('%s is %s %i', (text, kind, index, year) => {
  expect(periodHead(text)).toEqual({ kind, index, year });
});

it.each(['客户', '合计', '1月合计', 'Q1 total', 'Mayor', '2025', '销售额', '13月', '', 'Total'])(
  '%s is not a period',
  (text) => expect(periodHead(text)).toBeNull(),
);

it('reads year blocks, totals and years in titles', () => {
  expect(yearBlock('FY2024')).toEqual(stated(2024));
  expect(yearBlock(2025)).toEqual(stated(2025));
  expect(yearBlock('上年')).toEqual({ kind: 'relative', offset: -1 });
  expect(yearBlock('本年')).toEqual({ kind: 'relative', offset: 0 });
  expect(yearBlock('华东')).toBeNull();
  for (const t of ['合计', '总额', '总量', '全年', 'Total', 'YTD', '2025年合计'])
    expect(isTotalHeader(t)).toBe(true);
  for (const t of ['客户', '1月', '排名']) expect(isTotalHeader(t)).toBe(false);
  expect(yearInText('华东区2023年销售员月度业绩')).toBe(2023);
  expect(yearInText('2024年')).toBe(2024);
  expect(yearInText('Sheet1')).toBeNull();
  expect(yearInText('电话 13920251234')).toBeNull();
  expect(yearInText('制表日期：2024-01-05')).toBeNull();
  expect(yearInText('制表日期：2024年1月5日')).toBeNull();
});
