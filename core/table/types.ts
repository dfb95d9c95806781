/**
 * The contracts of ingest: what a host hands in (Grid) and what the core makes of it (Table,
 * ColumnMapping, DataQualityReport). Everything downstream (metrics, review, plan) reads Table.
 */
import type { Lang } from '../i18n';
import type { DayOrder } from './date';
import type { DateOrder } from './date-order';
import type { HiddenCopies, SplitReport } from './split/types';
import type { WideReport } from './wide/report';

/** One raw cell as a host gives it. Dates may arrive as JS Date (Sheets, ExcelJS) or serials (Excel). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A 2-D block of raw cells, row-major, as read from a sheet. Rows may be ragged. */
export type Grid = readonly (readonly CellValue[])[];

/**
 * The role list, declared once: every other list of roles (the settings' zod enum, the CLI's --map,
 * the JSON contract's mapping, the label tables) is derived from these.
 */

/** Measure roles: numeric columns summed by the review. */
export const MEASURE_ROLES = [
  'amount',
  'cost',
  'grossProfit',
  'quantity',
  'target',
  'stretchTarget',
] as const;
export type MeasureRole = (typeof MEASURE_ROLES)[number];

/** Dimension roles: text columns the review groups by. `product` covers product / product line / category. */
export const DIMENSION_ROLES = ['customer', 'region', 'product', 'channel', 'salesperson'] as const;
export type DimensionRole = (typeof DIMENSION_ROLES)[number];

/**
 * Columns read to correct the amount, never summed on their own: a unit price (the amount is
 * quantity × unit price when no amount column exists), a refund amount (subtracted), an order status
 * (cancelled, closed and refunded orders are left out).
 */
export const ADJUSTMENT_ROLES = ['unitPrice', 'refund', 'status'] as const;
export type AdjustmentRole = (typeof ADJUSTMENT_ROLES)[number];

/** Every role a column can play, as a tuple (zod enums and the CLI's --map are built from it). `period` is month/quarter text used when there is no date column. */
export const ROLES = [
  'date',
  'period',
  ...MEASURE_ROLES,
  ...DIMENSION_ROLES,
  'currency',
  ...ADJUSTMENT_ROLES,
] as const;
export type Role = (typeof ROLES)[number];

/** Money roles: measures in a currency, whose unit (元, 万, K …) the header states or the user chooses. */
export const MONEY_ROLES = [
  'amount',
  'cost',
  'grossProfit',
  'target',
  'stretchTarget',
] as const satisfies readonly MeasureRole[];
export type MoneyRole = (typeof MONEY_ROLES)[number];

/** Units a user may choose for a money column, in place of the one its header states. */
export const UNIT_CHOICES = ['元', '万', '亿', '千', 'K', 'M'] as const;
export type UnitChoice = (typeof UNIT_CHOICES)[number];
/** Factor to the base unit of each unit choice. */
export const UNIT_CHOICE_SCALE: Readonly<Record<UnitChoice, number>> = {
  元: 1,
  万: 1e4,
  亿: 1e8,
  千: 1e3,
  K: 1e3,
  M: 1e6,
};

/** Multiplier applied to a money column, from its header ("销售额(万元)" → 10000). */
export interface UnitTag {
  /** Factor to the base unit: 1, 1000 (千/K), 10000 (万), 1e6 (M), 1e8 (亿). */
  scale: number;
  /** ISO currency from the header, if it names one ("(USD)"), else null. */
  currency: string | null;
  /** The text the unit was read from, e.g. "万元"; for a user's choice, the chosen unit ("万"). */
  source: string | null;
  /** 'user' when the user chose the unit (IngestOptions.units); absent when read from the header. */
  origin?: 'user';
}

/** How one role was assigned to a column. */
export interface RoleDetection {
  role: Role;
  /** 0-based column index in the grid. */
  column: number;
  /** The header text exactly as in the sheet. */
  header: string;
  /** 0..1: 1 = exact header match; lower for partial or content-based guesses; 1 for user overrides. */
  confidence: number;
  /**
   * Where the decision came from: header words, the cells' content, the user's choice, or derived
   * (the amount as quantity × unit price when the sheet has no amount column), or the layout (a
   * wide sheet's period and amount, read from its months or quarters across).
   */
  source: 'header' | 'content' | 'user' | 'derived' | 'layout';
  /** Unit of the column (money measures): read from the header, or the user's choice. */
  unit?: UnitTag;
  /** The column that came next for this role (what one --map would switch to), when there was one. */
  runnerUp?: { header: string; column: number } | null;
  /** For the amount: every other column that could have been the amount, best first. */
  passedOver?: { header: string; column: number }[];
  /** For a derived amount: the quantity and unit-price columns it multiplies. */
  derivedFrom?: { quantity: number; unitPrice: number };
  /**
   * For a refund column: the amount header that already nets it out (amount = gross − refund on the
   * rows with a refund), so it is not subtracted again.
   */
  alreadyNetIn?: string;
}

