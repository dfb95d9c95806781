/** A sheet's header and data-row count, compared between sheets after normalisation. */
import { detectHeaderRow } from '../header';
import { cleanText, isBlank } from '../normalize';
import type { Grid } from '../types';
import type { SheetHead } from './types';

/**
 * The normalised form of one header cell: trimmed, single-spaced, half-width, lower case.
 * @example headerCellKey(' Ｏｒｄｅｒ  Date ') // 'order date'
 */
export function headerCellKey(cell: string): string {
  return cleanText(cell).toLowerCase();
}

function rowIsBlank(row: readonly unknown[] | undefined): boolean {
  return !row || row.every((v) => isBlank(v));
}

/**
 * The header of a sheet (detected as ingest detects it) and how many rows lie below it.
 * @example sheetHead('1月', [['客户', '金额'], ['A', 100]]).rows // 1
 */
export function sheetHead(name: string, grid: Grid): SheetHead {
  const headerRow = Array.isArray(grid) && grid.length > 0 ? detectHeaderRow(grid) : -1;
  if (headerRow < 0) return { name, headerRow, headers: [], key: '', rows: 0 };
  const cells = grid[headerRow] ?? [];
  const headers = cells.map((v) => (isBlank(v) ? '' : String(v)));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  let end = grid.length;
  while (end > headerRow + 1 && rowIsBlank(grid[end - 1])) end--;
  return {
    name,
    headerRow,
    headers,
    key: headers.map(headerCellKey).join('\u0001'),
    rows: end - headerRow - 1,
  };
}
