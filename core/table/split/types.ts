/** The contracts of split workbooks: one order list kept over several sheets with one header. */
import type { Grid, Role } from '../types';
import type { SheetNameKind } from './sheet-name';

/** A sheet as a host hands it in. */
export interface WorkbookSheet {
  name: string;
  grid: Grid;
  /** Hidden tabs (old copies, lookups) join a data set only when asked for by name or with `all`. */
  hidden?: boolean;
}

/** A sheet's header as the split planner compares it. */
export interface SheetHead {
  name: string;
  /** 0-based header row, −1 when the sheet has none. */
  headerRow: number;
  /** The header cells as read (trailing blanks dropped). */
  headers: string[];
  /** The header after normalisation (trim, case, full/half width): equal keys are one data set. */
  key: string;
  /** Rows below the header down to the last non-blank one. */
  rows: number;
}

/** Why a sheet of the workbook is not part of the data set. */
export type LeftOutReason = 'header' | 'hidden';

/**
 * One sheet read while hidden sheets with its header (old copies) were left out: a split data set
 * names them in its report, a single sheet here, so the reading notes can say how to include them.
 */
export interface HiddenCopies {
  /** The sheet read. */
  sheet: string;
  /** The hidden sheets with the same header, not read, in tab order. */
  hidden: string[];
}

/** Which sheets are read as one data set, and which are left out and why. */
export interface SplitPlan {
  used: SheetHead[];
  leftOut: { name: string; reason: LeftOutReason }[];
}

/** Where rows of one sheet sit in the combined grid. */
export interface SheetPart {
  sheet: string;
  /** 0-based row of the combined grid holding this sheet's first data row. */
  firstGridRow: number;
  /** 1-based row of that first data row in its own sheet. */
  firstSheetRow: number;
  /** Data rows of this sheet in the combined grid. */
  rows: number;
  /** The value the sheet-name column holds for this sheet's rows (2025-03, 北京店), when added. */
  nameValue: string | null;
}

/** The sheets of a data set stacked into one grid under one header, and how to find rows again. */
export interface CombinedSheets {
  /** One header row, then every sheet's data rows (and the sheet-name column, when added). */
  grid: Grid;
  parts: SheetPart[];
  /** "a + b + c": the data set's name where a sheet name is shown. */
  label: string;
  /** The column added from the sheet names and the role it plays (overrides the detection). */
  nameColumn: { role: Extract<Role, 'period' | 'region' | 'channel'>; header: string } | null;
  /** How the year of month names without one was found. */
  yearFrom: { year: number; source: 'title' | 'user'; title?: string } | null;
  leftOut: SplitPlan['leftOut'];
}

/** Rows, rows used and money used per sheet of a split data set (the data-quality tab lists them). */
export interface SplitReport {
  sheets: { name: string; rowsRead: number; rowsUsed: number; amountUsed: number }[];
  leftOut: SplitPlan['leftOut'];
  nameColumn: { role: SheetNameKind; header: string; example: string; value: string } | null;
  yearFrom: CombinedSheets['yearFrom'];
}
