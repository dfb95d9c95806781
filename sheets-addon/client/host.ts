/**
 * The Host port in the sidebar: every operation is a server call over the bridge. Reads go block by
 * block (each call its own short execution, far from the 6-minute limit), reporting progress and
 * honouring cancellation between blocks.
 */
import type { GridRead, Host, ReadOptions, SheetInfo, WriteResult } from '../../core/host/port';
import type { SheetDoc } from '../../core/sheetdoc/types';
import type { CellValue } from '../../core/table/types';
import { a1Range } from '../../core/sheetdoc';
import type { Bridge } from './bridge';

/** Cells fetched per server call: bounded so each response stays small and quick. */
export const CLIENT_BLOCK_CELLS = 50_000;

/** A host error raised by the port (the wizard shows `message`). */
export class HostError extends Error {
  constructor(
    readonly code: 'SHEET_NOT_FOUND' | 'READ_FAILED' | 'CANCELLED',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * The sidebar's Host.
 * @example mountWizard(root, createSheetsClientHost(createBridge(), 'zh-CN'))
 */
export function createSheetsClientHost(call: Bridge, locale: string): Host {
  return {
    kind: 'sheets',
    displayLanguage: () => locale,
    listSheets: (): Promise<SheetInfo[]> => call('listSheets'),
    async readGrid(sheet: string, options: ReadOptions = {}): Promise<GridRead> {
      try {
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

/** The block loop of readGrid: one server call per block, progress after each, cancellable between. */
async function readInBlocks(call: Bridge, sheet: string, options: ReadOptions): Promise<GridRead> {
  const size = await call('sheetSize', sheet);
  if (!size) throw new HostError('SHEET_NOT_FOUND', `Sheet not found: ${sheet}`);
  const rows = options.maxRows === undefined ? size.rows : Math.min(size.rows, options.maxRows);
  const cols = size.cols;
  const step = Math.max(1, Math.floor(CLIENT_BLOCK_CELLS / Math.max(1, cols)));
  const grid: CellValue[][] = [];
  options.onProgress?.({ stage: 'reading', done: 0, total: rows });
  for (let start = 1; start <= rows; start += step) {
    if (options.signal?.aborted) throw new HostError('CANCELLED', 'Cancelled');
    const block = await call('readBlock', sheet, start, Math.min(step, rows - start + 1), cols);
    if (!block) throw new HostError('SHEET_NOT_FOUND', `Sheet not found: ${sheet}`);
    for (const row of block) grid.push(row);
    options.onProgress?.({ stage: 'reading', done: grid.length, total: rows });
  }
  const address = rows > 0 && cols > 0 ? a1Range(0, 0, rows - 1, cols - 1) : 'A1';
  return { sheet, address, grid };
}
