/**
 * The ID column of a tab with notes: each keyed row shows its key (and an input its suggested
 * value beside it), so a refresh — or any host — finds the user's cells by key, not by row.
 */
import type { Cell, NoteInput, NoteLayout, NoteTable, TabDoc } from '../types';
import { COLOR } from '../formats';

/** The keyed parts of a tab before its ID column is placed. */
export interface NoteSpec {
  tables: NoteTable[];
  inputs: NoteInput[];
  /** Rows where the ID column (and the suggested column, when there are inputs) get their header. */
  headerRows: number[];
  labels: { key: string; suggested: string };
}

const KEY_WIDTH = 14;
const SUGGESTED_WIDTH = 12;
const KEY_STYLE = { fontColor: COLOR.calcFont, fontSize: 8 } as const;

/** Index of the first column right of every value of the tab. */
function firstFreeColumn(cells: readonly (readonly Cell[])[]): number {
  let n = 0;
  for (const row of cells)
    for (let c = row.length - 1; c >= n; c--)
      if (row[c] !== null && row[c] !== undefined && row[c] !== '') {
        n = c + 1;
        break;
      }
  return n;
}

function put(cells: Cell[][], r: number, c: number, v: Cell): void {
  while (cells.length <= r) cells.push([]);
  const row = cells[r];
  while (row.length < c) row.push(null);
  row[c] = v;
}

/**
 * Adds the ID column right of the tab's content (and the suggested values of its inputs beside it)
 * and records the layout in `tab.notes`.
 * @example withNoteKeys(tb.build('findings', name, {}), { tables, inputs: [], headerRows: [7], labels }).notes.keyCol // 11
 */
export function withNoteKeys(tab: TabDoc, spec: NoteSpec): TabDoc {
  const cells = tab.cells.map((r) => r.slice());
  const keyCol = firstFreeColumn(cells);
  const formats = [...tab.formats];
  const colWidths = [...tab.colWidths];
  while (colWidths.length < keyCol) colWidths.push(8.43);
  colWidths[keyCol] = KEY_WIDTH;
  const last = (row: number, col: number): string | undefined =>
    [...tab.formats]
      .reverse()
      .find(
        (f) => f.numFmt && row >= f.range.r0 && row <= f.range.r1 && col >= f.range.c0 && col <= f.range.c1,
      )?.numFmt;
  for (const t of spec.tables) for (const { row, key } of t.rows) put(cells, row, keyCol, key);
  for (const i of spec.inputs) {
    put(cells, i.row, keyCol, i.key);
    put(cells, i.row, keyCol + 1, i.generated);
    const numFmt = last(i.row, i.col);
    formats.push({
      range: { r0: i.row, c0: keyCol + 1, r1: i.row, c1: keyCol + 1 },
      numFmt,
      style: KEY_STYLE,
    });
  }
  if (spec.inputs.length > 0) colWidths[keyCol + 1] = SUGGESTED_WIDTH;
  const keyed = [...spec.tables.flatMap((t) => t.rows.map((r) => r.row)), ...spec.inputs.map((i) => i.row)];
  for (const r of keyed) formats.push({ range: { r0: r, c0: keyCol, r1: r, c1: keyCol }, style: KEY_STYLE });
  for (const h of spec.headerRows) {
    put(cells, h, keyCol, spec.labels.key);
    if (spec.inputs.length > 0) put(cells, h, keyCol + 1, spec.labels.suggested);
    formats.push({
      range: { r0: h, c0: keyCol, r1: h, c1: keyCol + (spec.inputs.length > 0 ? 1 : 0) },
      style: { ...KEY_STYLE, bold: true },
    });
  }
  const notes: NoteLayout = { keyCol, tables: spec.tables, inputs: spec.inputs };
  return { ...tab, cells, formats, colWidths, notes };
}
