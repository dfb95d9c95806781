/**
 * The demo's workbooks, loaded once on the server with the CLI's xlsx reader and turned into JSON
 * grids (dates as ISO "yyyy-mm-dd" strings, or full ISO when they carry a time).
 */
import { readXlsxFile } from '../../cli/read-xlsx';
import type { CellValue } from '../../core/table/types';
import type { JsonBook } from './browser-host';

/** The sheet sets the server offers: the sample workbook, and one without an amount column. */
export const SHEET_SETS = ['sample', 'no-amount'] as const;
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

const MONEY = /销售额|金额|收入|成本|毛利|revenue|amount|sales|cost|profit|price|单价/i;

/**
 * The sales sheet with its money columns removed, for the error path ("no amount column").
 * @example withoutAmounts(book).sheets[0].name // '订单明细(无金额)'
 */
export function withoutAmounts(book: JsonBook): JsonBook {
  const src = book.sheets[0];
  const headerRow = src.grid.findIndex((r) => r.filter((v) => typeof v === 'string' && v !== '').length >= 3);
  const header = src.grid[headerRow] ?? [];
  const keep = header
    .map((h, c) => c)
    .filter((c) => !(typeof header[c] === 'string' && MONEY.test(String(header[c]))));
  const grid = src.grid.map((r, i) => (i < headerRow ? r : keep.map((c) => r[c] ?? null)));
  return { name: `${book.name} (no amount)`, sheets: [{ name: '订单明细(无金额)', grid }] };
}
