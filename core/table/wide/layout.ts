/**
 * Finds a wide layout (issue 14): a header row with months or quarters across, the row-label
 * columns to its left or right, total columns, and year blocks (2024 | 2025, 上年 | 本年) above; or,
 * failing that, whole years across (FY2024 | FY2025, 上年 | 本年, LY | TY) holding annual amounts.
 * Pure detection: no year is decided here (see year.ts), no money is read (see unpivot.ts).
 */
import type { Grid } from '../types';
import { cleanText, isBlank } from '../normalize';
import { isSubtotalLabel } from '../subtotal';
import {
  isTotalHeader,
  periodHead,
  yearBlock,
  yearHead,
  type PeriodHead,
  type YearRef,
} from './period-header';

/** Rows searched for the header (as core/table/header.ts). */
const SCAN_ROWS = 30;
/** Period columns a header needs before a sheet is read as wide. */
export const MIN_PERIOD_COLUMNS = 3;
/** Whole-year columns a header needs (two years side by side: the prior-year comparison). */
export const MIN_YEAR_COLUMNS = 2;

/** One period column: where it is, what its title says, the year block above it. */
export interface PeriodColumn {
  column: number;
  header: string;
  head: PeriodHead;
  /** The year the block title above states (2024, 上年), when the title itself states none. */
  block: YearRef;
}

/** A total column and the period columns (indices into `periods`) it sums. */
export interface TotalColumn {
  column: number;
  header: string;
  parts: number[];
}

/** What a wide sheet's header says. */
export interface WideLayout {
  headerRow: number;
  kind: 'month' | 'quarter' | 'year';
  periods: PeriodColumn[];
  /** Text columns naming each row (partner, customer, product …): the row keys. */
  labels: { column: number; header: string }[];
  totals: TotalColumn[];
  /** Numeric columns that are neither periods nor totals (排名, 序号, codes): left out, named. */
  ignored: { column: number; header: string }[];
}

const text = (v: unknown): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : cleanText(String(v));

/** Period heads of one row, by column. */
function headsOf(row: readonly unknown[] | undefined): Map<number, PeriodHead> {
  const out = new Map<number, PeriodHead>();
  (row ?? []).forEach((v, c) => {
    const h = periodHead(v);
    if (h) out.set(c, h);
  });
  return out;
}

/**
 * Whole-year heads of one row, by column, when the row reads as a header: two or more distinct
 * years (a bare number is a year only in a row whose other cells are text, so a data row of
 * amounts between 1990 and 2100 is never a header).
 */
function yearHeadsOf(row: readonly unknown[] | undefined): Map<number, PeriodHead> {
  const out = new Map<number, PeriodHead>();
  const cells = row ?? [];
  let otherNumbers = 0;
  let texts = 0;
  cells.forEach((v, c) => {
    const y = yearHead(v);
    if (y) out.set(c, { kind: 'year', index: 1, year: y });
    else if (typeof v === 'number') otherNumbers++;
    else if (typeof v === 'string' && v.trim() !== '') texts++;
  });
  const numeric = [...out.keys()].some((c) => typeof cells[c] === 'number');
  if (numeric && (otherNumbers > 0 || texts === 0)) return new Map();
  const keys = [...out.values()].map((h) =>
    h.year?.kind === 'stated' ? `y${h.year.year}` : `r${h.year?.kind === 'relative' ? h.year.offset : ''}`,
  );
  return new Set(keys).size === keys.length && out.size >= MIN_YEAR_COLUMNS ? out : new Map();
}

/** Year block titles of the row above the header, carried right across a merge's blank cells. */
function blocksAbove(grid: Grid, headerRow: number, width: number): YearRef[] {
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 2); r--) {
    const row = grid[r] ?? [];
    const out: YearRef[] = [];
    let carry: YearRef = null;
    let found = false;
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (!isBlank(v)) {
        carry = yearBlock(v);
        if (carry) found = true;
      }
      out.push(carry);
    }
    if (found) return out;
  }
  return [];
}

/** Whether a column's cells under the header are mostly numbers (a rank, a code, a total). */
function mostlyNumbers(grid: Grid, from: number, c: number): boolean {
  let nums = 0;
  let texts = 0;
  for (let r = from; r < grid.length && nums + texts < 200; r++) {
    const v = grid[r]?.[c];
    if (isBlank(v)) continue;
    if (typeof v === 'number') nums++;
    else if (typeof v === 'string' && /^[\s\d.,\-+%]+$/.test(v)) nums++;
    else texts++;
  }
  return nums > 0 && nums >= 4 * texts;
}

