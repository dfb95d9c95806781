/**
 * Reads a run's data set through the Host port: the chosen sheet, and — when the order list goes
 * on over other sheets with the same header — those sheets too, combined in core/table
 * (dataSetOf). Other sheets are first read only for their first rows (their header); the ones of
 * the data set are then read whole. Each read tells the host how many cells the run has read
 * already (ReadOptions.priorCells), so its cap (Excel's cells per read, Sheets' cells and time per
 * execution) holds for the data set, not only for one sheet.
 */
import {
  dataSetOf,
  sheetHead,
  type CombinedSheets,
  type Grid,
  type HiddenCopies,
  type WorkbookSheet,
} from '../table';
import type { ReviewSettings } from '../settings';
import type { GridRead, Host, SheetInfo } from './port';

/** Rows read of another sheet to compare its header (a header sits in the first 30 rows). */
export const HEAD_ROWS = 30;
/** Sheets whose header is compared at most (each a short read). */
export const MAX_SCANNED_SHEETS = 50;

export type DataSetRead =
  | {
      ok: true;
      grid: Grid;
      sheet: string;
      split: CombinedSheets | null;
      /** One sheet read while hidden sheets with its header were left out. */
      hiddenCopies?: HiddenCopies | null;
      date1904?: boolean;
    }
  | { ok: false; code: string; message: string; params: Record<string, string> };

export interface DataSetReadOptions {
  signal?: { readonly aborted: boolean };
  /** Rows read so far of the rows to read (whole sheets only). */
  onRows?: (done: number, total: number) => void;
}

const cellsOf = (grid: Grid): number => {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  return grid.length * width;
};

/**
 * The grid to review for `settings` (one sheet, or the sheets of one data set stacked).
 * @example const d = await readDataSet(host, settings); if (d.ok) runReview(d.grid, settings, { split: d.split });
 */
export async function readDataSet(
  host: Host,
  settings: ReviewSettings,
  o: DataSetReadOptions = {},
): Promise<DataSetRead> {
  const primary = settings.sheet!;
  const target = settings.targets.kind === 'sheet' ? settings.targets.sheet : null;
  const chosen = settings.sheets;
  let priorCells = 0;
  let done = 0;
  let total = 0;
  const readWhole = async (name: string): Promise<GridRead> => {
    const base = done;
    const read = await host.readGrid(name, {
      signal: o.signal,
      priorCells,
      onProgress: (e) => {
        if (base + e.total > total) total = base + e.total;
        o.onRows?.(base + e.done, total);
      },
    });
    priorCells += cellsOf(read.grid);
    done = base + read.grid.length;
    return read;
  };

  // Exactly one sheet asked for: read it alone, as a single-sheet review always was.
  if (Array.isArray(chosen) && chosen.length === 1) {
    const read = await readWhole(chosen[0]);
    return { ok: true, grid: read.grid, sheet: read.sheet, split: null, date1904: read.date1904 };
  }
  const first = await readWhole(Array.isArray(chosen) ? chosen[0] : primary);
  const sheets: WorkbookSheet[] = [];
  let order: string[] = [];
  let narrow: string[] = [];
  const whole = new Set<string>([first.sheet]);
  if (Array.isArray(chosen)) {
    for (const name of chosen.slice(1)) {
      if (o.signal?.aborted) break;
      const read = await readWhole(name);
      whole.add(name);
      sheets.push({ name, grid: read.grid });
    }
    sheets.unshift({ name: first.sheet, grid: first.grid });
  } else {
    // Which other sheets share the header: their first rows only (a small sheet is then read whole).
    // A sheet narrower than the header, or with no row under one, cannot go on with the data set:
    // it is not read at all (Excel: the sheet list is the one round trip this costs).
    const width = sheetHead(first.sheet, first.grid).headers.length;
    const list = await host.listSheets();
    const candidates = list.filter((s: SheetInfo) => !s.owned && s.name !== first.sheet && s.name !== target);
    const others = candidates.filter((s) => s.rows > 1 && s.cols >= width);
    order = list.map((s) => s.name);
    // a hidden sheet narrower than the header is no copy of the data set: not worth naming
    narrow = candidates.filter((s) => s.rows > 0 && s.cols < width && !s.hidden).map((s) => s.name);
    const heads = new Map<string, Grid>();
    for (const s of others.slice(0, MAX_SCANNED_SHEETS)) {
      if (o.signal?.aborted) break;
      const head = await host.readGrid(s.name, { maxRows: HEAD_ROWS, signal: o.signal });
      heads.set(s.name, head.grid);
      if (s.rows <= HEAD_ROWS) whole.add(s.name);
    }
    const hiddenNames = new Set(list.filter((s) => s.hidden).map((s) => s.name));
    const planned = dataSetOf(
      [
        { name: first.sheet, grid: first.grid },
        ...[...heads].map(([name, grid]) => ({ name, grid, hidden: hiddenNames.has(name) })),
      ],
      { sheet: first.sheet, sheets: chosen, ignore: target ? [target] : [], lang: settings.language },
    );
    const used = planned.ok ? planned.plan.used.map((h) => h.name) : [first.sheet];
    for (const s of others) {
      if (!used.includes(s.name) || whole.has(s.name)) continue;
      if (o.signal?.aborted) break;
      heads.set(s.name, (await readWhole(s.name)).grid);
      whole.add(s.name);
    }
    // The workbook's own tab order: the first sheet where the host lists it. A hidden sheet (an
    // old copy, a lookup) joins only when chosen: 'all' or by name (core/table/split/plan.ts).
    const byName = new Map<string, Grid>([[first.sheet, first.grid], ...heads]);
    for (const { name, hidden } of list) {
      const grid = byName.get(name);
      if (grid) sheets.push({ name, grid, ...(hidden && name !== first.sheet ? { hidden: true } : {}) });
    }
    if (!list.some((s) => s.name === first.sheet)) sheets.unshift({ name: first.sheet, grid: first.grid });
  }
  const data = dataSetOf(sheets, {
    sheet: first.sheet,
    sheets: chosen,
    ignore: target ? [target] : [],
    lang: settings.language,
    year: settings.year,
    fiscalStartMonth: settings.fiscalStartMonth,
    overrides: settings.mapping,
  });
  if (!data.ok) return data;
  if (data.split && narrow.length > 0) {
    // Sheets narrower than the header were never read: they are left out all the same, and named.
    const out = new Set([...data.split.leftOut.map((l) => l.name), ...narrow]);
    data.split.leftOut = order
      .filter((name) => out.has(name))
      .map((name) => data.split!.leftOut.find((l) => l.name === name) ?? { name, reason: 'header' as const });
  }
  return {
    ok: true,
    grid: data.grid,
    sheet: data.sheet,
    split: data.split,
    hiddenCopies: data.hiddenCopies,
    date1904: first.date1904,
  };
}
