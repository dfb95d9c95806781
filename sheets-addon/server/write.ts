/**
 * Writes a SheetDoc atomically. Every tab is rendered into a temporary sheet (already marked as
 * ours, so a run killed half-way is cleaned up by the next one); only when all are written are the
 * old owned tabs swapped out. On any failure the temporaries are deleted and the workbook is as it was.
 */
import type { WriteResult } from '../../core/host';
import type { SheetDoc } from '../../core/sheetdoc';
import { OWNER_KEY, ownerValue, type GasEnv } from './env';
import { ownedSheetIds } from './read';
import { renderTab } from './render-tab';
import { OutOfTime } from './guard';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Write options: called before each tab (progress; the time guard throws OutOfTime from it). */
export interface ServerWriteOptions {
  onTab?: (done: number, total: number) => void;
}

/**
 * How long a write waits for another run's write (menu, sidebar, another editor) to finish before
 * saying BUSY: that write is bounded by its own tab guard, and the wait still leaves this run's.
 */
export const LOCK_WAIT_MS = 20_000;

/**
 * `name`, or `name (2)`, `name (3)`… — the first not taken by a user's sheet. Sheets compares tab
 * names case-insensitively ("review" clashes with "Review"), so `taken` holds lower-cased names.
 * @example freeName('Review', new Set(['review'])) // 'Review (2)'
 */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, Math.max(1, 100 - suffix.length)) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function deleteQuietly(ss: Spreadsheet, sheets: readonly Sheet[]): void {
  for (const s of sheets) {
    try {
      ss.deleteSheet(s);
    } catch {
      // Best effort: a leftover temporary is marked as ours and removed by the next run.
    }
  }
}

/** Brings the first review tab to front; a failure here must not undo a finished write. */
function activateQuietly(ss: Spreadsheet, sheet: Sheet | undefined): void {
  try {
    if (sheet) ss.setActiveSheet(sheet);
  } catch {
    // The review is written; only the focus did not move.
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Renders the doc into temporaries, then replaces the owned tabs with them, holding the document
 * lock: two writes at once would each delete the other's temporaries (they are marked as ours).
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * @example writeSheetDoc(env, ss, doc) // { ok: true, tabs: [{ key: 'overview', name: '复盘-总览' }, …] }
 */
export function writeSheetDoc(
  env: GasEnv,
  ss: Spreadsheet,
  doc: SheetDoc,
  options: ServerWriteOptions = {},
): WriteResult {
  // null only outside a document (a standalone run), where no other run can share the tabs
  const lock = env.lock.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS))
    return { ok: false, code: 'BUSY', message: 'Another run is writing the review in this spreadsheet.' };
  try {
    return writeLocked(env, ss, doc, options);
  } finally {
    lock?.releaseLock();
  }
}

function writeLocked(env: GasEnv, ss: Spreadsheet, doc: SheetDoc, options: ServerWriteOptions): WriteResult {
  const nonce = Math.floor(env.now() % 1e9).toString(36);
  const temps: Sheet[] = [];
  const at = insertPosition(ss);
  const wasActive = ss.getActiveSheet();
  try {
    doc.tabs.forEach((tab, i) => {
      options.onTab?.(i, doc.tabs.length);
      const sheet = ss.insertSheet(`~sales-review-${nonce}-${i}`, at + i);
      temps.push(sheet);
      sheet.addDeveloperMetadata(OWNER_KEY, ownerValue(tab.key, sheet.getSheetId()));
      renderTab(env, sheet, tab, doc.lang);
    });
  } catch (e) {
    deleteQuietly(ss, temps);
    activateQuietly(ss, wasActive);
    // The time guard stopped us between tabs: the same clean rollback, reported as too large.
    if (e instanceof OutOfTime) return { ok: false, code: 'OUT_OF_TIME', message: e.message };
    return { ok: false, code: 'WRITE_FAILED', message: message(e) };
  }
  const result = swap(ss, doc, temps, nonce);
  activateQuietly(ss, result.ok ? temps[0] : wasActive);
  return result;
}

/** Where the review goes: where the owned tabs were (a user may have moved them), else at the end. */
function insertPosition(ss: Spreadsheet): number {
  const owned = ownedSheetIds(ss);
  const sheets = ss.getSheets();
  const first = sheets.findIndex((s) => owned.has(s.getSheetId()));
  return first >= 0 ? first : sheets.length;
}

/** Old owned tabs out, new ones in under their final names; undone if a rename fails. */
function swap(ss: Spreadsheet, doc: SheetDoc, temps: readonly Sheet[], nonce: string): WriteResult {
  const tempIds = new Set(temps.map((s) => s.getSheetId()));
  const owned = ownedSheetIds(ss);
  const old: { sheet: Sheet; name: string }[] = [];
  const userNames = new Set<string>();
  for (const s of ss.getSheets()) {
    const id = s.getSheetId();
    if (tempIds.has(id)) continue;
    if (owned.has(id)) old.push({ sheet: s, name: s.getName() });
    else userNames.add(s.getName().toLowerCase());
  }
  const renamed: Sheet[] = [];
  try {
    old.forEach((o, i) => {
      o.sheet.setName(`~sales-review-old-${nonce}-${i}`);
      renamed.push(o.sheet);
    });
    const tabs = doc.tabs.map((tab, i) => {
      const name = freeName(tab.name, userNames);
      userNames.add(name.toLowerCase());
      temps[i].setName(name);
      return { key: tab.key, name };
    });
    deleteQuietly(
      ss,
      old.map((o) => o.sheet),
    );
    return { ok: true, tabs };
  } catch (e) {
    deleteQuietly(ss, temps);
    renamed.forEach((s, i) => {
      try {
        s.setName(old[i].name);
      } catch {
        // The old tab keeps its temporary name; it is still marked and replaced by the next run.
      }
    });
    return { ok: false, code: 'WRITE_FAILED', message: message(e) };
  }
}
