/**
 * The server side of the sidebar's Host: every function takes and returns plain data only (no
 * Dates: google.script.run turns a result containing one into null).
 */
import type { SheetInfo, WriteResult } from '../../core/host';
import type { SheetDoc } from '../../core/sheetdoc';
import type { CellValue } from '../../core/table';
import type { ApiName } from '../api-names';
import type { GasEnv } from './env';
import { listSheets, readBlock, spreadsheetDates } from './read';
import { readTyped, type TypedBlock } from './read-typed';

/** A sheet's used size and its first rows. */
export interface SheetHead {
  name: string;
  rows: number;
  cols: number;
  values: CellValue[][];
}
import { writeSheetDoc } from './write';
import { deadline, tabGuard } from './guard';
import { loadRawSettings, saveSettings } from './settings';

/**
 * The sidebar API bound to an environment.
 * @example makeApi(gasEnv()).listSheets()
 */
export function makeApi(env: GasEnv) {
  const ss = () => env.app.getActiveSpreadsheet();
  const props = () => env.properties.getDocumentProperties();
  return {
    /** The user's Google locale as a BCP 47 tag ("zh_TW" → "zh-TW"). */
    displayLanguage: (): string => env.session.getActiveUserLocale().replace(/_/g, '-'),
    listSheets: (): SheetInfo[] => listSheets(ss()),
    /**
     * The sheet list plus the first `headRows` rows of up to `maxSheets` user sheets, in one call:
     * the wizard previews and scores every sheet on open, which would otherwise cost a round trip
     * per sheet.
     */
    listWithHeads: (headRows: number, maxSheets: number): { sheets: SheetInfo[]; heads: SheetHead[] } => {
      const book = ss();
      const sheets = listSheets(book);
      const toSerial = spreadsheetDates(env, book);
      const heads = sheets
        .filter((s) => !s.owned && s.rows > 0 && s.cols > 0)
        .slice(0, maxSheets)
        .map((s) => {
          const sheet = book.getSheetByName(s.name);
          const n = Math.min(s.rows, headRows);
          return {
            name: s.name,
            rows: s.rows,
            cols: s.cols,
            values: sheet ? readBlock(sheet, 1, n, s.cols, toSerial) : [],
          };
        });
      return { sheets, heads };
    },
    /**
     * Used size and the first block (at most `blockCells` cells, at most `maxRows` rows) of a sheet;
     * null when it does not exist.
     */
    readFirst: (name: string, maxRows: number | null, blockCells: number): SheetHead | null => {
      const book = ss();
      const sheet = book.getSheetByName(name);
      if (!sheet) return null;
      const rows = sheet.getLastRow();
      const cols = sheet.getLastColumn();
      const wanted = maxRows === null ? rows : Math.min(rows, maxRows);
      const n = Math.min(wanted, Math.max(1, Math.floor(blockCells / Math.max(1, cols))));
      return { name, rows, cols, values: readBlock(sheet, 1, n, cols, spreadsheetDates(env, book)) };
    },
    /** Rows [startRow, startRow + rowCount) (1-based) of the first `cols` columns; null when the sheet is gone. */
    readBlock: (name: string, startRow: number, rowCount: number, cols: number): CellValue[][] | null => {
      const book = ss();
      const sheet = book.getSheetByName(name);
      return sheet ? readBlock(sheet, startRow, rowCount, cols, spreadsheetDates(env, book)) : null;
    },
    /** A review tab as the user typed it (dates marked, formulas kept), before a refresh; null when it is gone. */
    readTyped: (name: string): TypedBlock | null => {
      const book = ss();
      const sheet = book.getSheetByName(name);
      return sheet ? readTyped(sheet, spreadsheetDates(env, book)) : null;
    },
    /**
     * Guarded like the one-click run: this call is its own execution, so if the tabs left would not
     * fit in what remains of Google's 6 minutes it stops between tabs and rolls back (OUT_OF_TIME)
     * instead of being killed with temporaries written.
     */
    writeSheetDoc: (doc: SheetDoc): WriteResult => {
      const clock = deadline(env.now(), env.now);
      return writeSheetDoc(env, ss(), doc, {
        onTab: tabGuard(clock),
      });
    },
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
