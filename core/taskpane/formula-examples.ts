/**
 * Two whole-table formulas a user can paste after a review, written for the host they run in
 * (Excel: SALES.REVENUE; Google Sheets: SALES_REVENUE) over the sheet just reviewed, whole columns,
 * so a row added later is counted when the sheet recalculates.
 */
import { colLetter } from '../sheetdoc';
import type { Host } from '../host';

/** What the examples are written from: the host, the data sheet, its width, the year, a dimension. */
export interface ExampleInput {
  host: Host['kind'];
  sheet: string;
  /** Columns of the data (the header row's width). */
  columns: number;
  /**
   * 0-based column where the sheet's used range starts (Excel reports a used range from C3 when A:B
   * are empty; the formulas must cover the data's columns, not A:I). Default 0.
   */
  firstColumn?: number;
  year: number;
  /** A dimension the review broke down by (region, product …), or null for none. */
  dimension: string | null;
}

/**
 * A sheet reference as a formula writes it: always quoted, an apostrophe doubled.
 * @example sheetRef("Tom's sales") // "'Tom''s sales'"
 */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The two formulas: the year's revenue, and the breakdown by a dimension (the quarters without one).
 * @example formulaExamples({ host: 'excel', sheet: '销售明细', columns: 9, year: 2025, dimension: 'region' })
 * // ["=SALES.REVENUE('销售明细'!A:I, 2025)", "=SALES.BREAKDOWN('销售明细'!A:I, \"region\", 2025)"]
 * @example formulaExamples({ host: 'sheets', sheet: 'Data', columns: 3, firstColumn: 2, year: 2025, dimension: null })[0]
 * // "=SALES_REVENUE('Data'!C:E, 2025)"
 */
export function formulaExamples(e: ExampleInput): [string, string] {
  const name = (fn: string) => (e.host === 'sheets' ? `SALES_${fn}` : `SALES.${fn}`);
  const from = Math.max(0, e.firstColumn ?? 0);
  const data = `${sheetRef(e.sheet)}!${colLetter(from)}:${colLetter(from + Math.max(1, e.columns) - 1)}`;
  const second =
    e.dimension === null
      ? `=${name('QUARTERS')}(${data}, ${e.year})`
      : `=${name('BREAKDOWN')}(${data}, "${e.dimension.replace(/"/g, '""')}", ${e.year})`;
  return [`=${name('REVENUE')}(${data}, ${e.year})`, second];
}