/** The column mapping used for a table: one detection per role found. */
export interface ColumnMapping {
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  roles: Partial<Record<Role, RoleDetection>>;
  /**
   * Other text columns usable as extra dimensions (header → column index). `kind` is the dimension
   * its header names when another column won that role (State beside Region, Sub-Category beside
   * Category): such a column is a recognised dimension, broken down by default like the roles.
   */
  extraDimensions: { header: string; column: number; kind?: DimensionRole }[];
  /** All headers of the header row, as read (blank headers as ""). */
  headers: string[];
}

/** A dictionary-encoded text column. code -1 = blank. */
export interface DimensionColumn {
  /** The role, or the header text for an extra dimension. */
  key: string;
  header: string;
  codes: Int32Array;
  /** Distinct values in first-seen order; codes index into it. */
  values: string[];
  /** For an extra dimension: the dimension its header names (State beside Region), when it names one. */
  kind?: DimensionRole;
}

/** A numeric column in the report currency's base unit. NaN = blank / not a number. */
export interface MeasureColumn {
  header: string;
  values: Float64Array;
  unit: UnitTag;
}

/**
 * The columnar table. Row i of every column is one used record; `sourceRow[i]` is the 1-based
 * sheet row the user sees. Dates are carried as month index (year*12 + month-1) plus day.
 */
export interface Table {
  rowCount: number;
  /** 1-based sheet row number of each record (what the user sees in the row header). */
  sourceRow: Int32Array;
  /** year*12 + (month-1); every used row has one. */
  monthIndex: Int32Array;
  /** Day of month 1..31, or 0 when the source only gave a month or quarter. */
  day: Uint8Array;
  measures: Partial<Record<MeasureRole, MeasureColumn>>;
  dims: Partial<Record<DimensionRole, DimensionColumn>>;
  /** Other text columns, by header. */
  extraDims: DimensionColumn[];
  /** Report currency (ISO code, default CNY). */
  currency: string;
}

/** Why a row was not used (or was flagged). Codes are stable; messages come from the i18n catalogue. */
export type RowIssueCode =
  | 'BLANK_ROW'
  | 'REPEATED_HEADER'
  | 'SUBTOTAL_ROW'
  | 'NO_AMOUNT'
  | 'BAD_AMOUNT'
  | 'NO_DATE'
  | 'BAD_DATE'
  | 'MISSING_RATE'
  | 'DUPLICATE_ROW'
  | 'REFUND_ROW'
  | 'EXCLUDED_STATUS';

export interface RowIssue {
  /** 1-based sheet row number. */
  row: number;
  code: RowIssueCode;
  /** Localized one-line reason. */
  message: string;
  /** The amount the row carried in base units (0 when none could be read); lets the report reconcile. */
  amount: number;
  /** The raw offending cell text, when there is one. */
  raw?: string;
  /** DUPLICATE_ROW: the row it repeats. */
  first?: number;
  /** The sheet of the row, when the data set spans several sheets (`row` is then that sheet's row). */
  sheet?: string;
}

