/**
 * A TabDoc flattened into the 2-D arrays the batched Range setters take: one array per attribute
 * over the tab's bounding rectangle. Pure (no Apps Script), so the layout is tested on its own.
 */
import type { Cell, FormatRun, RangeRef, TabDoc } from '../../core/sheetdoc/types';

/** Number format Sheets shows as "Automatic". */
export const GENERAL = 'General';
/** Plain-text format: a string written into such a cell stays text, even "=HYPERLINK(…)". */
export const TEXT_FORMAT = '@';

type Align = 'left' | 'center' | 'right' | null;

/** What one tab becomes. Style arrays are absent when no run sets that attribute. */
export interface TabGrids {
  rows: number;
  cols: number;
  values: (string | number | boolean)[][];
  numberFormats: string[][];
  fontWeights?: ('bold' | 'normal')[][];
  fontStyles?: ('italic' | 'normal')[][];
  fontSizes?: number[][];
  fontColors?: (string | null)[][];
  backgrounds?: (string | null)[][];
  hAligns?: Align[][];
  wraps?: boolean[][];
  bordersTop: RangeRef[];
  bordersBottom: RangeRef[];
}

/**
 * The bounding rectangle of everything the tab places (cells, formats, merges, widths, rules).
 * @example tabExtent({ cells: [[1, 2]], … }) // { rows: 1, cols: 2 }
 */
export function tabExtent(tab: TabDoc): { rows: number; cols: number } {
  let rows = tab.cells.length;
  let cols = tab.colWidths.length;
  for (const row of tab.cells) cols = Math.max(cols, row.length);
  const ranges: RangeRef[] = [
    ...tab.formats.map((f) => f.range),
    ...tab.merges,
    ...tab.conditionalFormats.map((c) => c.range),
    ...tab.inputRanges,
  ];
  for (const r of ranges) {
    rows = Math.max(rows, r.r1 + 1);
    cols = Math.max(cols, r.c1 + 1);
  }
  return { rows, cols };
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  const out: T[][] = new Array(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<T>(cols).fill(v);
  return out;
}

function paint<T>(grid: T[][], range: RangeRef, v: T): void {
  for (let r = range.r0; r <= range.r1; r++) {
    const row = grid[r];
    for (let c = range.c0; c <= range.c1; c++) row[c] = v;
  }
}

function cellValue(cell: Cell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.formula;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return cell;
}

/** Applies one style attribute of every run that sets it, creating the array on first use. */
function attribute<T, D>(
  runs: readonly FormatRun[],
  rows: number,
  cols: number,
  blank: D,
  pick: (run: FormatRun) => T | undefined,
): (T | D)[][] | undefined {
  let grid: (T | D)[][] | undefined;
  for (const run of runs) {
    const v = pick(run);
    if (v === undefined) continue;
    grid ??= fill<T | D>(rows, cols, blank);
    paint(grid, run.range, v);
  }
  return grid;
}

/**
 * Flattens a tab. Later format runs override earlier ones; strings get the text format.
 * @example tabGrids(tab).values[0][0] // 'Review - Overview'
 */
export function tabGrids(tab: TabDoc): TabGrids {
  const { rows, cols } = tabExtent(tab);
  const values = fill<string | number | boolean>(rows, cols, '');
  const numberFormats = fill(rows, cols, GENERAL);
  for (const run of tab.formats) if (run.numFmt !== undefined) paint(numberFormats, run.range, run.numFmt);
  for (let r = 0; r < tab.cells.length; r++) {
    const src = tab.cells[r];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      values[r][c] = cellValue(cell);
      // Text from the data must never become a formula, a number or a date: plain-text format.
      if (typeof cell === 'string') numberFormats[r][c] = TEXT_FORMAT;
    }
  }
  const runs = tab.formats;
  return {
    rows,
    cols,
    values,
    numberFormats,
    fontWeights: attribute(runs, rows, cols, 'normal' as const, (f) =>
      f.style?.bold === undefined ? undefined : f.style.bold ? ('bold' as const) : ('normal' as const),
    ),
    fontStyles: attribute(runs, rows, cols, 'normal' as const, (f) =>
      f.style?.italic === undefined ? undefined : f.style.italic ? ('italic' as const) : ('normal' as const),
    ),
    fontSizes: attribute(runs, rows, cols, 10, (f) => f.style?.fontSize),
    fontColors: attribute(runs, rows, cols, null, (f) => f.style?.fontColor),
    backgrounds: attribute(runs, rows, cols, null, (f) => f.style?.fill),
    hAligns: attribute(runs, rows, cols, null, (f) => f.style?.hAlign),
    wraps: attribute(runs, rows, cols, false, (f) => f.style?.wrap),
    bordersTop: runs.filter((f) => f.style?.borderTop).map((f) => f.range),
    bordersBottom: runs.filter((f) => f.style?.borderBottom).map((f) => f.range),
  };
}

/**
 * Column width in pixels from Excel character units (7 px per character plus padding).
 * @example widthPx(10) // 75
 */
export function widthPx(chars: number): number {
  return Math.round(chars * 7 + 5);
}
