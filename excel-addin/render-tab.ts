/**
 * Queues one SheetDoc tab onto a worksheet: number formats then values (row chunks sized for the
 * batcher), styles by format run, merges, widths, freeze panes, conditional formats, tab colour
 * and print layout. Charts come after the swap (render-charts.ts drawCharts). Nothing here decides
 * content.
 */
import type { RangeRef, TabDoc } from '../core/sheetdoc/types';
import type { Batcher } from './batcher';
import { cellGrids } from './render-cells';
import { addConditionalFormat, applyStyle } from './render-style';
import { payloadBytes } from './limits';
import { conditionalFormatBytes, rangeOpBytes, styleBytes, WIRE } from './wire-cost';

/** One values/format chunk stays well inside a batch. */
const CHUNK_BYTES = 1024 * 1024;
const CHUNK_CELLS = 200_000;

function rangeOf(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
  return ws.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/**
 * Column width in Excel character units to points (7 px per character + 5 px padding, 0.75 pt/px).
 * @example widthToPoints(10) // 56.25
 */
export function widthToPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

/**
 * Queues the whole tab; `batch.reserve` sends earlier work when the payload would pass 4 MB.
 * @example await renderTab(sheet, doc.tabs[0], batch);
 */
export async function renderTab(ws: Excel.Worksheet, tab: TabDoc, batch: Batcher): Promise<void> {
  await renderCells(ws, tab, batch);
  for (const run of tab.formats) {
    if (!run.style) continue;
    await batch.reserve(styleBytes(run.style));
    applyStyle(rangeOf(ws, run.range), run.style);
  }
  for (const m of tab.merges) {
    await batch.reserve(rangeOpBytes(0, 1));
    rangeOf(ws, m).merge(false);
  }
  await renderWidths(ws, tab.colWidths, batch);
  await renderHeights(ws, tab.rowHeights ?? [], batch);
  await batch.reserve(rangeOpBytes(1, 1));
  freeze(ws, tab.freeze);
  for (const cf of tab.conditionalFormats) {
    await batch.reserve(conditionalFormatBytes(cf));
    addConditionalFormat(rangeOf(ws, cf.range), cf);
  }
  await batch.reserve(4 * WIRE.hop + 4 * WIRE.action);
  if (tab.tabColor) ws.tabColor = tab.tabColor;
  if (tab.print.landscape) ws.pageLayout.orientation = 'Landscape';
  // one page wide, as many tall as needed (the form OfficeDev/office-js#1860 shows working)
  if (tab.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
}

async function renderCells(ws: Excel.Worksheet, tab: TabDoc, batch: Batcher): Promise<void> {
  const { values, numberFormats, cols } = cellGrids(tab.cells, tab.formats);
  if (cols === 0) return;
  let start = 0;
  let bytes = 0;
  for (let r = 0; r <= values.length; r++) {
    const rowBytes = r < values.length ? payloadBytes(values[r]) + payloadBytes(numberFormats[r]) : 0;
    const full = r - start > 0 && (bytes + rowBytes > CHUNK_BYTES || (r - start + 1) * cols > CHUNK_CELLS);
    if (r === values.length || full) {
      if (r > start) {
        await batch.reserve(bytes + rangeOpBytes(0, 2));
        const range = ws.getRangeByIndexes(start, 0, r - start, cols);
        // formats first: "@" must be on the cell before a text like "=SUM(…)" arrives
        range.numberFormat = numberFormats.slice(start, r);
        range.values = values.slice(start, r);
      }
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
}

async function renderWidths(ws: Excel.Worksheet, widths: readonly number[], batch: Batcher): Promise<void> {
  let c = 0;
  while (c < widths.length) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (widths[c] > 0) {
      await batch.reserve(rangeOpBytes(1, 1));
      ws.getRangeByIndexes(0, c, 1, end - c + 1).format.columnWidth = widthToPoints(widths[c]);
    }
    c = end + 1;
  }
}

/** Heights (points) of rows holding wrapped text; Excel does not re-fit rows written by the API. */
async function renderHeights(
  ws: Excel.Worksheet,
  heights: readonly { row: number; height: number }[],
  batch: Batcher,
): Promise<void> {
  for (const h of heights) {
    await batch.reserve(rangeOpBytes(1, 1));
    ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
  }
}

function freeze(ws: Excel.Worksheet, f: TabDoc['freeze']): void {
  if (f.rows > 0 && f.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.cols > 0) ws.freezePanes.freezeColumns(f.cols);
}
