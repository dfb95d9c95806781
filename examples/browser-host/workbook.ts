/**
 * The demo's workbooks, loaded once on the server with the CLI's xlsx reader and turned into JSON
 * grids (dates as ISO "yyyy-mm-dd" strings, or full ISO when they carry a time).
 */
import { readXlsxFile } from '../../cli/read-xlsx';
import type { CellValue } from '../../core/table/types';
import type { JsonBook } from './browser-host';
import { fixture as shop } from '../../test/fixtures/sheets/shop-export';
import { NO_YEAR_SHEET } from '../../test/fixtures/wide/no-year';
import { fixture as currencies } from '../../test/fixtures/sheets/currency-rates';

/**
 * The sheet sets the server offers: the sample workbook, one without an amount column (error path),
 * one without a customer column but with a second date column (the columns step's warnings), and a
 * shop-platform export (several money columns, order statuses, refunds: how the sheet is read), a
 * wide sheet without a year, and orders in two currencies with no rate given (the rate control).
 */
export const SHEET_SETS = [
  'sample',
  'no-amount',
  'no-customer',
  'split',
  'shop',
  'wide',
  'currency',
] as const;
export type SheetSet = (typeof SHEET_SETS)[number];

/**
 * A cell as JSON: Dates become ISO text (the date part alone at UTC midnight), the rest as is.
 * @example jsonCell(new Date(Date.UTC(2025, 0, 5))) // '2025-01-05'
 */
export function jsonCell(v: CellValue): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const iso = v.toISOString();
    return v.getTime() % 86400000 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/**
 * Reads an .xlsx into a JsonBook.
 * @example const book = await loadBook('examples/sales-2025.xlsx');
 */
export async function loadBook(path: string, name: string): Promise<JsonBook> {
  const sheets = await readXlsxFile(path);
  return { name, sheets: sheets.map((s) => ({ name: s.name, grid: s.grid.map((r) => r.map(jsonCell)) })) };
}

/** 0-based header row of a derived sheet: the first row with at least three text cells. */
function headerRowOf(grid: JsonBook['sheets'][number]['grid']): number {
  return grid.findIndex((r) => r.filter((v) => typeof v === 'string' && v !== '').length >= 3);
}

const MONEY = /销售额|金额|收入|成本|毛利|revenue|amount|sales|cost|profit|price|单价/i;

/**
 * The sales sheet with its money columns removed, for the error path ("no amount column").
 * @example withoutAmounts(book).sheets[0].name // '订单明细(无金额)'
 */
export function withoutAmounts(book: JsonBook): JsonBook {
  const src = book.sheets[0];
  const headerRow = headerRowOf(src.grid);
  const header = src.grid[headerRow] ?? [];
  const keep = header
    .map((h, c) => c)
    .filter((c) => !(typeof header[c] === 'string' && MONEY.test(String(header[c]))));
  const grid = src.grid.map((r, i) => (i < headerRow ? r : keep.map((c) => r[c] ?? null)));
  return { name: `${book.name} (no amount)`, sheets: [{ name: '订单明细(无金额)', grid }] };
}

const CUSTOMER = /客户|客戶|customer|client/i;
const SHIP_DATE = '发货日期';

/** ISO date text two days after an ISO date text (or the value unchanged when it is not one). */
function twoDaysLater(v: CellValue): CellValue {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  const t = Date.parse(`${v.slice(0, 10)}T00:00:00Z`) + 2 * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The sales sheet without its customer column and with a ship date after the order date (the
 * columns step then warns about two date columns and switches the customer sections off); the
 * other sheets (targets) are kept.
 * @example withoutCustomers(book).sheets[0].grid[2].includes('发货日期') // true
 */
export function withoutCustomers(book: JsonBook): JsonBook {
  const [src, ...rest] = book.sheets;
  const headerRow = headerRowOf(src.grid);
  const header = src.grid[headerRow] ?? [];
  const date = header.findIndex((v) => typeof v === 'string' && /日期|date/i.test(v));
  const keep = header
    .map((h, c) => c)
    .filter((c) => !(typeof header[c] === 'string' && CUSTOMER.test(String(header[c]))));
  const grid = src.grid.map((r, i) => {
    if (i < headerRow) return r;
    const row: CellValue[] = keep.map((c) => r[c] ?? null);
    row.push(i === headerRow ? SHIP_DATE : twoDaysLater(r[date] ?? null));
    return row;
  });
  return { name: `${book.name} (no customer)`, sheets: [{ name: src.name, grid }, ...rest] };
}

/**
 * The sales sheet split as many teams keep it: the order list goes on in a second tab under the
 * same header, with a notes tab beside them (the Data step offers the two as one data set, ticked,
 * and names the notes tab left out); the other sheets (targets) are kept.
 * @example splitSales(book).sheets.map((s) => s.name) // ['销售明细', '销售明细(续)', '说明', '目标']
 */
export function splitSales(book: JsonBook): JsonBook {
  const [src, ...rest] = book.sheets;
  const headerRow = headerRowOf(src.grid);
  const half = headerRow + 1 + Math.floor((src.grid.length - headerRow - 1) / 2);
  return {
    name: `${book.name} (split)`,
    sheets: [
      { name: src.name, grid: src.grid.slice(0, half) },
      { name: `${src.name}(续)`, grid: [src.grid[headerRow], ...src.grid.slice(half)] },
      { name: '说明', grid: [['说明'], ['订单明细分两张表保存，金额单位：元。']] },
      ...rest,
    ],
  };
}

/**
 * A shop-platform order export (the messy-sheet corpus's fixture): paid, payable and total amounts,
 * a status with closed and refunded orders, a refund column, payment and receipt times.
 * @example shopExport().sheets[0].name // '订单报表'
 */
export function shopExport(): JsonBook {
  return {
    name: 'shop-export.xlsx',
    sheets: [{ name: '订单报表', grid: shop.grid.map((r) => r.map(jsonCell)) }],
  };
}

/**
 * A wide sheet (issue 14): customers down, Jan…Dec across, no year anywhere, so the wizard asks.
 * @example wideNoYear().sheets[0].name // 'Customers'
 */
export function wideNoYear(): JsonBook {
  return {
    name: 'customers-by-month.xlsx',
    sheets: [{ name: NO_YEAR_SHEET.name, grid: NO_YEAR_SHEET.grid.map((r) => r.map(jsonCell)) }],
  };
}

/**
 * Orders in 人民币 and USD (美元) with no exchange rate given: the wizard asks for the rate.
 * @example twoCurrencies().sheets[0].name // '订单'
 */
export function twoCurrencies(): JsonBook {
  return {
    name: 'two-currencies.xlsx',
    sheets: [{ name: '订单', grid: currencies.grid.map((r) => r.map(jsonCell)) }],
  };
}
