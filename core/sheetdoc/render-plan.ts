/**
 * The render plan: a SheetDoc tab turned, once, into the exact host-neutral operations every
 * renderer performs — the values block and its number formats (text cells "@", so data text never
 * becomes a formula), the default font, font / fill / alignment / border runs, merges, column
 * widths and row heights in characters, pixels and points, the freeze panes, conditional formats,
 * charts with their plain-column fallback, tab colour and print setup. The rules every host
 * enforces are checked here: a freeze line never cuts a merge (Sheets refuses the write), merges
 * never overlap. Each renderer (Excel, Sheets, the xlsx file, the browser demo) translates the plan
 * into its API and decides nothing. Tab names: plan/tab-names.ts.
 */
import { mergesCutByFreeze } from './freeze';
import { styleRuns, type StyleRuns } from './plan/style-runs';
import type { Cell, ChartSpec, ConditionalFormat, RangeRef, SheetDoc, TabDoc } from './types';

/** What the plan decides where the SheetDoc says nothing; every renderer applies the same. */
export const PLAN_DEFAULTS = {
  fontSize: 11,
  fontName: { 'zh-CN': 'DengXian', 'zh-TW': 'Microsoft JhengHei', en: 'Calibri' } satisfies Record<
    SheetDoc['lang'],
    string
  >,
  borderColor: '#BFBFBF',
  /** Excel's default column: 8.43 characters, 64 pixels. */
  columnPx: 64,
} as const;

/** Number format of a cell no run formats (Excel "General", Sheets "Automatic"). */
export const GENERAL = 'General';
/** Plain text: a string written into such a cell stays text, even "=HYPERLINK(…)". */
export const TEXT = '@';

/** A cell as hosts write it: formulas as "=…" text (in a cell whose format is not TEXT). */
export type PlanValue = string | number | boolean;

export interface PlanChart {
  spec: ChartSpec;
  /** The same data as plain columns: what a host draws when the chart as specified is refused. */
  fallback: ChartSpec;
}

/** One tab, ready to translate. */
export interface TabPlan {
  key: string;
  name: string;
  rows: number;
  cols: number;
  /** rows × cols, blanks as "" (a FormulaCell as its formula). */
  values: PlanValue[][];
  /** rows × cols: TEXT for strings, a run's numFmt, else GENERAL. */
  numberFormats: string[][];
  /** Computed values where a renderer cannot calculate (formula cells' cached results), rows × cols. */
  cached: (string | number | boolean | null)[][];
  fontName: string;
  fontSize: number;
  borderColor: string;
  runs: StyleRuns;
  /** Merged ranges (never overlapping, never a single cell). */
  merges: RangeRef[];
  /** Per column: Excel character width, pixels, points; null where the host default stays. */
  widths: ({ chars: number; px: number; pt: number } | null)[];
  heights: { row: number; pt: number; px: number }[];
  freeze: { rows: number; cols: number };
  conditionalFormats: ConditionalFormat[];
  charts: PlanChart[];
  tabColor: string | null;
  /** Cells the user may edit when the sheet is protected. */
  inputRanges: RangeRef[];
  print: { landscape: boolean; fitToWidth: boolean };
  /** Rules the SheetDoc broke and the plan repaired (empty for a sound document). */
  repairs: string[];
}

/**
 * Pixels of a column `chars` characters wide (Excel: 7 px a character at the default font, 5 px of
 * padding); points are 3/4 of a pixel.
 * @example columnPx(10) // 75
 */
