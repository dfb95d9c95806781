/**
 * A review tab read as the user typed it (its notes, before a refresh replaces it): values with
 * the cells that show a date marked, and each formula's text. Plain data, so the same block
 * crosses google.script.run to the sidebar; `typedGridRead` turns it back into a GridRead whose
 * dates are Dates (the core writes them back as dates, not as serial numbers).
 */
import type { GridRead } from '../../core/host';
import { isDateFormat, serialAsDate, type CellValue } from '../../core/table';
import type { DateToSerial } from './cells';
import { isDate, plainCell } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet's used range from A1 as plain data. */
export interface TypedBlock {
  name: string;
  values: CellValue[][];
  /** The formula text ("=…") of each cell, "" for a constant (Range.getFormulas). */
  formulas: string[][];
  /** [row, col] (0-based) of the cells that show a date: getValues gave a Date, or a date format is set. */
  dates: [number, number][];
}

/**
 * Reads the used range with getValues, getFormulas and getNumberFormats (three calls: review tabs are small).
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
 * @example readTyped(sheet, toSerial).dates // [[7, 9]]
 */
export function readTyped(sheet: Sheet, toSerial: DateToSerial): TypedBlock {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const name = sheet.getName();
  if (rows <= 0 || cols <= 0) return { name, values: [], formulas: [], dates: [] };
  const range = sheet.getRange(1, 1, rows, cols);
  const raw = range.getValues() as unknown[][];
  const formats = range.getNumberFormats();
  const dates: [number, number][] = [];
  const values = raw.map((row, r) =>
    row.map((v, c) => {
      if (isDate(v) || (typeof v === 'number' && isDateFormat(formats[r]?.[c] ?? ''))) dates.push([r, c]);
      return plainCell(v, toSerial);
    }),
  );
  return { name, values, formulas: range.getFormulas(), dates };
}

/**
 * The block as a GridRead: date cells as Dates (their wall-clock day), formulas beside.
 * @example typedGridRead({ name: 'x', values: [[46477]], formulas: [['']], dates: [[0, 0]] }).grid[0][0] // Date 2027-03-31
 */
export function typedGridRead(b: TypedBlock): GridRead {
  const grid = b.values.map((row) => row.slice());
  for (const [r, c] of b.dates) {
    const v = grid[r]?.[c];
    if (typeof v === 'number') grid[r][c] = serialAsDate(v);
  }
  const cols = grid.reduce((n, row) => Math.max(n, row.length), 0);
  const address = grid.length > 0 && cols > 0 ? `A1:${colName(cols - 1)}${grid.length}` : 'A1';
  const formulas = b.formulas.map((row) => row.map((f) => (f.startsWith('=') ? f : null)));
  return { sheet: b.name, address, grid, formulas };
}

function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
