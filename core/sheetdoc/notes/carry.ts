/**
 * Notes that survive a refresh: the user's cells of the previous findings or plan tab are put back
 * into the regenerated tab by key (the ID column), never by row number, so sorted or reordered rows
 * still match. Rows whose finding no longer occurs keep their notes in a closed block under the
 * tab; plan inputs the user changed keep the typed value (see `carryInput`).
 */
import type { CellValue, Grid } from '../../table';
import { isFindingKey } from '../../review';
import type { Cell, FormatRun, NoteLayout, NoteTable, TabDoc } from '../types';
import { COLOR, FMT, STYLE } from '../formats';
import { wrappedRowHeights } from '../tab-builder';

/** The previous tab as a host read it, anchored at A1. */
export interface PreviousTab {
  /** Values (a date as a Date when the host knows the cell is one). */
  grid: Grid;
  /** The formula text of cells holding one ("=…"), same shape as `grid`; missing = values only. */
  formulas?: Grid;
  /** The workbook counts serials from 1904: a Date is written back as a serial of that system. */
  date1904?: boolean;
}

/** Prefix of a plan input's key. */
export const INPUT_KEY_PREFIX = 'in:';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * A Date as a spreadsheet serial (UTC calendar day, time kept as the fraction).
 * @example dateSerial(new Date(Date.UTC(2026, 0, 1))) // 46023
 */
export function dateSerial(d: Date, date1904 = false): number {
  return (d.getTime() - EPOCH_1900) / MS_PER_DAY - (date1904 ? 1462 : 0);
}

const isEmpty = (v: CellValue): boolean => v === null || v === undefined || v === '';

/** A carried cell, and the date format it needs when it was a date. */
interface Carried {
  cell: Cell;
  date: boolean;
}

function carriedAt(prev: PreviousTab, r: number, c: number): Carried | null {
  const f = prev.formulas?.[r]?.[c];
  const v = prev.grid[r]?.[c];
  const value = v instanceof Date ? dateSerial(v, prev.date1904) : v;
  if (typeof f === 'string' && f.startsWith('=') && f.length > 1)
    return {
      cell: { formula: f, value: value === undefined || value === null ? null : (value as number | string) },
      date: v instanceof Date,
    };
  if (v === undefined || v === null || v === '') return null;
  if (v instanceof Date) return { cell: dateSerial(v, prev.date1904), date: true };
  return { cell: v as Cell, date: false };
}

function isKeyText(v: CellValue): v is string {
  return typeof v === 'string' && (isFindingKey(v) || v.startsWith(INPUT_KEY_PREFIX));
}

/**
 * The previous tab's ID column: the column holding the most keys (a host's tab may have moved it).
 * @example keyColumnOf([[null, 'MARGIN_DOWN']]) // 1
 */
