/** What a wide sheet's reading found, carried on the data-quality report (DataQualityReport.wide). */
import type { WideYearSource } from './year';

/** A stated total (row or column) that is not the sum of its parts. */
export interface WideMismatch {
  /** The row's labels ('' for a total row without one). */
  row: string;
  /** The column's header. */
  column: string;
  stated: number;
  computed: number;
  /** 1-based sheet row. */
  sheetRow: number;
}

/** How a wide sheet (periods across the columns) was read. */
export interface WideReport {
  /** What the columns across hold: months, quarters, or whole years (annual amounts). */
  kind: 'month' | 'quarter' | 'year';
  /** Period columns read, and the first and last headers ("1月", "6月"). */
  periodColumns: number;
  firstPeriod: string;
  lastPeriod: string;
  /** Headers of the row-label columns (the row keys). */
  labels: string[];
  /** Label rows read. */
  rows: number;
  /** The years the periods fall in, ascending. */
  years: number[];
  yearSource: WideYearSource;
  /** The title text or sheet name the year was read from. */
  yearFrom: string | null;
  /** Total columns (合计, 总额 …) and total rows left out of the sums. */
  totalColumns: string[];
  totalRows: number;
  /** Numeric columns that are neither periods nor totals (排名, 序号): left out. */
  ignoredColumns: string[];
  /** The sheet's totals that disagree with the parts (as the sheet writes them, before `scale`). */
  mismatches: WideMismatch[];
  /** Base units per unit of the sheet's numbers (the amount's unit: 10,000 for 万): a mismatch in money. */
  scale: number;
}
