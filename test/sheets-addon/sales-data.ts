/**
 * A sales sheet as Sheets holds it: a header row, Dates at midnight in the spreadsheet's zone
 * (Asia/Shanghai, UTC+8), text and numbers; two years so the review has a prior year.
 */
import type { Value } from './fake-sheet';

const CUSTOMERS = [
  '华东机电',
  '北方贸易',
  'Acme Ltd',
  '=HYPERLINK("http://evil.example","x")',
  '南方零售',
  '西部能源',
];
const REGIONS = ['华东', '华北', '华南', '西部'];
const PRODUCTS = ['A系列', 'B系列', 'C系列'];

/** Midnight of a calendar day in Shanghai, as the Date Sheets would hand over. */
export function shanghaiDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3_600_000);
}

/** `rowsPerYear` rows for 2024 and for 2025 (deterministic). */
export function salesGrid(rowsPerYear = 120): Value[][] {
  const grid: Value[][] = [['订单日期', '客户名称', '区域', '产品线', '销售额', '成本']];
  for (const year of [2024, 2025]) {
    for (let i = 0; i < rowsPerYear; i++) {
      const amount = 10_000 + ((i * 7919) % 50_000) + (year === 2025 ? 2_000 : 0);
      grid.push([
        shanghaiDate(year, 1 + (i % 12), 1 + (i % 28)),
        CUSTOMERS[i % CUSTOMERS.length],
        REGIONS[i % REGIONS.length],
        PRODUCTS[i % PRODUCTS.length],
        amount,
        Math.round(amount * 0.7),
      ]);
    }
  }
  return grid;
}