/** Whether some row under the header carries a number in a period column. */
function hasMoney(grid: Grid, from: number, cols: readonly number[]): boolean {
  for (let r = from; r < Math.min(grid.length, from + 200); r++)
    for (const c of cols) {
      const v = grid[r]?.[c];
      if (typeof v === 'number' || (typeof v === 'string' && /\d/.test(v) && !/[年月日:]/.test(v)))
        return true;
    }
  return false;
}

/**
 * The wide layout of a grid, or null when its header does not carry periods across.
 * @example detectWideLayout([['客户', '1月', '2月', '3月'], ['甲', 1, 2, 3]])?.periods.length // 3
 */
export function detectWideLayout(grid: Grid): WideLayout | null {
  return readLayout(grid, headsOf, MIN_PERIOD_COLUMNS) ?? readLayout(grid, yearHeadsOf, MIN_YEAR_COLUMNS);
}

/** The layout of the header row with the most heads of one reader (months/quarters, or years). */
function readLayout(
  grid: Grid,
  read: (row: readonly unknown[] | undefined) => Map<number, PeriodHead>,
  min: number,
): WideLayout | null {
  let best = -1;
  let bestHeads = new Map<number, PeriodHead>();
  for (let r = 0; r < Math.min(grid.length, SCAN_ROWS); r++) {
    const heads = read(grid[r]);
    if (heads.size > bestHeads.size) {
      best = r;
      bestHeads = heads;
    }
  }
  if (best < 0) return null;
  const count = (k: PeriodHead['kind']) => [...bestHeads.values()].filter((h) => h.kind === k).length;
  const kind: WideLayout['kind'] =
    count('year') > 0 ? 'year' : count('month') >= count('quarter') ? 'month' : 'quarter';
  const mine = [...bestHeads].filter(([, h]) => h.kind === kind);
  if (mine.length < min) return null;
  if (
    !hasMoney(
      grid,
      best + 1,
      mine.map(([c]) => c),
    )
  )
    return null;

  const header = grid[best] ?? [];
  let width = header.length;
  for (let r = best + 1; r < Math.min(grid.length, best + 200); r++)
    width = Math.max(width, grid[r]?.length ?? 0);
  const blocks = blocksAbove(grid, best, width);
  const periods: PeriodColumn[] = mine.map(([column, head]) => ({
    column,
    header: text(header[column]),
    head,
    block: blocks[column] ?? null,
  }));
  const periodCols = new Set(periods.map((p) => p.column));
  const labels: WideLayout['labels'] = [];
  const totals: TotalColumn[] = [];
  const ignored: WideLayout['ignored'] = [];
  let lastTotal = -1;
  for (let c = 0; c < width; c++) {
    if (periodCols.has(c)) continue;
    const h = text(header[c]);
    const other = bestHeads.get(c);
    if (isTotalHeader(h) || (other && other.kind !== kind)) {
      // a total sums the periods since the previous total (a year block's own 合计); a quarter
      // among months sums its three months
      const parts = periods
        .map((p, i) => ({ p, i }))
        .filter(({ p }) =>
          other
            ? Math.ceil(p.head.index / 3) === other.index && p.column < c && p.column > lastTotal
            : p.column < c && p.column > lastTotal,
        )
        .map(({ i }) => i);
      if (parts.length > 0) {
        totals.push({ column: c, header: h, parts });
        if (!other) lastTotal = c;
        continue;
      }
    }
    if (h === '' && !hasText(grid, best + 1, c)) continue;
    if (mostlyNumbers(grid, best + 1, c)) ignored.push({ column: c, header: h });
    else labels.push({ column: c, header: h });
  }
  if (labels.length === 0) return null;
  return { headerRow: best, kind, periods, labels, totals, ignored };
}

function hasText(grid: Grid, from: number, c: number): boolean {
  for (let r = from; r < Math.min(grid.length, from + 200); r++) if (!isBlank(grid[r]?.[c])) return true;
  return false;
}

/**
 * Whether a row is a total row of a wide sheet: a label says 合计 / Total, or every label is blank
 * while the periods carry numbers (a total on top, kept without a label).
 * @example isTotalRow(['合计', 1, 2], [0]) // true
 */
export function isTotalRow(row: readonly unknown[], labelCols: readonly number[]): boolean {
  let blank = true;
  for (const c of labelCols) {
    const v = row[c];
    if (isBlank(v)) continue;
    blank = false;
    if (typeof v === 'string' && isSubtotalLabel(v)) return true;
  }
  return blank;
}
