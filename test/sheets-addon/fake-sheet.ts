/**
 * In-memory Sheet / Range / RangeList with the Sheets semantics the add-on relies on: setValues
 * turns "=…" strings into formulas and numeric text into numbers unless the cell's number format
 * is plain text ("@"); dimensions must match exactly; getValues returns "" for blanks. The limits
 * Sheets enforces are in `SHEETS_LIMITS`, each with the page that states it.
 */
import type { CallLog } from './fake-calls';
import { FakeChartBuilder, type FakeChart, type FakeRule } from './fake-builders';

export type Value = string | number | boolean | Date;

export interface FakeCell {
  value: Value;
  formula: string;
  numberFormat: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
  fontColor: string | null;
  background: string | null;
  hAlign: string | null;
  vAlign: string | null;
  wrap: boolean;
  borderColor: string | null;
  borderTop: boolean;
  borderBottom: boolean;
}

function blankCell(): FakeCell {
  return {
    value: '',
    formula: '',
    numberFormat: 'General',
    fontWeight: 'normal',
    fontStyle: 'normal',
    fontSize: 10,
    fontColor: '#000000',
    background: null,
    hAlign: null,
    vAlign: null,
    wrap: false,
    borderColor: null,
    borderTop: false,
    borderBottom: false,
  };
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** What Sheets refuses, rule by rule. */
export const SHEETS_LIMITS = {
  // "Up to 10 million cells" per spreadsheet, counted over every sheet's grid (empty cells too):
  // https://support.google.com/drive/answer/37603 (Files you can store in Google Drive)
  cells: 10_000_000,
  // "A cell can contain up to 50,000 characters" (same page); setValues refuses a longer string.
  cellChars: 50_000,
  // Sheet names: not empty, unique ignoring case, at most 100 characters (the Sheets UI and the
  // Sheets API refuse longer titles; the Apps Script reference of Sheet.setName states no limit):
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
  sheetName: 100,
  // Developer metadata: 30,000 characters (keys + values) per sheet and per spreadsheet:
  // https://developers.google.com/sheets/api/guides/metadata (metadata storage limits)
  metadataChars: 30_000,
} as const;

/**
 * Throws Sheets' error for a sheet name it refuses (an empty name, too long); duplicates are
 * checked by the spreadsheet, which knows the other names.
 */
export function checkSheetName(name: string): void {
  if (name.trim() === '') throw new Error('Sheet name cannot be empty.');
  if (name.length > SHEETS_LIMITS.sheetName)
    throw new Error(
      `Sheet name "${name.slice(0, 20)}…" is longer than ${SHEETS_LIMITS.sheetName} characters.`,
    );
}

export class FakeMetadata {
  constructor(
    private log: CallLog,
    readonly key: string,
    readonly value: string | null,
    readonly sheet: FakeSheet,
  ) {}
  getKey(): string {
    this.log.hit('DeveloperMetadata.getKey');
    return this.key;
  }
  getValue(): string | null {
    this.log.hit('DeveloperMetadata.getValue');
    return this.value;
  }
  getLocation(): { getSheet(): FakeSheet | null } {
    this.log.hit('DeveloperMetadata.getLocation');
    const sheet = this.sheet;
    return { getSheet: () => (sheet.deleted ? null : sheet) };
  }
}

export class FakeSheet {
  private cells = new Map<string, FakeCell>();
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();

  rowHeights = new Map<number, number>();
  merges: string[] = [];
  rules: FakeRule[] = [];
  charts: FakeChart[] = [];
  metadata: FakeMetadata[] = [];
  deleted = false;
  /** Test setup: hidden from the tab bar (Sheet.hideSheet in the real product). */
  hidden = false;

  constructor(
    readonly log: CallLog,
    public name: string,
    readonly id: number,
    private isNameTaken: (name: string, self: FakeSheet) => boolean,
    /** Throws when growing this sheet by `cells` would pass the spreadsheet's 10M-cell limit. */
    private readonly ensureRoom: (cells: number) => void = () => undefined,
  ) {}

  /** Test helper: the cell (created on demand), 1-based. */
  cell(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = blankCell();
      this.cells.set(k, c);
    }
    return c;
  }

  /** Test helper: fills values from row 1 without counting calls (the user's data). */
  seed(rows: Value[][]): this {
    rows.forEach((row, r) => row.forEach((v, c) => (this.cell(r + 1, c + 1).value = v)));
    this.maxRows = Math.max(this.maxRows, rows.length);
    this.maxCols = Math.max(this.maxCols, ...rows.map((r) => r.length));
    return this;
  }

  /** Test helper: every cell written so far. */
  allCells(): FakeCell[] {
    return [...this.cells.values()];
  }

  /** Test helper: every cell's value and format, for "untouched" comparisons. */
  dump(): string {
    return JSON.stringify([...this.cells].sort(([a], [b]) => a.localeCompare(b)));
  }

  lastRowCol(): { row: number; col: number } {
    let row = 0;
    let col = 0;
    for (const [k, c] of this.cells) {
      if (c.value === '' && c.formula === '') continue;
      const [r, cc] = k.split(',').map(Number);
      row = Math.max(row, r);
      col = Math.max(col, cc);
    }
    return { row, col };
  }

  getName(): string {
    this.log.hit('Sheet.getName');
    return this.name;
  }
  // "Returns true if the sheet is currently hidden."
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#isSheetHidden()
  isSheetHidden(): boolean {
    this.log.hit('Sheet.isSheetHidden');
    return this.hidden;
  }
  setName(name: string): this {
    this.log.hit('Sheet.setName');
    checkSheetName(name);
    if (this.isNameTaken(name, this))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.log.hit('Sheet.getSheetId');
    return this.id;
  }
  getLastRow(): number {
    this.log.hit('Sheet.getLastRow');
    return this.lastRowCol().row;
  }
  getLastColumn(): number {
    this.log.hit('Sheet.getLastColumn');
    return this.lastRowCol().col;
  }
  getMaxRows(): number {
    this.log.hit('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.log.hit('Sheet.getMaxColumns');
    return this.maxCols;
  }
  insertRowsAfter(after: number, n: number): this {
    this.log.hit('Sheet.insertRowsAfter');
    if (after > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.ensureRoom(n * this.maxCols);
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, n: number): this {
    this.log.hit('Sheet.insertColumnsAfter');
    if (after > this.maxCols) throw new Error('Those columns are out of bounds.');
    this.ensureRoom(n * this.maxRows);
    this.maxCols += n;
    return this;
  }
  getRange(row: number | string, col?: number, nRows = 1, nCols = 1): FakeRange {
    this.log.hit('Sheet.getRange');
    if (typeof row === 'string') return this.rangeA1(row);
    return new FakeRange(this, row, col ?? 1, nRows, nCols);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    this.log.hit('Sheet.getRangeList');
    return new FakeRangeList(
      this.log,
      a1s.map((a) => this.rangeA1(a)),
    );
  }
  rangeA1(a1: string): FakeRange {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ''));
    if (!m) throw new Error(`Range not found: ${a1}`);
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r0 = Number(m[2]);
    const c0 = col(m[1]);
    const r1 = m[4] ? Number(m[4]) : r0;
    const c1 = m[3] ? col(m[3]) : c0;
    return new FakeRange(this, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  setColumnWidths(start: number, n: number, px: number): this {
    this.log.hit('Sheet.setColumnWidths');
    for (let i = 0; i < n; i++) this.columnWidths.set(start + i, px);
    return this;
  }
  setRowHeights(start: number, n: number, px: number): this {
    this.log.hit('Sheet.setRowHeights');
    for (let i = 0; i < n; i++) this.rowHeights.set(start + i, px);
    return this;
  }
  setColumnWidth(col: number, px: number): this {
    this.log.hit('Sheet.setColumnWidth');
    this.columnWidths.set(col, px);
    return this;
  }
  /** Merged ranges as 1-based bounds (parsed back from the A1 notation the fake stores). */
  mergeBounds(): { r0: number; c0: number; r1: number; c1: number }[] {
    const colNum = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return this.merges.map((a1) => {
      const [, ca, ra, cb, rb] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1) ?? [];
      return { r0: Number(ra), c0: colNum(ca), r1: Number(rb), c1: colNum(cb) };
    });
  }
  // Real Sheets refuses a freeze line through a merged cell and rolls back the whole operation:
  // "You can't freeze rows/columns which contain only part of a merged cell."
  // https://support.google.com/docs/answer/54813 (Freeze, group, hide, or merge rows & columns)
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer)
  setFrozenRows(n: number): void {
    this.log.hit('Sheet.setFrozenRows');
    if (this.mergeBounds().some((m) => m.r0 <= n && m.r1 > n))
      throw new Error("You can't freeze rows which contain only part of a merged cell.");
    this.frozenRows = n;
  }
  setFrozenColumns(n: number): void {
    this.log.hit('Sheet.setFrozenColumns');
    if (this.mergeBounds().some((m) => m.c0 <= n && m.c1 > n))
      throw new Error("You can't freeze columns which contain only part of a merged cell.");
    this.frozenCols = n;
  }
  getFrozenRows(): number {
    this.log.hit('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setConditionalFormatRules(rules: FakeRule[]): void {
    this.log.hit('Sheet.setConditionalFormatRules');
    this.rules = rules;
  }
  getConditionalFormatRules(): FakeRule[] {
    this.log.hit('Sheet.getConditionalFormatRules');
    return this.rules;
  }
  newChart(): FakeChartBuilder {
    this.log.hit('Sheet.newChart');
    return new FakeChartBuilder(this.log);
  }
  insertChart(chart: FakeChart): void {
    this.log.hit('Sheet.insertChart');
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.log.hit('Sheet.getCharts');
    return this.charts;
  }
  setTabColor(color: string | null): this {
    this.log.hit('Sheet.setTabColor');
    this.tabColor = color;
    return this;
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this.log.hit('Sheet.addDeveloperMetadata');
    const used = this.metadata.reduce((n, m) => n + m.key.length + (m.value ?? '').length, 0);
    if (used + key.length + (value ?? '').length > SHEETS_LIMITS.metadataChars)
      throw new Error(
        `Developer metadata on this sheet would exceed ${SHEETS_LIMITS.metadataChars} characters.`,
      );
    this.metadata.push(new FakeMetadata(this.log, key, value ?? null, this));
    return this;
  }
  getDeveloperMetadata(): FakeMetadata[] {
    this.log.hit('Sheet.getDeveloperMetadata');
    return this.metadata;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly nRows: number,
    readonly nCols: number,
  ) {
    if (row < 1 || col < 1 || nRows < 1 || nCols < 1)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (row + nRows - 1 > sheet.maxRows || col + nCols - 1 > sheet.maxCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }

  // Every 2-D setter (setValues, setNumberFormats, setFontWeights …) takes exactly the range's
  // rows × columns: "The size of the two-dimensional array must match the size of the range."
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
  private each<T>(name: string, grid: T[][], apply: (c: FakeCell, v: T) => void): this {
    this.sheet.log.hit(`Range.${name}`);
    if (grid.length !== this.nRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.nRows}.`,
      );
    grid.forEach((row, r) => {
      if (row.length !== this.nCols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.nCols}.`,
        );
      row.forEach((v, c) => apply(this.sheet.cell(this.row + r, this.col + c), v));
    });
    return this;
  }

  private read<T>(name: string, pick: (c: FakeCell) => T): T[][] {
    this.sheet.log.hit(`Range.${name}`);
    const out: T[][] = [];
    for (let r = 0; r < this.nRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.nCols; c++) row.push(pick(this.sheet.cell(this.row + r, this.col + c)));
      out.push(row);
    }
    return out;
  }

  getValues(): Value[][] {
    return this.read('getValues', (c) => (c.value instanceof Date ? new Date(c.value.getTime()) : c.value));
  }
  getFormulas(): string[][] {
    return this.read('getFormulas', (c) => c.formula);
  }
  getNumberFormats(): string[][] {
    return this.read('getNumberFormats', (c) => c.numberFormat);
  }
  setValues(values: unknown[][]): this {
    return this.each('setValues', values, (cell, v) => {
      cell.formula = '';
      if (v === null || v === undefined) cell.value = '';
      else if (typeof v === 'string' && v.length > SHEETS_LIMITS.cellChars)
        throw new Error(
          `Your input contains more than the maximum of ${SHEETS_LIMITS.cellChars} characters in a single cell.`,
        );
      else if (typeof v === 'string') {
        const text = cell.numberFormat === '@';
        if (!text && v.startsWith('=') && v.length > 1) {
          cell.formula = v;
          cell.value = '';
        } else if (!text && NUMERIC.test(v)) cell.value = Number(v);
        else cell.value = v;
      } else if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) cell.value = v;
      else throw new Error(`Cannot convert ${Object.prototype.toString.call(v)} to a cell value.`);
    });
  }
  setNumberFormats(f: string[][]): this {
    return this.each('setNumberFormats', f, (c, v) => (c.numberFormat = v));
  }
  setFontWeights(f: (string | null)[][]): this {
    return this.each('setFontWeights', f, (c, v) => (c.fontWeight = v ?? 'normal'));
  }
  setFontStyles(f: (string | null)[][]): this {
    return this.each('setFontStyles', f, (c, v) => (c.fontStyle = v ?? 'normal'));
  }
  setFontSizes(f: number[][]): this {
    return this.each('setFontSizes', f, (c, v) => (c.fontSize = v));
  }
  setFontColors(f: (string | null)[][]): this {
    return this.each('setFontColors', f, (c, v) => (c.fontColor = v ?? '#000000'));
  }
  setBackgrounds(f: (string | null)[][]): this {
    return this.each('setBackgrounds', f, (c, v) => (c.background = v));
  }
  setHorizontalAlignments(f: (string | null)[][]): this {
    return this.each('setHorizontalAlignments', f, (c, v) => (c.hAlign = v));
  }
  setVerticalAlignments(f: (string | null)[][]): this {
    return this.each('setVerticalAlignments', f, (c, v) => (c.vAlign = v));
  }
  setWraps(f: boolean[][]): this {
    return this.each('setWraps', f, (c, v) => (c.wrap = v));
  }
  // Real Sheets refuses a merge across a frozen line ("You can't merge frozen and non-frozen rows",
  // the same for columns): https://support.google.com/docs/answer/54813
  merge(): this {
    this.sheet.log.hit('Range.merge');
    const { frozenRows: fr, frozenCols: fc } = this.sheet;
    if (fr > 0 && this.row <= fr && this.row + this.nRows - 1 > fr)
      throw new Error("You can't merge frozen and non-frozen rows.");
    if (fc > 0 && this.col <= fc && this.col + this.nCols - 1 > fc)
      throw new Error("You can't merge frozen and non-frozen columns.");
    this.sheet.merges.push(this.getA1Notation(false));
    return this;
  }
  getA1Notation(count = true): string {
    if (count) this.sheet.log.hit('Range.getA1Notation');
    const col = (n: number) => {
      let s = '';
      for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
      return s;
    };
    return `${col(this.col)}${this.row}:${col(this.col + this.nCols - 1)}${this.row + this.nRows - 1}`;
  }
  /** Used by the border setter of RangeList. */
  forEachCell(fn: (c: FakeCell, r: number) => void): void {
    for (let r = 0; r < this.nRows; r++)
      for (let c = 0; c < this.nCols; c++) fn(this.sheet.cell(this.row + r, this.col + c), r);
  }
}

export class FakeRangeList {
  constructor(
    private log: CallLog,
    readonly ranges: FakeRange[],
  ) {}
  /** Like Sheets: top/bottom are the range's outer edges; horizontal is every inner row edge. */
  setBorder(
    top: boolean | null,
    _left: boolean | null,
    bottom: boolean | null,
    _right: boolean | null,
    _vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
  ): this {
    this.log.hit('RangeList.setBorder');
    for (const range of this.ranges)
      range.forEachCell((c, r) => {
        if (color) c.borderColor = color;
        if (top !== null && r === 0) c.borderTop = top;
        if (bottom !== null && r === range.nRows - 1) c.borderBottom = bottom;
        if (horizontal !== null) {
          if (r > 0) c.borderTop = horizontal;
          if (r < range.nRows - 1) c.borderBottom = horizontal;
        }
      });
    return this;
  }
  getRanges(): FakeRange[] {
    this.log.hit('RangeList.getRanges');
    return this.ranges;
  }
}
