/**
 * The one-click "Generate review": saved settings (or defaults) on the active sheet → core
 * runReview → atomic write → toast. Guarded against the 6-minute limit: it estimates the work
 * before reading and checks the clock before writing, so it never stops with tabs half written.
 */
import { lastRunOf, runReview } from '../../core/pipeline';
import { formatCount, type Lang } from '../../core/i18n';
import type { GasEnv } from './env';
import { ownedSheetIds, readSheet } from './read';
import { writeSheetDoc } from './write';
import { loadSettings, saveSettings } from './settings';
import {
  deadline,
  estimateReviewMs,
  EXECUTION_LIMIT_MS,
  fitsOneRun,
  OutOfTime,
  SAFETY_MARGIN_MS,
  tabGuard,
  WRITE_MS_PER_TAB,
} from './guard';
import { sheetsText, uiLang } from './messages';

/** What a run ended with: the text shown to the user and whether it is an error. */
export interface RunOutcome {
  ok: boolean;
  message: string;
  tabs: { key: string; name: string }[];
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The data sheet: the saved one, else the active one unless it is a review tab. */
function dataSheetName(ss: Spreadsheet, saved: string | null): string | null {
  if (saved) return saved;
  const active = ss.getActiveSheet();
  return ownedSheetIds(ss).has(active.getSheetId()) ? null : active.getName();
}

/**
 * Runs the review end to end on the server. The only UI is `onStart`, told what the run is about to
 * read (the menu shows it as a toast, since a run can take minutes); the caller shows the outcome.
 * @example runOneClick(env, Date.now()) // { ok: true, message: 'Review written: 8 tabs from “Sales”.', tabs }
 */
export function runOneClick(
  env: GasEnv,
  startedAt: number,
  onStart: (message: string, seconds: number) => void = () => undefined,
): RunOutcome {
  const clock = deadline(startedAt, env.now);
  const ss = env.app.getActiveSpreadsheet();
  const loaded = loadSettings(env.properties.getDocumentProperties());
  // First run (nothing saved): the review speaks the user's language, not the schema default.
  const lang: Lang =
    loaded.source === 'saved' ? loaded.settings.language : uiLang(null, env.session.getActiveUserLocale());
  const settings = { ...loaded.settings, language: lang };
  const fail = (message: string): RunOutcome => ({ ok: false, message, tabs: [] });
  // Settings that no longer validate (edited by hand, or saved by a newer version) are not
  // replaced behind the user's back: say so and change nothing; the wizard saves them again.
  if (loaded.source === 'invalid') return fail(sheetsText('BAD_SETTINGS', lang, { detail: loaded.problem }));
  const name = dataSheetName(ss, settings.sheet);
  if (name === null) return fail(sheetsText('NO_DATA_SHEET', lang));
  const sheet = ss.getSheetByName(name);
  if (!sheet) return fail(sheetsText('SHEET_NOT_FOUND', lang, { sheet: name }));
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const tabs = settings.sections.length;
  const estimate = estimateReviewMs(rows, cols, tabs);
  if (!fitsOneRun(rows, cols, clock.remaining(), tabs)) {
    if (fitsOneRun(rows, cols, EXECUTION_LIMIT_MS - SAFETY_MARGIN_MS, tabs))
      return fail(sheetsText('OUT_OF_TIME', lang, { limit: EXECUTION_LIMIT_MS / 1000 }));
    return fail(
      sheetsText('TOO_LARGE', lang, {
        sheet: name,
        rows,
        cells: rows * cols,
        seconds: Math.ceil(estimate / 1000),
        limit: EXECUTION_LIMIT_MS / 1000,
      }),
    );
  }
  onStart(
    sheetsText('reading', lang, { rows: formatCount(rows, lang), sheet: name }),
    Math.ceil(estimate / 1000),
  );
  try {
    const read = readSheet(env, ss, name, { beforeBlock: () => clock.ensure(tabs * WRITE_MS_PER_TAB) });
    if (!read) return fail(sheetsText('SHEET_NOT_FOUND', lang, { sheet: name }));
    let targetGrid = undefined;
    if (settings.targets.kind === 'sheet') {
      const target = readSheet(env, ss, settings.targets.sheet);
      if (!target) return fail(sheetsText('SHEET_NOT_FOUND', lang, { sheet: settings.targets.sheet }));
      targetGrid = target.grid;
    }
    const result = runReview(read.grid, settings, { sheet: name, targetGrid });
    if (!result.ok) return fail(result.message);
    clock.ensure(result.doc.tabs.length * WRITE_MS_PER_TAB);
    const written = writeSheetDoc(env, ss, result.doc, {
      onTab: tabGuard(clock),
    });
    if (!written.ok && written.code === 'TOO_LARGE')
      return fail(sheetsText('OUT_OF_TIME', lang, { limit: EXECUTION_LIMIT_MS / 1000 }));
    if (!written.ok && written.code === 'BUSY') return fail(sheetsText('BUSY', lang));
    if (!written.ok) return fail(sheetsText('WRITE_FAILED', lang, { detail: written.message }));
    // Remember the sheet and this run (the wizard shows it on reopening). The tabs are written:
    // a settings store that fails must not turn the run into a failure.
    const tabNames = written.tabs.map((x) => x.name);
    const lastRun = lastRunOf(result.model, tabNames, lang, env.now());
    try {
      saveSettings(env.properties.getDocumentProperties(), { ...settings, sheet: name, lastRun });
    } catch {
      // kept silent: the review itself is complete
    }
    return {
      ok: true,
      message: sheetsText('done', lang, { tabs: written.tabs.length, sheet: name }),
      tabs: written.tabs,
    };
  } catch (e) {
    if (e instanceof OutOfTime)
      return fail(sheetsText('OUT_OF_TIME', lang, { limit: EXECUTION_LIMIT_MS / 1000 }));
    throw e;
  }
}
