/**
 * Queues one tab onto a worksheet: the render plan (core/sheetdoc/render-plan.ts) translated into
 * Office.js — number formats then values (row chunks sized for the batcher), the tab's font, the
 * font / fill / alignment / border runs, merges, widths, heights, freeze panes, conditional
 * formats, tab colour and print layout. Charts come after the swap (render-charts.ts drawCharts).
 * Nothing here decides layout.
 */
import { planTab, type RangeRef, type SheetDoc, type TabDoc, type TabPlan } from '../core/sheetdoc';
import type { Batcher } from './batcher';
import { payloadBytes } from './limits';
import { addConditionalFormat, applyAlign, applyBorders, applyFont } from './render-style';
import { conditionalFormatBytes, rangeOpBytes, WIRE } from './wire-cost';

/** One values/format chunk stays well inside a batch. */
const CHUNK_BYTES = 1024 * 1024;
const CHUNK_CELLS = 200_000;

function rangeOf(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
  return ws.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/**
 * Queues the whole tab; `batch.reserve` sends earlier work when the payload would pass 4 MB.
 * Returns the plan (its charts are drawn later).
 * @example await renderTab(sheet, doc.tabs[0], batch, doc.lang);
 */
export async function renderTab(
  ws: Excel.Worksheet,
  tab: TabDoc,
  batch: Batcher,
  lang: SheetDoc['lang'],
): Promise<TabPlan> {
  const p = planTab(tab, lang);
  await renderCells(ws, p, batch);
  if (p.rows > 0 && p.cols > 0) {
    await batch.reserve(rangeOpBytes(2, 2, p.fontName));
    const font = ws.getRangeByIndexes(0, 0, p.rows, p.cols).format.font;
    font.name = p.fontName;
    font.size = p.fontSize;
  }
  for (const r of p.runs.fonts) {
    const f = r.look;
    const sets = Number(f.bold) + Number(f.italic) + Number(f.size !== p.fontSize) + Number(!!f.color);
    await batch.reserve(rangeOpBytes(2, sets, f.color));
    applyFont(rangeOf(ws, r.range), r.look, p.fontSize);
  }
  for (const r of p.runs.fills) {
    await batch.reserve(rangeOpBytes(2, 1, r.look));
    rangeOf(ws, r.range).format.fill.color = r.look;
  }
  for (const r of p.runs.aligns) {
    await batch.reserve(rangeOpBytes(1, Number(!!r.look.h) + Number(r.look.wrap) + Number(r.look.middle)));
    applyAlign(rangeOf(ws, r.range), r.look);
  }
  for (const r of p.runs.borders) {
    const edges = 1 + Number(r.look.top) + Number(r.look.bottom);
    await batch.reserve(rangeOpBytes(2 + edges, 3 * edges, p.borderColor));
    applyBorders(rangeOf(ws, r.range), r.look, p.borderColor);
  }
  for (const m of p.merges) {
    await batch.reserve(rangeOpBytes(0, 1));
    rangeOf(ws, m).merge(false);
  }
  await renderWidths(ws, p, batch);
  for (const h of p.heights) {
    await batch.reserve(rangeOpBytes(1, 1));
    // Excel does not re-fit rows written by the API: rows holding wrapped text get their height
    ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.pt;
  }
  await batch.reserve(rangeOpBytes(1, 1));
  freeze(ws, p.freeze);
  for (const cf of p.conditionalFormats) {
    await batch.reserve(conditionalFormatBytes(cf));
    addConditionalFormat(rangeOf(ws, cf.range), cf);
  }
  await batch.reserve(4 * WIRE.hop + 4 * WIRE.action);
  if (p.tabColor) ws.tabColor = p.tabColor;
  if (p.print.landscape) ws.pageLayout.orientation = 'Landscape';
  // one page wide, as many tall as needed (the form OfficeDev/office-js#1860 shows working)
  if (p.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  return p;
}

async function renderCells(ws: Excel.Worksheet, p: TabPlan, batch: Batcher): Promise<void> {
  const { values, numberFormats, cols } = p;
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

/** Consecutive columns of equal width in one call. */
async function renderWidths(ws: Excel.Worksheet, p: TabPlan, batch: Batcher): Promise<void> {
  let c = 0;
  while (c < p.widths.length) {
    const w = p.widths[c];
    let end = c;
    while (end + 1 < p.widths.length && p.widths[end + 1]?.pt === w?.pt) end++;
    if (w) {
      await batch.reserve(rangeOpBytes(1, 1));
      ws.getRangeByIndexes(0, c, 1, end - c + 1).format.columnWidth = w.pt;
    }
    c = end + 1;
  }
}

function freeze(ws: Excel.Worksheet, f: TabPlan['freeze']): void {
  if (f.rows > 0 && f.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.cols > 0) ws.freezePanes.freezeColumns(f.cols);
}
