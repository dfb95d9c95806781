/**
 * Format runs composed per cell (later runs win, property by property) and cut back into
 * rectangles, one list per attribute group: what a renderer applies range by range (Excel), paints
 * into 2-D arrays (Sheets) or reads cell by cell (xlsx, HTML). The rectangles never overlap and
 * cover only cells that differ from the plan's defaults.
 */
import type { FormatRun, HAlign, RangeRef } from '../types';

/** Font of a rectangle of cells (null colour: the default). */
export interface FontLook {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string | null;
}

/** Alignment: set together, since aligned or wrapped cells also sit mid-row beside their neighbours. */
export interface AlignLook {
  h: HAlign | null;
  middle: boolean;
  wrap: boolean;
}

/** Thin borders at the top / bottom of each cell. */
export interface BorderLook {
  top: boolean;
  bottom: boolean;
}

export interface Run<T> {
  range: RangeRef;
  look: T;
}

export interface StyleRuns {
  fonts: Run<FontLook>[];
  fills: Run<string>[];
  aligns: Run<AlignLook>[];
  borders: Run<BorderLook>[];
}

interface Composed {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  wrap?: boolean;
  borderTop?: boolean;
  borderBottom?: boolean;
}

/** Rectangles of equal non-null looks: runs along each row, then equal runs of consecutive rows joined. */
function rectangles<T>(grid: (T | null)[][], key: (look: T) => string): Run<T>[] {
  const open = new Map<string, Run<T>>();
  const out: Run<T>[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    const seen = new Set<string>();
    for (let c = 0; c < row.length;) {
      const look = row[c];
      if (look === null) {
        c++;
        continue;
      }
      const k = key(look);
      let end = c;
      while (end + 1 < row.length && row[end + 1] !== null && key(row[end + 1] as T) === k) end++;
      const id = `${c}:${end}:${k}`;
      const prev = open.get(id);
      if (prev && prev.range.r1 === r - 1) prev.range.r1 = r;
      else {
        const run = { range: { r0: r, c0: c, r1: r, c1: end }, look };
        open.set(id, run);
        out.push(run);
      }
      seen.add(id);
      c = end + 1;
    }
    for (const id of [...open.keys()]) if (!seen.has(id)) open.delete(id);
  }
  return out;
}

/**
 * The style runs of a tab of rows × cols cells, against the default font size.
 * @example styleRuns([{ range: { r0: 0, c0: 0, r1: 0, c1: 1 }, style: { bold: true } }], 1, 2, 11).fonts.length // 1
 */
export function styleRuns(
  formats: readonly FormatRun[],
  rows: number,
  cols: number,
  fontSize: number,
): StyleRuns {
  const cells: Composed[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({})));
  for (const run of formats) {
    if (!run.style) continue;
    const { r0, c0 } = run.range;
    const r1 = Math.min(run.range.r1, rows - 1);
    const c1 = Math.min(run.range.c1, cols - 1);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) Object.assign(cells[r][c], run.style);
  }
  const map = <T>(pick: (s: Composed) => T | null) => cells.map((row) => row.map(pick));
  return {
    fonts: rectangles(
      map((s): FontLook | null =>
        s.bold || s.italic || (s.fontSize !== undefined && s.fontSize !== fontSize) || s.fontColor
          ? { bold: !!s.bold, italic: !!s.italic, size: s.fontSize ?? fontSize, color: s.fontColor ?? null }
          : null,
      ),
      (f) => `${f.bold}|${f.italic}|${f.size}|${f.color}`,
    ),
    fills: rectangles(
      map((s) => s.fill ?? null),
      (f) => f,
    ),
    aligns: rectangles(
      map((s): AlignLook | null =>
        s.hAlign || s.wrap ? { h: s.hAlign ?? null, middle: true, wrap: !!s.wrap } : null,
      ),
      (a) => `${a.h}|${a.wrap}`,
    ),
    borders: rectangles(
      map((s): BorderLook | null =>
        s.borderTop || s.borderBottom ? { top: !!s.borderTop, bottom: !!s.borderBottom } : null,
      ),
      (b) => `${b.top}|${b.bottom}`,
    ),
  };
}
