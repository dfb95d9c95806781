/** Tab 2, 季度: quarters and months of the (fiscal) year, cumulative attainment, record flagged, chart. */
import type { Cell, TabDoc } from '../types';
import type { PeriodRow } from '../../review';
import type { DocContext } from '../context';
import { statusStyle, varianceStyle } from '../context';
import { FMT, SIGNED_PERCENT, COLOR } from '../formats';
import { TabBuilder, styleColumn, type TableRange } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';

const WIDTH = 14;

function periodTable(tb: TabBuilder, ctx: DocContext, rows: PeriodRow[], firstLabel: string): TableRange {
  const { L, model } = ctx;
  const th = model.totals.thresholds;
  const body: Cell[][] = rows.map((p) => [
    p.label,
    ctx.amt(p.revenue),
    ctx.amt(p.target),
    p.attainment,
    ctx.amt(p.variance),
    ctx.amt(p.priorRevenue),
    p.yoy,
    p.qoq,
    p.share,
    ctx.amt(p.cumulative),
    ctx.amt(p.cumulativeTarget),
    p.cumulativeAttainment,
    p.grossMargin,
    p.record ? L('SD_FLAG_record') : null,
  ]);
  const a = ctx.amountFmt;
  const range = tb.table({
    header: [
      firstLabel,
      L('SD_COL_REVENUE'),
      L('SD_COL_TARGET'),
      L('SD_COL_ATTAINMENT'),
      L('SD_COL_VARIANCE'),
      L('SD_COL_PRIOR'),
      L('SD_COL_YOY'),
      L('SD_COL_QOQ'),
      L('SD_COL_SHARE_OF_YEAR'),
      L('SD_COL_CUMULATIVE'),
      L('SD_COL_CUM_TARGET'),
      L('SD_COL_CUM_ATTAINMENT'),
      L('SD_COL_MARGIN'),
      L('SD_COL_FLAG'),
    ],
    rows: body,
    numFmts: [
      null,
      a,
      a,
      FMT.percent,
      a,
      a,
      SIGNED_PERCENT,
      SIGNED_PERCENT,
      FMT.percent,
      a,
      a,
      FMT.percent,
      FMT.percent,
      null,
    ],
    colStyles: [
      { bold: true },
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      { bold: true, fontColor: COLOR.good },
    ],
  });
  styleColumn(
    tb,
    range,
    3,
    rows.map((p) => p.attainment),
    (v) => statusStyle(v, th),
  );
  styleColumn(
    tb,
    range,
    11,
    rows.map((p) => p.cumulativeAttainment),
    (v) => statusStyle(v, th),
  );
  styleColumn(
    tb,
    range,
    4,
    rows.map((p) => p.variance),
    (v) => varianceStyle(v),
  );
  styleColumn(
    tb,
    range,
    6,
    rows.map((p) => p.yoy),
    (v) => varianceStyle(v),
  );
  styleColumn(
    tb,
    range,
    7,
    rows.map((p) => p.qoq),
    (v) => varianceStyle(v),
  );
  return range;
}

/**
 * Builds the quarterly tab.
 * @example quarterlyTab(ctx).key // 'quarterly'
 */
export function quarterlyTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [12, 14, 14, 11, 13, 14, 10, 10, 11, 14, 14, 12, 11, 8];
  writeHeader(tb, ctx, 'SD_TITLE_quarterly');
  if (model.dataQuality.wide?.kind === 'year') {
    // Whole-year columns: no quarter or month to show, and the tab says why instead of zeros.
    tb.note(L('SD_QUARTERS_ANNUAL'));
    tb.blank();
    writeNarrative(tb, ctx, 'quarterly');
    return tb.build('quarterly', L('SD_TAB_quarterly'), { freezeRows: 3, tabColor: COLOR.tab });
  }
  tb.section(L('SD_SECTION_QUARTERS'));
  const q = periodTable(tb, ctx, model.quarters, L('SD_COL_QUARTER'));
  tb.blank();
  const chartRow = tb.row;
  // The chart sits below the quarter table; leave room for it before the months.
  const series = [{ name: L('SD_COL_REVENUE'), values: { r0: q.firstRow, c0: 1, r1: q.lastRow, c1: 1 } }];
  if (model.quarters.some((p) => p.target !== null))
    series.push({ name: L('SD_COL_TARGET'), values: { r0: q.firstRow, c0: 2, r1: q.lastRow, c1: 2 } });
  if (model.quarters.some((p) => p.priorRevenue !== null))
    series.push({ name: L('SD_COL_PRIOR'), values: { r0: q.firstRow, c0: 5, r1: q.lastRow, c1: 5 } });
  if (model.quarters.length > 0) {
    tb.charts.push({
      kind: 'column',
      title: L('SD_CHART_QUARTERLY'),
      categories: { r0: q.firstRow, c0: 0, r1: q.lastRow, c1: 0 },
      series,
      anchor: { row: chartRow, col: 0 },
      width: 640,
      height: 300,
    });
    tb.blank(16);
  }
  tb.section(L('SD_SECTION_MONTHS'));
  periodTable(tb, ctx, model.months, L('SD_COL_MONTH'));
  tb.blank();
  writeNarrative(tb, ctx, 'quarterly');
  // No frozen column: merged title and key-point rows span it (see mergesCutByFreeze).
  return tb.build('quarterly', L('SD_TAB_quarterly'), { freezeRows: 3, tabColor: COLOR.tab });
}
