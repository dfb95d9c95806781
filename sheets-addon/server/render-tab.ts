/**
 * Renders one tab into an (empty) sheet: the render plan (core/sheetdoc/render-plan.ts) translated
 * into batched Apps Script calls — one setValues, one 2-D setter per format attribute, one RangeList
 * per border kind, one rules call, then merges, widths, heights, freeze, charts and the tab colour.
 * The call count depends on the tab's layout, never on the data size. Nothing here decides layout.
 */
import { a1Range, planTab, type RangeRef, type SheetDoc, type TabDoc } from '../../core/sheetdoc';
import type { GasEnv } from './env';
import { paintRuns } from './paint';
import { conditionalRules } from './rules';
import { buildChart } from './charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function a1s(ranges: readonly RangeRef[]): string[] {
  return ranges.map((r) => a1Range(r.r0, r.c0, r.r1, r.c1));
}

/** Consecutive indexes of equal size, so each run is one setColumnWidths / setRowHeights call. */
function sizeRuns(
  sizes: readonly { at: number; px: number }[],
): { start: number; count: number; px: number }[] {
  const runs: { start: number; count: number; px: number }[] = [];
  for (const s of sizes) {
    const last = runs[runs.length - 1];
    if (last && last.px === s.px && last.start + last.count === s.at + 1) last.count++;
    else runs.push({ start: s.at + 1, count: 1, px: s.px });
  }
  return runs;
}

/**
 * Writes a tab into a fresh sheet.
 * @example renderTab(env, ss.insertSheet('tmp'), doc.tabs[0], doc.lang)
 */
export function renderTab(env: GasEnv, sheet: Sheet, tab: TabDoc, lang: SheetDoc['lang']): void {
  const p = planTab(tab, lang);
  ensureSize(sheet, p.rows, p.cols);
  if (p.rows > 0 && p.cols > 0) {
    const range = sheet.getRange(1, 1, p.rows, p.cols);
    const g = paintRuns(p);
    // Formats first: the plain-text format on data strings is what keeps "=…" text as text.
    range.setNumberFormats(p.numberFormats);
    range.setValues(p.values);
    range.setFontSizes(g.fontSizes);
    if (g.fontWeights) range.setFontWeights(g.fontWeights);
    if (g.fontStyles) range.setFontStyles(g.fontStyles);
    if (g.fontColors) range.setFontColors(g.fontColors as string[][]);
    if (g.backgrounds) range.setBackgrounds(g.backgrounds as string[][]);
    if (g.hAligns) range.setHorizontalAlignments(g.hAligns);
    if (g.vAligns) range.setVerticalAlignments(g.vAligns);
    if (g.wraps) range.setWraps(g.wraps);
  }
  const solid = env.app.BorderStyle.SOLID;
  // "Each cell of the range": the outer edge plus every inner horizontal edge.
  for (const kind of ['top', 'bottom', 'both'] as const) {
    const runs = p.runs.borders.filter((b) =>
      kind === 'both' ? b.look.top && b.look.bottom : kind === 'top' ? !b.look.bottom : !b.look.top,
    );
    if (runs.length === 0) continue;
    const top = kind === 'bottom' ? null : true;
    const bottom = kind === 'top' ? null : true;
    sheet
      .getRangeList(a1s(runs.map((r) => r.range)))
      .setBorder(top, null, bottom, null, null, true, p.borderColor, solid);
  }
  for (const m of p.merges) sheet.getRange(m.r0 + 1, m.c0 + 1, m.r1 - m.r0 + 1, m.c1 - m.c0 + 1).merge();
  const widths = p.widths.flatMap((w, at) => (w ? [{ at, px: w.px }] : []));
  for (const w of sizeRuns(widths)) sheet.setColumnWidths(w.start, w.count, w.px);
  for (const h of sizeRuns(p.heights.map((x) => ({ at: x.row, px: x.px }))))
    sheet.setRowHeights(h.start, h.count, h.px);
  if (p.freeze.rows > 0) sheet.setFrozenRows(p.freeze.rows);
  if (p.freeze.cols > 0) sheet.setFrozenColumns(p.freeze.cols);
  if (p.conditionalFormats.length > 0)
    sheet.setConditionalFormatRules(conditionalRules(env.app, sheet, p.conditionalFormats));
  for (const chart of p.charts) sheet.insertChart(buildChart(env.charts, sheet, chart.spec));
  if (p.tabColor) sheet.setTabColor(p.tabColor);
}
