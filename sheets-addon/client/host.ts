/**
 * The Host port in the sidebar: every operation is a server call over the bridge. Reads go block by
 * block (each call its own short execution, far from the 6-minute limit), reporting progress and
 * honouring cancellation between blocks.
 */
import {
  HostError,
  type GridRead,
  type Host,
  type ReadOptions,
  type SheetInfo,
  type WriteResult,
} from '../../core/host';
import type { SheetDoc } from '../../core/sheetdoc';
import type { CellValue } from '../../core/table';
import { a1Range } from '../../core/sheetdoc';
import type { Bridge } from './bridge';
import type { SheetHead } from '../server/api';
import { typedGridRead } from '../server/read-typed';

/** Cells fetched per server call: bounded so each response stays small and quick. */
export const CLIENT_BLOCK_CELLS = 50_000;
/** Rows of each sheet fetched with the sheet list (the wizard previews 30). */
export const HEAD_ROWS = 30;
/** Sheets whose first rows come with the list (the wizard scores at most 25). */
export const HEAD_SHEETS = 25;

/**
 * The sidebar's Host.
 * @example mountWizard(root, createSheetsClientHost(createBridge(), 'zh-CN'))
 */
export function createSheetsClientHost(call: Bridge, locale: string): Host {
  // First rows fetched with the list; each is used once, by the preview read that follows it.
  const heads = new Map<string, SheetHead>();
  return {
    kind: 'sheets',
    displayLanguage: () => locale,
    async listSheets(): Promise<SheetInfo[]> {
      const { sheets, heads: fetched } = await call('listWithHeads', HEAD_ROWS, HEAD_SHEETS);
      heads.clear();
      for (const h of fetched) heads.set(h.name, h);
      return sheets;
    },
    async readGrid(sheet: string, options: ReadOptions = {}): Promise<GridRead> {
      const head = heads.get(sheet);
      if (
        head &&
        options.maxRows !== undefined &&
        (options.maxRows <= head.values.length || head.values.length === head.rows)
      ) {
        heads.delete(sheet);
        return fromHead(head, options);
      }
      try {
        if (options.asTyped) {
          const typed = await call('readTyped', sheet);
          if (!typed) throw new HostError('SHEET_NOT_FOUND', `Sheet not found: ${sheet}`, { sheet });
          return typedGridRead(typed);
        }
        return await readInBlocks(call, sheet, options);
      } catch (e) {
        if (e instanceof HostError) throw e;
        throw new HostError('READ_FAILED', e instanceof Error ? e.message : String(e));
      }
    },
    async writeSheetDoc(doc: SheetDoc, options = {}): Promise<WriteResult> {
      options.onProgress?.({ stage: 'writing', done: 0, total: doc.tabs.length });
      let result: WriteResult;
      try {
        result = await call('writeSheetDoc', doc);
      } catch (e) {
        return { ok: false, code: 'WRITE_FAILED', message: e instanceof Error ? e.message : String(e) };
      }
      if (result.ok)
        options.onProgress?.({ stage: 'writing', done: doc.tabs.length, total: doc.tabs.length });
      return result;
    },
    loadSettings: (): Promise<unknown> => call('loadSettings'),
    saveSettings: (settings: unknown): Promise<void> => call('saveSettings', settings),
    activateSheet: (name: string): Promise<void> => call('activateSheet', name),
  };
}

function gridRead(sheet: string, grid: CellValue[][], cols: number): GridRead {
  const address = grid.length > 0 && cols > 0 ? a1Range(0, 0, grid.length - 1, cols - 1) : 'A1';
  return { sheet, address, grid };
}

function fromHead(head: SheetHead, options: ReadOptions): GridRead {
  const grid = head.values.slice(0, options.maxRows);
  options.onProgress?.({ stage: 'reading', done: grid.length, total: grid.length });
  return gridRead(head.name, grid, head.cols);
}

/**
 * The block loop of readGrid: the size and first block in one call, then one call per block,
 * progress after each, cancellable between.
 */
async function readInBlocks(call: Bridge, sheet: string, options: ReadOptions): Promise<GridRead> {
  if (options.signal?.aborted) throw new HostError('CANCELLED', 'Cancelled');
  const first = await call('readFirst', sheet, options.maxRows ?? null, CLIENT_BLOCK_CELLS);
  if (!first) throw new HostError('SHEET_NOT_FOUND', `Sheet not found: ${sheet}`, { sheet });
  const rows = options.maxRows === undefined ? first.rows : Math.min(first.rows, options.maxRows);
  const cols = first.cols;
  const step = Math.max(1, Math.floor(CLIENT_BLOCK_CELLS / Math.max(1, cols)));
  const grid: CellValue[][] = first.values;
  options.onProgress?.({ stage: 'reading', done: grid.length, total: rows });
  for (let start = grid.length + 1; start <= rows; start += step) {
    if (options.signal?.aborted) throw new HostError('CANCELLED', 'Cancelled');
    const block = await call('readBlock', sheet, start, Math.min(step, rows - start + 1), cols);
    if (!block) throw new HostError('SHEET_NOT_FOUND', `Sheet not found: ${sheet}`, { sheet });
    for (const row of block) grid.push(row);
    options.onProgress?.({ stage: 'reading', done: grid.length, total: rows });
  }
  return gridRead(sheet, grid, cols);
}
