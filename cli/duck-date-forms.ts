/**
 * Whether the SQL can read a date column as ingest does: the SQL knows year-first dates
 * (2025-03-05, 2025/3/5, 2025年3月5日, with or without a time), yyyymmdd and spreadsheet serials.
 * Day- or month-first dates (05/03/2025), month names (Mar 5, 2025) and anything else are ingest's
 * alone (its per-column day order); a sample with one such cell sends the file to the core.
 */
import { parseDateText, type CellValue } from '../core/table';

const YEAR_FIRST = /^\d{4}\s*[-/.年]/;
const YYYYMMDD = /^\d{8}$/;
const SERIAL = /^\d+(\.\d+)?$/;

/**
 * True when every sample cell of the column that the core reads as a date is a form the SQL reads
 * (a repeated header row's cell, a subtotal label or other text the core reads as no date is a
 * skipped row in SQL as in the core).
 * @example sqlReadsDates([['2025-03-05'], ['05/03/2025']], 0) // false
 */
export function sqlReadsDates(rows: readonly (readonly CellValue[])[], column: number): boolean {
  for (const row of rows) {
    const v = row[column];
    if (v === null || v === undefined || v instanceof Date || typeof v === 'number') continue;
    const s = String(v).trim();
    // text the core reads as no date (a repeated header, 合计, n/a) is skipped in SQL as well
    if (s === '' || parseDateText(s) === null) continue;
    if (!YEAR_FIRST.test(s) && !YYYYMMDD.test(s) && !SERIAL.test(s)) return false;
  }
  return true;
}
