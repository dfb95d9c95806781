/**
 * The Host port on the Apps Script server, for the one-click run (the sidebar has its own, over
 * google.script.run): every call is synchronous underneath, and guarded against the 6-minute limit
 * — a read the execution cannot finish is refused before any cell is read (TOO_LARGE, or
 * OUT_OF_TIME when only the time left is short), the clock is checked between read blocks and
 * before each tab is written, so a run never stops with tabs half written.
 */
import { HostError, type Host, type WriteResult } from '../../core/host';
import type { SheetDoc } from '../../core/sheetdoc';
import { formatCount, langFromLocale } from '../../core/i18n';
import type { GasEnv } from './env';
import {
  deadline,
  estimateReviewMs,
  EXECUTION_LIMIT_MS,
  fitsOneRun,
  OutOfTime,
  SAFETY_MARGIN_MS,
  tabGuard,
  WRITE_MS_PER_TAB,
  FULL_REVIEW_TABS,
  READ_MS_PER_CELL,
} from './guard';
import { listSheets, readSheet, spreadsheetDates } from './read';
import { readTyped, typedGridRead } from './read-typed';
import { loadRawSettings, saveSettings } from './settings';
import { writeSheetDoc } from './write';
import { sheetsText } from './messages';

/** Told before the first read starts (the menu shows it as a toast: a run can take minutes). */
export type OnStart = (message: string, seconds: number) => void;

const LIMIT_S = EXECUTION_LIMIT_MS / 1000;

/**
 * The server host of one execution that started at `startedAt`.
 * @example await oneClickReview(serverHost(gasEnv(), Date.now()), { runReview });
 */
export function serverHost(env: GasEnv, startedAt: number, onStart: OnStart = () => undefined): Host {
  const clock = deadline(startedAt, env.now);
  const ss = env.app.getActiveSpreadsheet();
  const props = () => env.properties.getDocumentProperties();
  const locale = env.session.getActiveUserLocale().replace(/_/g, '-');
  let started = false;
  return {
    kind: 'sheets',
    displayLanguage: () => locale,
    listSheets: async () => listSheets(ss),
    async readGrid(name, options = {}) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) throw new HostError('SHEET_NOT_FOUND', `Sheet "${name}" not found`, { sheet: name });
      const last = sheet.getLastRow();
      // A header read (another sheet of a split workbook) takes only its first rows.
      const rows = options.maxRows === undefined ? last : Math.min(last, options.maxRows);
      const cols = sheet.getLastColumn();
      // The sheets of one data set share the execution: the cells read before count too (as rows of this width).
      const prior = Math.ceil((options.priorCells ?? 0) / Math.max(1, cols));
      const estimate = estimateReviewMs(rows + prior, cols, FULL_REVIEW_TABS);
      if (!fitsOneRun(rows + prior, cols, clock.remaining() + prior * cols * READ_MS_PER_CELL)) {
        const params = {
          sheet: name,
          rows: rows + prior,
          cells: (rows + prior) * cols,
          seconds: Math.ceil(estimate / 1000),
          limit: LIMIT_S,
        };
        if (fitsOneRun(rows + prior, cols, EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS))
          throw new HostError('OUT_OF_TIME', 'Too little of the execution is left', params);
        throw new HostError('TOO_LARGE', `"${name}" has ${rows * cols} cells`, params);
      }
      if (!started) {
        started = true;
        const lang = langFromLocale(locale);
        onStart(
          sheetsText('reading', lang, { rows: formatCount(rows, lang), sheet: name }),
          Math.ceil(estimate / 1000),
        );
      }
      try {
        // A review tab's notes, read back before a refresh: dates as dates, formulas as typed.
        if (options.asTyped) return typedGridRead(readTyped(sheet, spreadsheetDates(env, ss)));
        const read = readSheet(env, ss, name, {
          maxRows: options.maxRows,
          beforeBlock: () => clock.ensure(FULL_REVIEW_TABS * WRITE_MS_PER_TAB),
        });
        if (!read) throw new HostError('SHEET_NOT_FOUND', `Sheet "${name}" not found`, { sheet: name });
        return read;
      } catch (e) {
        if (e instanceof OutOfTime)
          throw new HostError('OUT_OF_TIME', 'Stopped while reading', { limit: LIMIT_S });
        throw e;
      }
    },
    async writeSheetDoc(doc: SheetDoc): Promise<WriteResult> {
      try {
        clock.ensure(doc.tabs.length * WRITE_MS_PER_TAB);
      } catch {
        return {
          ok: false,
          code: 'OUT_OF_TIME',
          message: 'Too little time left to write',
          params: { limit: LIMIT_S },
        };
      }
      return writeSheetDoc(env, ss, doc, { onTab: tabGuard(clock) });
    },
    loadSettings: async () => loadRawSettings(props()),
    saveSettings: async (settings) => void saveSettings(props(), settings),
    async activateSheet(name) {
      const sheet = ss.getSheetByName(name);
      if (sheet) ss.setActiveSheet(sheet);
    },
  };
}
