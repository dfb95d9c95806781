import type { Grid } from '../table';
import type { SheetDoc } from '../sheetdoc';

/** A sheet as the host lists it. */
export interface SheetInfo {
  name: string;
  /** Used range size. */
  rows: number;
  cols: number;
  isActive: boolean;
  /** True when the tab was written by Sales Review (owned, replaced on refresh). */
  owned: boolean;
  /**
   * Hidden in the workbook (Excel: hidden or very hidden; Sheets: hidden): usually an old copy or
   * a lookup, so never combined into a data set unless the user chooses it (`sheets` by name or
   * 'all', the Data step's ticks).
   */
  hidden: boolean;
}

export interface ProgressEvent {
  stage: 'reading' | 'computing' | 'writing' | 'done';
  /** Units done / total in this stage (rows read, tabs written). */
  done: number;
  total: number;
}

export interface ReadOptions {
  onProgress?: (e: ProgressEvent) => void;
  /** Cancellation: checked between blocks (structural, so the core needs no DOM types). */
  signal?: { readonly aborted: boolean };
  /** Read only the first N rows (wizard preview). */
  maxRows?: number;
  /**
   * Cells this run has read already from other sheets of the same data set (split workbooks): the
   * host's read cap applies to the sum.
   */
  priorCells?: number;
  /**
   * Cells as the user typed them (a review tab's notes read back before a refresh): a date-formatted
   * cell as a Date, and the formula text of formula cells in `GridRead.formulas`.
   */
  asTyped?: boolean;
}

export interface GridRead {
  sheet: string;
  /** A1 address of the block read, e.g. "A1:J20001". */
  address: string;
  grid: Grid;
  /** The workbook counts date serials from 1904 (Excel for Mac's old default): ingest must know. */
  date1904?: boolean;
  /** With `asTyped`: each cell's formula ("=…") or null, same shape as `grid`. */
  formulas?: Grid;
}

/**
 * BUSY: another run (the ribbon or menu, the wizard, another editor) is writing this document's
 * review. OUT_OF_TIME: the host's own time limit (Apps Script's 6 minutes) came too close.
 */
export type HostErrorCode =
  | 'SHEET_NOT_FOUND'
  | 'READ_FAILED'
  | 'WRITE_FAILED'
  | 'TOO_LARGE'
  | 'CANCELLED'
  | 'HOST_TOO_OLD'
  | 'BUSY'
  | 'OUT_OF_TIME';

/** `chartsDropped`: charts this host could not draw at all (the tables are complete without them). */
export type WriteResult =
  | { ok: true; tabs: { key: string; name: string }[]; chartsDropped?: number }
  | { ok: false; code: HostErrorCode; message: string; params?: Readonly<Record<string, string | number>> };

/**
 * The port every host implements (Excel, Sheets, file, browser demo). The wizard and the one-click
 * commands talk to a host only through this.
 */
export interface Host {
  readonly kind: 'excel' | 'sheets' | 'file' | 'browser';
  /** The host UI's display language tag (e.g. "zh-CN", "en-US"). */
  displayLanguage(): string;
  listSheets(): Promise<SheetInfo[]>;
  /** Reads a sheet's used range, in blocks, reporting progress. Never writes. */
  readGrid(sheet: string, options?: ReadOptions): Promise<GridRead>;
  /**
   * Writes the SheetDoc atomically: owned tabs replaced, user tabs untouched (a user tab with a
   * clashing name makes the new tab take a suffix); on failure the workbook is left as it was.
   */
  writeSheetDoc(doc: SheetDoc, options?: { onProgress?: (e: ProgressEvent) => void }): Promise<WriteResult>;
  /** Settings saved in the document (raw; validate with ReviewSettingsSchema), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /** Brings a tab to front (wizard: "click to open"). */
  activateSheet(name: string): Promise<void>;
}