export function keyColumnOf(grid: Grid): number | null {
  const counts = new Map<number, number>();
  for (const row of grid)
    row.forEach((v, c) => {
      if (isKeyText(v)) counts.set(c, (counts.get(c) ?? 0) + 1);
    });
  let best: number | null = null;
  for (const [c, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

function put(cells: Cell[][], r: number, c: number, v: Cell): void {
  while (cells.length <= r) cells.push([]);
  const row = cells[r];
  while (row.length < c) row.push(null);
  row[c] = v;
}

const sameValue = (a: CellValue, b: CellValue): boolean => {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (a instanceof Date && typeof b === 'number') return false;
  return (isEmpty(a) && isEmpty(b)) || a === b;
};

/**
 * Carries the user's cells of `previous` into the regenerated `tab` (returned as a new TabDoc;
 * `tab` is untouched). Table notes go to the live row with the same key; notes of keys no longer
 * live go to the closed block under the tab (so a finding that returns gets its notes back).
 * A plan input keeps the value typed in the sheet when it differs from what the previous run
 * suggested there (the suggested value beside its key); an empty cell hands the input back to the
 * settings. An input the user did not change takes this run's value.
 * @example carryNotes({ grid: oldFindingsGrid }, findingsTab(ctx)).cells // notes back in place
 */
export function carryNotes(previous: PreviousTab, tab: TabDoc): TabDoc {
  const layout = tab.notes;
  if (!layout || previous.grid.length === 0) return tab;
  const oldKeyCol = keyColumnOf(previous.grid);
  if (oldKeyCol === null) return tab;
  // Key → rows of the previous tab (the first row with a note wins when a user copied a row).
  const oldRows = new Map<string, number[]>();
  previous.grid.forEach((row, r) => {
    const k = row[oldKeyCol];
    if (isKeyText(k)) oldRows.set(k, [...(oldRows.get(k) ?? []), r]);
  });
  const cells = tab.cells.map((r) => r.slice());
  const formats: FormatRun[] = [...tab.formats];
  const inputRanges = [...tab.inputRanges];
  const dateAt = (r: number, c: number): void => {
    formats.push({ range: { r0: r, c0: c, r1: r, c1: c }, numFmt: FMT.date });
  };
  const live = new Set<string>();
  for (const t of layout.tables)
    for (const { row, key } of t.rows) {
      live.add(key);
      const from = withNotes(previous, oldRows.get(key) ?? [], t.userCols);
      if (from === null) continue;
      for (const c of t.userCols) {
        const got = carriedAt(previous, from, c);
        if (!got) continue;
        put(cells, row, c, got.cell);
        if (got.date) dateAt(row, c);
      }
    }
  for (const i of layout.inputs) {
    live.add(i.key);
    const r = oldRows.get(i.key)?.[0];
    if (r === undefined) continue;
    const typed = previous.grid[r]?.[i.col];
    const suggested = previous.grid[r]?.[oldKeyCol + 1];
    if (isEmpty(typed) || typed instanceof Date || sameValue(typed, suggested)) continue;
    if (typeof typed === 'number' || typeof typed === 'string') put(cells, i.row, i.col, typed);
  }
  const table = layout.tables[0];
  let out: TabDoc = { ...tab, cells, formats, inputRanges };
  if (table) {
    const closed: number[] = [];
    for (const [key, rows] of oldRows) {
      if (live.has(key) || key.startsWith(INPUT_KEY_PREFIX)) continue;
      const from = withNotes(previous, rows, table.userCols);
      if (from !== null) closed.push(from);
    }
    if (closed.length > 0) out = appendClosed(out, layout, table, previous, oldKeyCol, closed);
  }
  return { ...out, rowHeights: wrappedRowHeights(out.cells, out.formats, out.merges, out.colWidths) };
}

/** The first of `rows` with a non-empty user cell, or null. */
function withNotes(prev: PreviousTab, rows: readonly number[], userCols: readonly number[]): number | null {
  for (const r of rows) if (userCols.some((c) => carriedAt(prev, r, c) !== null)) return r;
  return null;
}

/** The closed block: a title, the table's header again, then each closed row (label, notes, key). */
function appendClosed(
  tab: TabDoc,
  layout: NoteLayout,
  table: NoteTable,
  prev: PreviousTab,
  oldKeyCol: number,
  rows: readonly number[],
): TabDoc {
  const cells = tab.cells;
  const formats = tab.formats;
  const lastCol = Math.max(layout.keyCol, ...table.userCols, ...table.labelCols);
  cells.push([]);
  const title = cells.length;
  put(cells, title, 0, table.closedTitle);
  formats.push({ range: { r0: title, c0: 0, r1: title, c1: lastCol }, style: STYLE.section });
  const header = cells.length;
  const liveHeader = tab.cells[table.headerRow] ?? [];
  for (let c = 0; c <= lastCol; c++) put(cells, header, c, liveHeader[c] ?? null);
  formats.push({ range: { r0: header, c0: 0, r1: header, c1: lastCol }, style: STYLE.header });
  const first = cells.length;
  rows.forEach((from, i) => {
    const r = first + i;
    put(cells, r, lastCol, null);
    for (const c of [...table.labelCols, ...table.userCols]) {
      const got = carriedAt(prev, from, c);
      if (!got) continue;
      put(cells, r, c, got.cell);
      if (got.date) formats.push({ range: { r0: r, c0: c, r1: r, c1: c }, numFmt: FMT.date });
    }
    put(cells, r, layout.keyCol, prev.grid[from]?.[oldKeyCol] as string);
  });
  const last = first + rows.length - 1;
  for (const c of table.labelCols)
    formats.push({
      range: { r0: first, c0: c, r1: last, c1: c },
      style: { wrap: true, fontColor: COLOR.noteFont },
    });
  for (const c of table.userCols) {
    formats.push({ range: { r0: first, c0: c, r1: last, c1: c }, style: { wrap: true, borderBottom: true } });
    tab.inputRanges.push({ r0: first, c0: c, r1: last, c1: c });
  }
  formats.push({
    range: { r0: first, c0: layout.keyCol, r1: last, c1: layout.keyCol },
    style: { fontColor: COLOR.calcFont, fontSize: 8 },
  });
  return tab;
}
