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
 */
export function formulaExamples(e: ExampleInput): [string, string] {
  const name = (fn: string) => (e.host === 'sheets' ? `SALES_${fn}` : `SALES.${fn}`);
  const data = `${sheetRef(e.sheet)}!A:${colLetter(Math.max(1, e.columns) - 1)}`;
  const second =
    e.dimension === null
      ? `=${name('QUARTERS')}(${data}, ${e.year})`
      : `=${name('BREAKDOWN')}(${data}, "${e.dimension.replace(/"/g, '""')}", ${e.year})`;
  return [`=${name('REVENUE')}(${data}, ${e.year})`, second];
}
