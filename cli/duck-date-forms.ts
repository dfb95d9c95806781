/**
 * Whether the SQL can read a date column as ingest does: the SQL knows year-first dates
 * (2025-03-05, 2025/3/5, 2025年3月5日, with or without a time), yyyymmdd and spreadsheet serials.
 * Day- or month-first dates (05/03/2025), month names (Mar 5, 2025) and anything else are ingest's
 * alone (its per-column day order); a sample with one such cell sends the file to the core.
 */
import { headerKey, type CellValue } from '../core/table';

const YEAR_FIRST = /^\d{4}\s*[-/.年]/;
const YYYYMMDD = /^\d{8}$/;
const SERIAL = /^\d+(\.\d+)?$/;

/**
 * True when every non-blank sample cell of the column is a form the SQL reads (a repeated header
 * row's cell is no date: the row is skipped as a header, in SQL as in the core).
 * @example sqlReadsDates([['2025-03-05'], ['05/03/2025']], 0) // false
 */
export function sqlReadsDates(rows: readonly (readonly CellValue[])[], column: number, header = ''): boolean {
  const key = headerKey(header);
  for (const row of rows) {
    const v = row[column];
    if (v === null || v === undefined || v instanceof Date || typeof v === 'number') continue;
    const s = String(v).trim();
    if (s === '' || (key !== '' && headerKey(s) === key)) continue;
    if (!YEAR_FIRST.test(s) && !YYYYMMDD.test(s) && !SERIAL.test(s)) return false;
  }
  return true;
}
