/**
 * Translates SheetDoc charts: column / bar / line as native clustered charts, Pareto as a column +
 * cumulative-line combo on a secondary axis, bridges as stacked columns whose first series has no
 * fill, so each change floats at the running total (Office.js offers no way to set a native
 * waterfall's start and end as totals: ChartPoint has no "set as total",
 * https://learn.microsoft.com/javascript/api/excel/excel.chartpoint). Charts are drawn after the
 * review's tabs are in place (drawCharts), so a chart an Excel build refuses never costs the review.
 */
import type { ChartSpec, PlanChart, RangeRef } from '../core/sheetdoc';

/** Pixels (SheetDoc) to points (Office.js chart size). */
const PT_PER_PX = 0.75;

type ExcelChartType = 'ColumnClustered' | 'ColumnStacked' | 'BarClustered' | 'Line';

/**
 * The Office.js chart type for a spec.
 * @example chartTypeFor({ kind: 'waterfall', stacked: true }) // 'ColumnStacked'
 */
export function chartTypeFor(spec: Pick<ChartSpec, 'kind' | 'stacked'>): ExcelChartType {
  if (spec.kind === 'bar') return 'BarClustered';
  if (spec.kind === 'line') return 'Line';
  if (spec.kind === 'waterfall' || spec.stacked) return 'ColumnStacked';
  return 'ColumnClustered';
}

function rangeOf(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
  return ws.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

function seriesBy(r: RangeRef): 'Rows' | 'Columns' {
  return r.r0 === r.r1 && r.c1 > r.c0 ? 'Rows' : 'Columns';
}

/**
 * Queues one chart on `ws`: the first series' cells make the chart, the others are added, each
 * with its name, categories, line / secondary axis and fill (none for a bridge's base).
 * @example addChart(ws, spec);
 */
export function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const first = spec.series[0];
  if (!first) return;
  const type = chartTypeFor(spec);
  const chart = ws.charts.add(type, rangeOf(ws, first.values), seriesBy(first.values));
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(rangeOf(ws, s.values));
    series.name = s.name;
    series.setXAxisValues(rangeOf(ws, spec.categories));
    if (s.as === 'line') series.chartType = 'Line';
    if (s.secondaryAxis) series.axisGroup = 'Secondary';
    if (s.fill === null) series.format.fill.clear();
    else if (s.fill) series.format.fill.setSolidColor(s.fill);
  });
  // bar charts plot the first category at the bottom; reverse so the list reads top-down like the table
  if (type === 'BarClustered') chart.axes.categoryAxis.reversePlotOrder = true;
  // ChartAxis.minimum (ExcelApi 1.1): a number fixes the value axis' start, '' is automatic
  // https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-minimum-member
  if (spec.valueAxisMin !== undefined) chart.axes.valueAxis.minimum = spec.valueAxisMin;
  chart.title.text = spec.title;
  // a bridge explains itself by its colours and its table; its base would be a legend entry
  const legend = spec.series.length > 1 && spec.kind !== 'waterfall';
  chart.legend.visible = legend;
  if (legend) chart.legend.position = 'Bottom';
  chart.setPosition(ws.getRangeByIndexes(spec.anchor.row, spec.anchor.col, 1, 1));
  chart.width = spec.width * PT_PER_PX;
  chart.height = spec.height * PT_PER_PX;
}

/** The charts to draw on one tab that is already in place (each with its plain-column fallback). */
export interface PlacedCharts {
  ws: Excel.Worksheet;
  charts: readonly PlanChart[];
}

/**
 * Draws the charts of tabs already written. All in one round trip; when an Excel build refuses one
 * (a waterfall's title on Excel 2016, OfficeDev/office-js#2041; an unsupported series property)
 * the batch stops there, so the charts are cleared and drawn one by one, a refused one again as
 * plain columns, and left out only if even that is refused. Never throws.
 * @example const dropped = await drawCharts(ctx, [{ ws, charts: tab.charts }]); // 0
 */
export async function drawCharts(
  ctx: Excel.RequestContext,
  placed: readonly PlacedCharts[],
): Promise<number> {
  const all = placed.flatMap((p) => p.charts.map((chart) => ({ ws: p.ws, chart })));
  if (all.length === 0) return 0;
  try {
    for (const c of all) addChart(c.ws, c.chart.spec);
    await ctx.sync();
    return 0;
  } catch {
    // one chart stopped the batch: start again, chart by chart
  }
  const drawn = new Map<Excel.Worksheet, number>(placed.map((p) => [p.ws, 0]));
  let dropped = 0;
  try {
    for (const p of placed) await trimCharts(ctx, p.ws, 0);
    for (const c of all) {
      const ok =
        (await attempt(ctx, c.ws, drawn, () => addChart(c.ws, c.chart.spec))) ||
        (await attempt(ctx, c.ws, drawn, () => addChart(c.ws, c.chart.fallback)));
      if (ok) drawn.set(c.ws, (drawn.get(c.ws) ?? 0) + 1);
      else dropped++;
    }
  } catch {
    // the workbook refuses even clearing a chart: what is drawn stays, the rest is left out
    return all.length - [...drawn.values()].reduce((a, b) => a + b, 0);
  }
  return dropped;
}

/** One chart in its own round trip; on refusal, whatever it left behind is removed. */
async function attempt(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  drawn: ReadonlyMap<Excel.Worksheet, number>,
  add: () => void,
): Promise<boolean> {
  try {
    add();
    await ctx.sync();
    return true;
  } catch {
    await trimCharts(ctx, ws, drawn.get(ws) ?? 0);
    return false;
  }
}

/** Deletes the charts of `ws` after the first `keep` (a refused chart may exist half set up). */
async function trimCharts(ctx: Excel.RequestContext, ws: Excel.Worksheet, keep: number): Promise<void> {
  const charts = ws.charts;
  charts.load('items');
  await ctx.sync();
  const extra = charts.items.slice(keep);
  if (extra.length === 0) return;
  for (const chart of extra) chart.delete();
  await ctx.sync();
}
