/**
 * SheetDoc: a host-neutral description of the summary tabs. Renderers (ExcelJS, the Office
 * JavaScript API, Apps Script, the browser demo) translate it in a few batched operations; none
 * decides content.
 * All coordinates are 0-based; ranges are inclusive.
 */

/** A native formula, A1 style, starting with "=" (e.g. "=B5*$C$2"), plus the value the core computed. */
export interface FormulaCell {
  formula: string;
  /** The value the core expects the formula to compute (cached result; used by renderers that cannot calc). */
  value: number | string | null;
}

/**
 * A cell. Strings are ALWAYS text, never formulas, whatever they start with: renderers must
 * guarantee that (a customer named "=HYPERLINK(...)" stays a name). Only FormulaCell is a formula.
 */
export type Cell = string | number | boolean | null | FormulaCell;

export interface RangeRef {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export type HAlign = 'left' | 'center' | 'right';

/** Visual intent, translated 1:1 by every renderer. Colours are #RRGGBB. */
export interface Style {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  wrap?: boolean;
  /** Thin border at the bottom / top of each cell of the range. */
  borderBottom?: boolean;
  borderTop?: boolean;
}

/** A number format (Excel format code, accepted by Sheets and ExcelJS) and/or a style over a range. */
export interface FormatRun {
  range: RangeRef;
  numFmt?: string;
  style?: Style;
}

/** Conditional formats the core decides (variance colours, status thresholds). */
export type ConditionalFormat = {
  kind: 'cellIs';
  range: RangeRef;
  op: 'lessThan' | 'greaterThan' | 'lessThanOrEqual' | 'greaterThanOrEqual' | 'between';
  /** Threshold(s), in the cell's stored value (e.g. 0.95 for 95%). */
  values: number[];
  style: Pick<Style, 'fontColor' | 'fill' | 'bold'>;
};

export type ChartKind = 'column' | 'bar' | 'line' | 'pareto' | 'waterfall';

export interface ChartSeries {
  name: string;
  /** Cells holding the series values (a single row or column). */
  values: RangeRef;
  /** 'line' draws this series as a line (combo chart), e.g. cumulative share on a Pareto. */
  as?: 'column' | 'line';
  /** Plot on a secondary (percent) axis. */
  secondaryAxis?: boolean;
  /** Fill of the series' bars, #RRGGBB; null = no fill (a bridge's floating base); missing = the host's palette. */
  fill?: string | null;
}

export interface ChartSpec {
  /** 'waterfall': a bridge, stacked columns whose first series is the invisible base (sheetdoc/bridge-chart.ts). */
  kind: ChartKind;
  /** Columns of the series stack on each other (a waterfall's always do). */
  stacked?: boolean;
  /**
   * Where the value axis starts; missing = the host's automatic axis. A bridge's is 0: an automatic
   * axis starts near the smallest total (LibreOffice drew 28,000 under a 30,739 start), so the
   * totals' bars lose their length and the floating changes look larger than they are.
   */
  valueAxisMin?: number;
  title: string;
  /** Category labels (a single row or column). */
  categories: RangeRef;
  series: ChartSeries[];
  /** Top-left cell where the chart is anchored, and its size in pixels. */
  anchor: { row: number; col: number };
  width: number;
  height: number;
}

/** One summary tab. */
export interface TabDoc {
  /** Stable key, e.g. "overview": hosts use it to know which tabs they own. */
  key: string;
  /** Localized tab name, e.g. "复盘-总览" / "Review - Overview" (≤ 31 chars, no []:*?/\). */
  name: string;
  /** Dense cell grid, row-major. Ragged rows are padded with null by renderers. */
  cells: Cell[][];
  formats: FormatRun[];
  merges: RangeRef[];
  /** Column widths in characters (Excel width units); missing = default. */
  colWidths: number[];
  /** Heights in points of rows that hold wrapped text (others keep the default height). */
  rowHeights?: { row: number; height: number }[];
  freeze: { rows: number; cols: number };
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  tabColor?: string;
  /** Input cells a user is meant to edit (plan tab): also styled via formats; listed so hosts may unlock them. */
  inputRanges: RangeRef[];
  /** Cells the user writes that a refresh carries over by key (core/sheetdoc/notes); renderers ignore it. */
  notes?: NoteLayout;
  print: { landscape: boolean; fitToWidth: boolean };
}

/**
 * Where a tab's user cells are and what identifies them, so a refresh can read the previous tab and
 * put each note back by key, never by row (core/sheetdoc/notes/carry.ts).
 */
export interface NoteLayout {
  /** The ID column: each keyed row's key (a finding key, or an input's "in:…" key). */
  keyCol: number;
  /** Tables whose rows carry notes (findings, plan actions). */
  tables: NoteTable[];
  /** Input cells (plan): the value this run suggests is written beside the key (keyCol + 1). */
  inputs: NoteInput[];
}

export interface NoteTable {
  /** The table's header row (repeated above its closed block). */
  headerRow: number;
  /** Live rows by key. */
  rows: { row: number; key: string }[];
  /** Columns the user writes in. */
  userCols: number[];
  /** Columns that say what a row is about (the finding's sentence), kept with a closed row's notes. */
  labelCols: number[];
  /** Title of the block that keeps notes of rows no longer found. */
  closedTitle: string;
}

export interface NoteInput {
  key: string;
  row: number;
  col: number;
  /** What this run suggests (settings or data), written at (row, keyCol + 1). */
  generated: number | string | null;
}

/** The whole output: tabs in order. */
export interface SheetDoc {
  /** Marks every owned tab (document / developer metadata key). */
  owner: 'sales-review';
  version: 1;
  lang: 'zh-CN' | 'zh-TW' | 'en';
  tabs: TabDoc[];
}
