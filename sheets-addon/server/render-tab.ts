/**
 * Renders one TabDoc into an (empty) sheet with batched calls: one setValues, one 2-D setter per
 * format attribute, one RangeList per border side, one rules call, then merges, widths, freeze,
 * charts and the tab colour. The call count depends on the tab's layout, never on the data size.
 */
import type { RangeRef, TabDoc } from '../../core/sheetdoc/types';
import { a1Range } from '../../core/sheetdoc';
import type { GasEnv } from './env';
import { tabGrids, widthPx } from './tab-grids';
import { conditionalRules } from './rules';
import { buildChart } from './charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const BORDER_COLOR = '#9CA3AF';

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function a1s(ranges: readonly RangeRef[]): string[] {
  return ranges.map((r) => a1Range(r.r0, r.c0, r.r1, r.c1));
}

/** Consecutive rows of equal height (points → pixels), so each run is one setRowHeights call. */
function heightRuns(
  heights: readonly { row: number; height: number }[],
): { start: number; count: number; px: number }[] {
  const runs: { start: number; count: number; px: number }[] = [];
  for (const h of heights) {
    const px = Math.round((h.height * 4) / 3);
    const last = runs[runs.length - 1];
    if (last && last.px === px && last.start + last.count === h.row + 1) last.count += 1;
    else runs.push({ start: h.row + 1, count: 1, px });
  }
  return runs;
}

/** Consecutive columns of equal width, so each run is one setColumnWidths call. */
function widthRuns(widths: readonly number[]): { start: number; count: number; px: number }[] {
  const runs: { start: number; count: number; px: number }[] = [];
  widths.forEach((w, i) => {
    if (!(w > 0)) return;
    const px = widthPx(w);
    const last = runs[runs.length - 1];
    if (last && last.px === px && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, px });
  });
  return runs;
}

/**
 * Writes a tab into a fresh sheet.
 * @example renderTab(env, ss.insertSheet('tmp'), doc.tabs[0])
 */
export function renderTab(env: GasEnv, sheet: Sheet, tab: TabDoc): void {
  const g = tabGrids(tab);
  ensureSize(sheet, g.rows, g.cols);
  if (g.rows > 0 && g.cols > 0) {
    const range = sheet.getRange(1, 1, g.rows, g.cols);
    // Formats first: the plain-text format on data strings is what keeps "=…" text as text.
    range.setNumberFormats(g.numberFormats);
    range.setValues(g.values);
    if (g.fontWeights) range.setFontWeights(g.fontWeights);
    if (g.fontStyles) range.setFontStyles(g.fontStyles);
    if (g.fontSizes) range.setFontSizes(g.fontSizes);
    if (g.fontColors) range.setFontColors(g.fontColors as string[][]);
    if (g.backgrounds) range.setBackgrounds(g.backgrounds as string[][]);
    if (g.hAligns) range.setHorizontalAlignments(g.hAligns);
    if (g.wraps) range.setWraps(g.wraps);
  }
  const solid = env.app.BorderStyle.SOLID;
  // "Each cell of the range": the outer edge plus every inner horizontal edge.
  if (g.bordersTop.length > 0)
    sheet.getRangeList(a1s(g.bordersTop)).setBorder(true, null, null, null, null, true, BORDER_COLOR, solid);
  if (g.bordersBottom.length > 0)
    sheet
      .getRangeList(a1s(g.bordersBottom))
      .setBorder(null, null, true, null, null, true, BORDER_COLOR, solid);
  for (const m of tab.merges) sheet.getRange(m.r0 + 1, m.c0 + 1, m.r1 - m.r0 + 1, m.c1 - m.c0 + 1).merge();
  for (const w of widthRuns(tab.colWidths)) sheet.setColumnWidths(w.start, w.count, w.px);
  for (const h of heightRuns(tab.rowHeights ?? [])) sheet.setRowHeights(h.start, h.count, h.px);
  if (tab.freeze.rows > 0) sheet.setFrozenRows(tab.freeze.rows);
  if (tab.freeze.cols > 0) sheet.setFrozenColumns(tab.freeze.cols);
  if (tab.conditionalFormats.length > 0)
    sheet.setConditionalFormatRules(conditionalRules(env.app, sheet, tab.conditionalFormats));
  for (const spec of tab.charts) sheet.insertChart(buildChart(env.charts, sheet, spec));
  if (tab.tabColor) sheet.setTabColor(tab.tabColor);
}
