/**
 * The server side of the sidebar's Host: every function takes and returns plain data only (no
 * Dates: google.script.run turns a result containing one into null).
 */
import type { SheetInfo, WriteResult } from '../../core/host/port';
import type { SheetDoc } from '../../core/sheetdoc/types';
import type { CellValue } from '../../core/table/types';
import type { ApiName } from '../api-names';
import type { GasEnv } from './env';
import { listSheets, readBlock, spreadsheetDates } from './read';
import { writeSheetDoc } from './write';
import { loadRawSettings, saveSettings } from './settings';

/**
 * The sidebar API bound to an environment.
 * @example makeApi(gasEnv()).listSheets()
 */
export function makeApi(env: GasEnv) {
  const ss = () => env.app.getActiveSpreadsheet();
  const props = () => env.properties.getDocumentProperties();
  return {
    displayLanguage: (): string => env.session.getActiveUserLocale(),
    listSheets: (): SheetInfo[] => listSheets(ss()),
    /** Used size of a sheet, or null when it does not exist. */
    sheetSize: (name: string): { rows: number; cols: number } | null => {
      const sheet = ss().getSheetByName(name);
      return sheet ? { rows: sheet.getLastRow(), cols: sheet.getLastColumn() } : null;
    },
    /** Rows [startRow, startRow + rowCount) (1-based) of the first `cols` columns; null when the sheet is gone. */
    readBlock: (name: string, startRow: number, rowCount: number, cols: number): CellValue[][] | null => {
      const book = ss();
      const sheet = book.getSheetByName(name);
      return sheet ? readBlock(sheet, startRow, rowCount, cols, spreadsheetDates(env, book)) : null;
    },
    writeSheetDoc: (doc: SheetDoc): WriteResult => writeSheetDoc(env, ss(), doc),
    loadSettings: (): unknown => loadRawSettings(props()),
    saveSettings: (settings: unknown): void => {
      saveSettings(props(), settings);
    },
    activateSheet: (name: string): void => {
      const book = ss();
      const sheet = book.getSheetByName(name);
      if (sheet) book.setActiveSheet(sheet);
    },
  } satisfies Record<ApiName, (...args: never[]) => unknown>;
}

/** The sidebar API's type (the client bridge is typed by it). */
export type ServerApi = ReturnType<typeof makeApi>;

/**
 * Calls one API function by name (the top-level `salesReviewApi_*` wrappers land here).
 * @example callApi(gasEnv(), 'listSheets', [])
 */
export function callApi(env: GasEnv, name: string, args: unknown[]): unknown {
  const api = makeApi(env) as Record<string, (...a: unknown[]) => unknown>;
  if (!Object.prototype.hasOwnProperty.call(api, name)) throw new Error(`Unknown server function: ${name}`);
  return api[name](...args);
}
