/**
 * SheetDoc charts → embedded Sheets charts: column (quarterly), bar (breakdowns), line, combo
 * (Pareto: columns plus a cumulative line on a percent axis) and bridges as stacked columns whose
 * first series is transparent, so each change floats at the running total. Sheets' own waterfall
 * takes every value as a change: through EmbeddedChartBuilder the start and end cannot be made
 * totals (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
 */
import type { ChartKind, ChartSpec, RangeRef } from '../../core/sheetdoc';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

function chartType(
  charts: GoogleAppsScript.Charts.Charts,
  kind: ChartKind,
): GoogleAppsScript.Charts.ChartType {
  switch (kind) {
    case 'column':
      return charts.ChartType.COLUMN;
    case 'bar':
      return charts.ChartType.BAR;
    case 'line':
      return charts.ChartType.LINE;
    case 'pareto':
      return charts.ChartType.COMBO;
    case 'waterfall':
      return charts.ChartType.COLUMN;
  }
}

function rangeOf(sheet: Sheet, r: RangeRef): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.r0 + 1, r.c0 + 1, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/** Google Charts per-series options: legend names, lines and the secondary axis. */
function seriesOptions(spec: ChartSpec): Record<number, Record<string, unknown>> {
  const out: Record<number, Record<string, unknown>> = {};
  spec.series.forEach((s, i) => {
    const o: Record<string, unknown> = { labelInLegend: s.name };
    if (s.as === 'line' || (spec.kind === 'pareto' && i > 0)) o.type = 'line';
    if (s.as === 'column') o.type = 'bars';
    if (s.secondaryAxis) o.targetAxisIndex = 1;
    // Google Charts colours: 'transparent' hides a bridge's base, and its legend entry with it
    if (s.fill === null) Object.assign(o, { color: 'transparent', visibleInLegend: false });
    else if (s.fill) o.color = s.fill;
    out[i] = o;
  });
  return out;
}

/**
 * Builds one embedded chart (not yet inserted).
 * @example sheet.insertChart(buildChart(Charts, sheet, spec))
 */
export function buildChart(charts: GoogleAppsScript.Charts.Charts, sheet: Sheet, spec: ChartSpec): Chart {
  let b = sheet
    .newChart()
    .setChartType(chartType(charts, spec.kind))
    .addRange(rangeOf(sheet, spec.categories))
    .setNumHeaders(0)
    .setPosition(spec.anchor.row + 1, spec.anchor.col + 1, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .setOption('legend', {
      position: spec.series.length > 1 && spec.kind !== 'waterfall' ? 'bottom' : 'none',
    })
    .setOption('series', seriesOptions(spec));
  for (const s of spec.series) b = b.addRange(rangeOf(sheet, s.values));
  if (spec.kind === 'waterfall' || spec.stacked) b = b.setOption('isStacked', true);
  // Google Charts' vAxis.viewWindow.min fixes where a column chart's value axis starts
  // (https://developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options)
  if (spec.valueAxisMin !== undefined) b = b.setOption('vAxis', { viewWindow: { min: spec.valueAxisMin } });
  if (spec.kind === 'pareto')
    b = b.setOption('seriesType', 'bars').setOption('vAxes', { 1: { format: 'percent' } });
  return b.build();
}