/** What ingest saw, skipped and why. Reconciles: amountUsed + amountSkipped = amountRead. */
export interface DataQualityReport {
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: number;
  /** Skipped rows with reasons (BLANK_ROW, SUBTOTAL_ROW, NO_AMOUNT, ...). */
  skipped: RowIssue[];
  /** Kept-but-flagged rows (DUPLICATE_ROW, REFUND_ROW). */
  flagged: RowIssue[];
  amountRead: number;
  amountUsed: number;
  amountSkipped: number;
  refunds: { rows: number; amount: number };
  duplicates: { rows: number; amount: number };
  /** Share of used rows where the role's cell was filled (0..1, 1 = complete), per mapped role. */
  completeness: Partial<Record<Role, number>>;
  /** Currency conversions applied: currency → { rate, rows, amountOriginal }. */
  conversions: { currency: string; rate: number; rows: number; amountOriginal: number }[];
  /**
   * The sheet's money is all in one currency other than the one asked for, and no rate converts it:
   * the review is in the sheet's currency (core/table/currency reviewCurrency). Absent otherwise.
   */
  ownCurrency?: { currency: string; requested: string };
  /** How each date or period column's day order was decided (year-last text such as 05-02-2010). */
  dateOrders?: DateOrderReport[];
  /** Money columns written with a decimal comma (1052,75元), by header. */
  decimalCommas?: string[];
  /** Rows per value of the status column, and whether that status was left out. */
  statuses?: { status: string; rows: number; amount: number; excluded: boolean }[];
  /**
   * The refund column subtracted from the amount: rows with a refund and the total subtracted; or,
   * with `alreadyNetIn`, the amount column that already nets it out (nothing subtracted).
   */
  refundsSubtracted?: { header: string; rows: number; amount: number; alreadyNetIn?: string } | null;
  /** The amount is quantity × unit price (no amount column): the two headers. */
  derivedAmount?: { quantity: string; unitPrice: string } | null;
  /** One data set read from several sheets: rows per sheet, the sheets left out, the sheet-name column. */
  split?: SplitReport;
  /** One sheet read while hidden sheets with its header were left out (a reading note names them). */
  hiddenCopies?: HiddenCopies;
  /** A wide sheet (months or quarters across): how it was read, its totals reconciled. */
  wide?: WideReport;
}

/** How one date or period column's day order was decided. */
export interface DateOrderReport {
  role: 'date' | 'period';
  header: string;
  order: DayOrder;
  /** user: the settings; evidence: a cell only one order reads; default: no evidence; none: no year-last text. */
  basis: 'user' | 'evidence' | 'default' | 'none';
  /** The cell that decided it, or an ambiguous one read by the default. */
  example: string | null;
  /** Distinct texts that contradict the order (skipped as bad dates). */
  conflicts: number;
}

/** Errors that stop ingest. */
export type IngestErrorCode =
  | 'EMPTY_SHEET'
  | 'NO_HEADER'
  | 'NO_DATA_ROWS'
  | 'NO_AMOUNT_COLUMN'
  | 'NO_DATE_COLUMN'
  | 'MISSING_RATE'
  | 'BAD_MAPPING'
  | 'ALL_ROWS_SKIPPED'
  /** Months or quarters across and no year anywhere: only the user knows it (--year, the wizard). */
  | 'NO_YEAR';

export type IngestResult =
  | { ok: true; table: Table; mapping: ColumnMapping; quality: DataQualityReport }
  | {
      ok: false;
      code: IngestErrorCode;
      /** Localized one-sentence message saying what to do next. */
      message: string;
      /** What was detected before the failure, so a wizard can still show columns. */
      mapping?: ColumnMapping;
      params?: Record<string, string | number>;
    };

/** Options of ingest. */
export interface IngestOptions {
  /** Language of messages (default zh-CN). */
  lang?: Lang;
  /** Role → header text the user chose; null switches the role off. */
  overrides?: Partial<Record<Role, string | null>>;
  /**
   * Role → unit the user chose for a money column ("万" = values ×10,000), replacing the unit read
   * from its header. A cell with its own unit ("12.5万") keeps it.
   */
  units?: Partial<Record<MoneyRole, UnitChoice>>;
  /** Report currency, ISO (default CNY). */
  currency?: string;
  /** Units of report currency per one unit of each other currency: { USD: 7.2 }. */
  rates?: Record<string, number>;
  /** 1-based sheet row of grid[0] (default 1), so reported rows match what the user sees. */
  sheetRowOffset?: number;
  /** The workbook uses the 1904 date system (Excel for Mac legacy). */
  date1904?: boolean;
  /** Day order of year-last date text; `auto` (default) decides per column from the evidence. */
  dateOrder?: DateOrder;
  /**
   * Statuses left out: undefined/null = the cancelled, closed and refunded ones by their words;
   * a list = exactly those values (trimmed, case-insensitive); [] = keep every row.
   */
  excludeStatuses?: readonly string[] | null;
  /** Keep every status (the whole-table formulas' include-cancelled option): the same as excludeStatuses []. */
  includeCancelled?: boolean;
  /** Name of the sheet read: a wide sheet may state its year there (2024年). */
  sheetName?: string;
  /**
   * The year the user gave (--year, the wizard): a wide sheet whose months state no year (not in
   * the header, the title or the sheet name) is read as that year.
   */
  year?: number | null;
}