export function columnPx(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** The bounding rectangle of everything the tab places. */
function extent(tab: TabDoc): { rows: number; cols: number } {
  let rows = tab.cells.length;
  let cols = tab.colWidths.length;
  for (const row of tab.cells) cols = Math.max(cols, row.length);
  const ranges = [
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

function grid<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

function written(cell: Cell | undefined): PlanValue {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return cell;
}

function cachedOf(cell: Cell | undefined): string | number | boolean | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') return cell.value;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return null;
  return cell;
}

/** Merges kept: no single cells, none overlapping an earlier one. */
function soundMerges(merges: readonly RangeRef[], repairs: string[]): RangeRef[] {
  const kept: RangeRef[] = [];
  for (const m of merges) {
    if (m.r0 === m.r1 && m.c0 === m.c1) continue;
    if (kept.some((k) => k.r0 <= m.r1 && m.r0 <= k.r1 && k.c0 <= m.c1 && m.c0 <= k.c1)) {
      repairs.push(`merge ${JSON.stringify(m)} overlaps another: left unmerged`);
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** The freeze, without the line that would cut a merge (Sheets refuses such a write). */
function soundFreeze(tab: TabDoc, merges: RangeRef[], repairs: string[]): { rows: number; cols: number } {
  let { rows, cols } = tab.freeze;
  for (const m of mergesCutByFreeze({ freeze: { rows, cols }, merges })) {
    if (rows > 0 && m.r0 < rows && m.r1 >= rows) {
      repairs.push(`freezing ${rows} rows cuts merge ${JSON.stringify(m)}: rows not frozen`);
      rows = 0;
    }
    if (cols > 0 && m.c0 < cols && m.c1 >= cols) {
      repairs.push(`freezing ${cols} columns cuts merge ${JSON.stringify(m)}: columns not frozen`);
      cols = 0;
    }
  }
  return { rows, cols };
}

/**
 * The same data as plain columns, every series on the primary axis. A bridge keeps its stacked,
 * coloured bars without the invisible base: the changes then stand on the axis.
 */
function plainColumns(spec: ChartSpec): ChartSpec {
  if (spec.kind === 'waterfall')
    return { ...spec, kind: 'column', stacked: true, series: spec.series.filter((s) => s.fill !== null) };
  return { ...spec, kind: 'column', series: spec.series.map((s) => ({ name: s.name, values: s.values })) };
}

/**
 * The plan of one tab.
 * @example planTab(doc.tabs[0], 'zh-CN').numberFormats[2][0] // '@' (a customer name)
 */
export function planTab(tab: TabDoc, lang: SheetDoc['lang']): TabPlan {
  const { rows, cols } = extent(tab);
  const repairs: string[] = [];
  const values = grid<PlanValue>(rows, cols, '');
  const cached = grid<string | number | boolean | null>(rows, cols, null);
  const numberFormats = grid(rows, cols, GENERAL);
  for (const run of tab.formats) {
    if (run.numFmt === undefined) continue;
    for (let r = run.range.r0; r <= Math.min(run.range.r1, rows - 1); r++)
      for (let c = run.range.c0; c <= Math.min(run.range.c1, cols - 1); c++) numberFormats[r][c] = run.numFmt;
  }
  tab.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      values[r][c] = written(cell);
      cached[r][c] = cachedOf(cell);
      // data text must never become a formula, a number or a date
      if (typeof cell === 'string') numberFormats[r][c] = TEXT;
      // and a formula in a text-formatted column (a note the user wrote as a formula) stays one
      else if (cell !== null && typeof cell === 'object' && numberFormats[r][c] === TEXT)
        numberFormats[r][c] = GENERAL;
    }),
  );
  const merges = soundMerges(tab.merges, repairs);
  return {
    key: tab.key,
    name: tab.name,
    rows,
    cols,
    values,
    numberFormats,
    cached,
    fontName: PLAN_DEFAULTS.fontName[lang],
    fontSize: PLAN_DEFAULTS.fontSize,
    borderColor: PLAN_DEFAULTS.borderColor,
    runs: styleRuns(tab.formats, rows, cols, PLAN_DEFAULTS.fontSize),
    merges,
    widths: Array.from({ length: cols }, (_, c) => {
      const w = tab.colWidths[c];
      if (!(w > 0)) return null;
      const px = columnPx(w);
      return { chars: w, px, pt: px * 0.75 };
    }),
    heights: (tab.rowHeights ?? [])
      .filter((h) => h.height > 0)
      .map((h) => ({ row: h.row, pt: h.height, px: Math.round((h.height * 4) / 3) })),
    freeze: soundFreeze(tab, merges, repairs),
    conditionalFormats: tab.conditionalFormats,
    charts: tab.charts
      .filter((c) => c.series.length > 0)
      .map((spec) => ({ spec, fallback: plainColumns(spec) })),
    tabColor: tab.tabColor ?? null,
    inputRanges: tab.inputRanges,
    print: tab.print,
    repairs,
  };
}

/**
 * The plan of every tab of a document.
 * @example planDoc(doc).map((t) => t.key) // ['overview', 'quarterly', …]
 */
export function planDoc(doc: SheetDoc): TabPlan[] {
  return doc.tabs.map((t) => planTab(t, doc.lang));
}
