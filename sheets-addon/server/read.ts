/**
 * Reading the user's sheets: list them, and read a used range in row blocks (one getValues per
 * block). Never writes.
 */
import type { GridRead, SheetInfo } from '../../core/host';
import type { CellValue } from '../../core/table';
import { a1Range } from '../../core/sheetdoc';
import { makeDateToSerial, plainGrid, type DateToSerial } from './cells';
import { OWNER_KEY, ownsSheet, type GasEnv } from './env';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cells per getValues call: large enough to amortise the call, small enough to bound memory. */
export const READ_BLOCK_CELLS = 200_000;

/**
 * Rows per block for a sheet this wide.
 * @example blockRows(10) // 20000
 */
export function blockRows(cols: number): number {
  return Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, cols)));
}

/**
 * Ids of the sheets Sales Review owns (one developer-metadata search for the whole workbook).
 * @example ownedSheetIds(ss) // Set { 1234567 }
 */
export function ownedSheetIds(ss: Spreadsheet): Set<number> {
  const ids = new Set<number>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(OWNER_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    if (ownsSheet(md.getValue(), id)) ids.add(id);
  }
  return ids;
}

/**
 * Every sheet with its used size, active, owned and hidden flags.
 * @example listSheets(ss)[0] // { name: 'Sales', rows: 1201, cols: 9, isActive: true, owned: false, hidden: false }
 */
export function listSheets(ss: Spreadsheet): SheetInfo[] {
  const owned = ownedSheetIds(ss);
  const activeId = ss.getActiveSheet().getSheetId();
  return ss.getSheets().map((s) => {
    const id = s.getSheetId();
    return {
      name: s.getName(),
      rows: s.getLastRow(),
      cols: s.getLastColumn(),
      isActive: id === activeId,
      owned: owned.has(id),
      // https://developers.google.com/apps-script/reference/spreadsheet/sheet#isSheetHidden()
      hidden: s.isSheetHidden(),
    };
  });
}

/**
 * The converter for Dates in this spreadsheet (its own time zone, not the script's).
 * @example spreadsheetDates(env, ss)(someDate) // 45721
 */
export function spreadsheetDates(env: GasEnv, ss: Spreadsheet): DateToSerial {
  return makeDateToSerial(env.utilities, ss.getSpreadsheetTimeZone());
}

/**
 * One block: rows [startRow, startRow + rowCount) (1-based), the first `cols` columns, as plain data.
 * @example readBlock(sheet, 1, 100, 9, toSerial).length // 100
 */
export function readBlock(
  sheet: Sheet,
  startRow: number,
  rowCount: number,
  cols: number,
  toSerial: DateToSerial,
): CellValue[][] {
  if (rowCount <= 0 || cols <= 0) return [];
  return plainGrid(sheet.getRange(startRow, 1, rowCount, cols).getValues(), toSerial);
}

/** Options of a whole-sheet read on the server. */
export interface ServerReadOptions {
  maxRows?: number;
  /** Called before each block; throw to stop (the time guard does). */
  beforeBlock?: (done: number, total: number) => void;
}

/**
 * Reads a sheet's used range in blocks. Returns null when the sheet does not exist.
 * @example readSheet(env, ss, 'Sales')?.address // 'A1:I1201'
 */
export function readSheet(
  env: GasEnv,
  ss: Spreadsheet,
  name: string,
  options: ServerReadOptions = {},
): GridRead | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const rows = options.maxRows === undefined ? lastRow : Math.min(lastRow, options.maxRows);
  const toSerial = spreadsheetDates(env, ss);
  const grid: CellValue[][] = [];
  const step = blockRows(cols);
  for (let start = 1; start <= rows; start += step) {
    options.beforeBlock?.(start - 1, rows);
    const n = Math.min(step, rows - start + 1);
    const block = readBlock(sheet, start, n, cols, toSerial);
    for (const row of block) grid.push(row);
  }
  const address = rows > 0 && cols > 0 ? a1Range(0, 0, rows - 1, cols - 1) : 'A1';
  return { sheet: name, address, grid };
}
