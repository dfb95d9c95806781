/**
 * Reads a sheet's used range in row blocks that stay under the request caps (4 MB, 5M cells),
 * with progress and cancellation. Values are raw (`values`: numbers, date serials, text, booleans);
 * the core interprets them.
 */
import type { GridRead, ReadOptions } from '../core/host';
import { isDateFormat, serialAsDate, type CellValue } from '../core/table';
import { blockAddress } from './a1';
import { errorText, HostError } from '../core/host';
import { FIRST_BLOCK_COLS, FIRST_BLOCK_ROWS, MAX_READ_CELLS, payloadBytes, rowsPerBlock } from './limits';
import type { RunFn } from './office-env';

const FIRST_BLOCK_CELLS = 50_000;

interface UsedBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Reads `sheet` (never writes). Small sheets take one round trip: the used range's size, its first
 * rows (only the `maxRows` asked for, for a preview) and the workbook's date system travel
 * together; larger sheets add one round trip per block. A used range over MAX_READ_CELLS is
 * TOO_LARGE before any cell is read.
 * @example const { grid, address } = await readGrid(Excel.run, 'Sales', { maxRows: 50 });
 */
export async function readGrid(run: RunFn, sheet: string, options: ReadOptions = {}): Promise<GridRead> {
  try {
    return await run((ctx) => readWith(ctx, sheet, options, true));
  } catch (e) {
    if (e instanceof HostError) throw e;
    if (isNotFound(e)) throw new HostError('SHEET_NOT_FOUND', `Sheet "${sheet}" not found`, { sheet });
    // The speculative first block can exceed a cap on a very wide sheet: retry sized from the used range.
    try {
      return await run((ctx) => readWith(ctx, sheet, options, false));
    } catch (e2) {
      if (e2 instanceof HostError) throw e2;
      throw new HostError('READ_FAILED', errorText(e2));
    }
  }
}

function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ItemNotFound';
}

async function readWith(
  ctx: Excel.RequestContext,
  sheet: string,
  options: ReadOptions,
  speculative: boolean,
): Promise<GridRead> {
  const { onProgress, signal, maxRows } = options;
  if (signal?.aborted) throw new HostError('CANCELLED', 'Read cancelled');
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,address');
  const headRows = Math.max(1, Math.min(FIRST_BLOCK_ROWS, maxRows ?? FIRST_BLOCK_ROWS));
  const head = speculative
    ? used.getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, headRows, FIRST_BLOCK_COLS))
    : null;
  // As typed (a review tab's notes): formulas and number formats too, so a date comes back a date.
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
  const props = options.asTyped ? 'values,formulas,numberFormat' : 'values';
  head?.load(`${props},rowIndex,rowCount,columnCount`);
  // DATE(1904,1,1) is serial 0 only in the 1904 date system: the workbook setting, read without
  // writing a cell (Office.js has no property for it)
  const epoch = ctx.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await ctx.sync();

  const box: UsedBox = {
    row: used.rowIndex,
    col: used.columnIndex,
    rows: used.rowCount,
    cols: used.columnCount,
  };
  const date1904 = epoch.value === 0;
  const end = box.row + (maxRows === undefined ? box.rows : Math.min(box.rows, Math.max(0, maxRows)));
  const total = end - box.row;
  // The cap holds for a run's data set: cells read already from other sheets of it count too.
  const cells = total * box.cols + (options.priorCells ?? 0);
  if (cells > MAX_READ_CELLS) {
    const address = used.address.replace(/^.*!/, '');
    throw new HostError(
      'TOO_LARGE',
      `"${sheet}" uses ${address} (${cells} cells${options.priorCells ? ' with the sheets of its data set read before it' : ''}; at most ${MAX_READ_CELLS} are read in Excel). A stray value far right or below makes a sheet this large: Ctrl+End shows the last used cell.`,
      {
        sheet,
        address,
        cells: cells.toLocaleString('en-US'),
        limit: MAX_READ_CELLS.toLocaleString('en-US'),
      },
    );
  }
  const grid: CellValue[][] = [];
  const formulas: CellValue[][] | undefined = options.asTyped ? [] : undefined;
  const take = (r: Excel.Range, count: number): void => {
    const values = r.values.slice(0, count);
    if (!formulas) return appendRows(grid, values);
    const typed = typedRows(values, r.formulas.slice(0, count), r.numberFormat.slice(0, count), date1904);
    appendRows(grid, typed.values);
    appendRows(formulas, typed.formulas);
  };
  let next = box.row;
  let bytesPerRow = 0;

  if (head && !head.isNullObject && head.rowIndex === box.row && head.columnCount === box.cols) {
    const count = Math.min(head.values.length, Math.max(0, end - next));
    take(head, count);
    next += count;
    bytesPerRow = payloadBytes(head.values) / Math.max(1, head.rowCount);
  }
  onProgress?.({ stage: 'reading', done: next - box.row, total });

  while (next < end) {
    if (signal?.aborted) throw new HostError('CANCELLED', `Read cancelled after ${next - box.row} rows`);
    const n = Math.min(
      end - next,
      bytesPerRow > 0 ? rowsPerBlock(bytesPerRow, box.cols) : firstBlockRows(box.cols),
    );
    const block = ws.getRangeByIndexes(next, box.col, n, box.cols);
    block.load(props);
    await ctx.sync();
    take(block, n);
    if (bytesPerRow === 0) bytesPerRow = payloadBytes(block.values) / n;
    next += n;
    onProgress?.({ stage: 'reading', done: next - box.row, total });
  }

  const address = blockAddress(box.row, box.col, Math.max(1, total), box.cols);
  return { sheet, address, grid, date1904, ...(formulas ? { formulas } : {}) };
}

/** Without a measured row size, start small: ≤ 50k cells is under 4 MB even at ~80 bytes a cell. */
function firstBlockRows(cols: number): number {
  return Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(FIRST_BLOCK_CELLS / Math.max(1, cols))));
}

/**
 * Rows as typed: a number shown as a date becomes that Date, and each formula cell's formula text
 * is kept beside (Excel's `formulas` holds the constant itself for other cells).
 * @example typedRows([[46477]], [[46477]], [['yyyy-mm-dd']], false).values[0][0] // Date 2027-03-31
 */
export function typedRows(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
  date1904: boolean,
): { values: CellValue[][]; formulas: CellValue[][] } {
  return {
    values: values.map((row, r) =>
      row.map((v, c) => {
        const nf = formats[r]?.[c];
        return typeof v === 'number' && typeof nf === 'string' && isDateFormat(nf)
          ? serialAsDate(v, date1904)
          : (v as CellValue);
      }),
    ),
    formulas: formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))),
  };
}

/** Appends without spreading (a spread of 10^5 rows can overflow the call stack). */
function appendRows(grid: CellValue[][], rows: readonly (readonly unknown[])[]): void {
  for (const row of rows) grid.push(row as CellValue[]);
}
