/**
 * Appends rows to a tab and records formats alongside, so tab files read top to bottom like the
 * tab itself. Columns of a table share one format run per column (few runs, fast renderers).
 */
import type { Cell, ChartSpec, ConditionalFormat, FormatRun, RangeRef, Style, TabDoc } from './types';
import { STYLE } from './formats';

export interface TableSpec {
  header: string[];
  rows: Cell[][];
  /** Number format per column (null = general). */
  numFmts: (string | null)[];
  /** Style per column for body cells. */
  colStyles?: (Style | null)[];
  /** Last row is a total row. */
  totalRow?: boolean;
  startCol?: number;
}

export interface TableRange {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  c0: number;
  c1: number;
}

export class TabBuilder {
  readonly cells: Cell[][] = [];
  readonly formats: FormatRun[] = [];
  readonly merges: RangeRef[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly charts: ChartSpec[] = [];
  readonly inputRanges: RangeRef[] = [];
  colWidths: number[] = [];

  constructor(readonly width: number) {}

  /** Index the next appended row will get. */
  get row(): number {
    return this.cells.length;
  }

  /** Appends one row of cells; returns its index. */
  add(values: Cell[]): number {
    this.cells.push(values.slice());
    return this.cells.length - 1;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.add([]);
  }

  format(range: RangeRef, numFmt?: string | null, style?: Style | null): void {
    const run: FormatRun = { range };
    if (numFmt) run.numFmt = numFmt;
    if (style) run.style = style;
    if (run.numFmt || run.style) this.formats.push(run);
  }

  formatCell(row: number, col: number, numFmt?: string | null, style?: Style | null): void {
    this.format({ r0: row, c0: col, r1: row, c1: col }, numFmt, style);
  }

  /** A line of text merged across the tab's width, with a style. */
  line(text: string, style: Style, merge = true, height = 1): number {
    const r = this.add([text]);
    if (merge && this.width > 1) this.merges.push({ r0: r, c0: 0, r1: r + height - 1, c1: this.width - 1 });
    for (let i = 1; i < height; i++) this.add([]);
    this.format({ r0: r, c0: 0, r1: r, c1: Math.max(0, this.width - 1) }, null, style);
    return r;
  }

  title(text: string): number {
    return this.line(text, STYLE.title);
  }

  note(text: string): number {
    return this.line(text, STYLE.note);
  }

  section(text: string): number {
    return this.line(text, STYLE.section);
  }

  /** Appends a header row and body rows with per-column formats; returns where it landed. */
  table(spec: TableSpec): TableRange {
    const c0 = spec.startCol ?? 0;
    const pad = (r: Cell[]): Cell[] => [...new Array<Cell>(c0).fill(null), ...r];
    const c1 = c0 + spec.header.length - 1;
    const headerRow = this.add(pad(spec.header));
    this.format({ r0: headerRow, c0, r1: headerRow, c1 }, null, STYLE.header);
    const firstRow = this.row;
    for (const r of spec.rows) this.add(pad(r));
    const lastRow = this.row - 1;
    if (lastRow >= firstRow) {
      spec.numFmts.forEach((f, i) => {
        const st = spec.colStyles?.[i] ?? null;
        this.format({ r0: firstRow, c0: c0 + i, r1: lastRow, c1: c0 + i }, f, st);
      });
      if (spec.totalRow) this.format({ r0: lastRow, c0, r1: lastRow, c1 }, null, STYLE.total);
    }
    return { headerRow, firstRow, lastRow, c0, c1 };
  }

  build(
    key: string,
    name: string,
    opts: { freezeRows?: number; freezeCols?: number; tabColor?: string },
  ): TabDoc {
    return {
      key,
      name,
      cells: this.cells,
      formats: this.formats,
      merges: this.merges,
      colWidths: this.colWidths,
      rowHeights: wrappedRowHeights(this.cells, this.formats, this.merges, this.colWidths),
      freeze: { rows: opts.freezeRows ?? 0, cols: opts.freezeCols ?? 0 },
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      tabColor: opts.tabColor,
      inputRanges: this.inputRanges,
      print: { landscape: true, fitToWidth: true },
    };
  }
}

/**
 * Styles each body cell of one table column from its value (attainment fills, variance colours).
 * @example styleColumn(tb, range, 3, rows.map((r) => r.attainment), (v) => statusStyle(v, th))
 */
export function styleColumn(
  tb: TabBuilder,
  range: TableRange,
  colOffset: number,
  values: readonly (number | null)[],
  styleOf: (v: number | null) => Style | null,
): void {
  values.forEach((v, i) => {
    const st = styleOf(v);
    if (st) tb.formatCell(range.firstRow + i, range.c0 + colOffset, null, st);
  });
}

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;
/** Points per line of 10–11 pt text, and the most lines a row grows to. */
const LINE_HEIGHT = 15;
const MAX_LINES = 12;

/**
 * Display width of text in Excel character units: CJK and full-width characters count double.
 * @example textWidth('销售额 Revenue') // 14
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Row heights for rows with wrapped text, estimated from text width and (merged) column width,
 * because spreadsheet applications do not re-fit row heights of a file they open.
 * @example wrappedRowHeights([['a long sentence …']], [{ range, style: { wrap: true } }], [], [10])
 */
export function wrappedRowHeights(
  cells: readonly (readonly Cell[])[],
  formats: readonly FormatRun[],
  merges: readonly RangeRef[],
  colWidths: readonly number[],
): { row: number; height: number }[] {
  const wrap = new Map<number, Set<number>>();
  for (const f of formats) {
    if (!f.style?.wrap) continue;
    for (let r = f.range.r0; r <= f.range.r1; r++) {
      const set = wrap.get(r) ?? new Set<number>();
      for (let c = f.range.c0; c <= f.range.c1; c++) set.add(c);
      wrap.set(r, set);
    }
  }
  const mergeEnd = new Map<string, RangeRef>();
  for (const m of merges) mergeEnd.set(`${m.r0}:${m.c0}`, m);
  const width = (c: number): number => colWidths[c] ?? DEFAULT_WIDTH;
  const out: { row: number; height: number }[] = [];
  for (const [r, cols] of [...wrap.entries()].sort((a, b) => a[0] - b[0])) {
    let lines = 1;
    for (const c of cols) {
      const v = cells[r]?.[c];
      if (typeof v !== 'string' || v === '') continue;
      const m = mergeEnd.get(`${r}:${c}`);
      let w = 0;
      for (let k = c; k <= (m ? m.c1 : c); k++) w += width(k);
      const rowsAvailable = m ? m.r1 - m.r0 + 1 : 1;
      const need = Math.ceil(textWidth(v) / Math.max(1, w - 1)) / rowsAvailable;
      lines = Math.max(lines, Math.ceil(need));
    }
    if (lines > 1) out.push({ row: r, height: Math.min(lines, MAX_LINES) * LINE_HEIGHT });
  }
  return out;
}
