/** Tab 3, 三维拆解: one table per chosen dimension, with dark horse and laggard flagged, and a bar chart. */
import type { MessageCode } from '../../i18n';
import type { Cell, TabDoc } from '../types';
import { segmentName } from '../../i18n';
import type { SegmentRow } from '../../review';
import type { DocContext } from '../context';
import { statusStyle, varianceStyle } from '../context';
import { FMT, SIGNED_PERCENT, COLOR } from '../formats';
import { TabBuilder, styleColumn } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';
import { basisNote } from './basis-note';

/** The label of each segment flag. */
const FLAG_LABEL = {
  darkHorse: 'SD_FLAG_darkHorse',
  laggard: 'SD_FLAG_laggard',
  others: 'SD_FLAG_others',
} as const satisfies Record<SegmentRow['flags'][number], MessageCode>;

const WIDTH = 12;

/**
 * Builds the breakdowns tab.
 * @example breakdownsTab(ctx).key // 'breakdowns'
 */
export function breakdownsTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const th = model.totals.thresholds;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [22, 14, 14, 11, 13, 14, 10, 9, 11, 11, 10, 14];
  writeHeader(tb, ctx, 'SD_TITLE_breakdowns');
  // prior year, YoY, share change and contribution are over the compared months (comparisonBasis)
  basisNote(tb, ctx);
  const a = ctx.amountFmt;
  for (const [dim, segs] of Object.entries(model.breakdowns)) {
    if (!segs || segs.length === 0) continue;
    const label = ctx.dimLabel(dim);
    tb.section(L('SD_SECTION_BY', { dimension: label }));
    const total = totalRow(segs);
    const all = [...segs, total];
    const body: Cell[][] = all.map((s, i) => [
      i === segs.length ? L('SD_COL_TOTAL') : segmentName(s.key, L),
      ctx.amt(s.revenue),
      ctx.amt(s.target),
      s.attainment,
      ctx.amt(s.variance),
      ctx.amt(s.priorRevenue),
      s.yoy,
      s.share,
      ctx.pts(s.shareChange),
      s.contribution,
      s.grossMargin,
      s.flags.map((f) => L(FLAG_LABEL[f])).join(' ') || null,
    ]);
    const range = tb.table({
      header: [
        label,
        L('SD_COL_REVENUE'),
        L('SD_COL_TARGET'),
        L('SD_COL_ATTAINMENT'),
        L('SD_COL_VARIANCE'),
        L('SD_COL_PRIOR'),
        L('SD_COL_YOY'),
        L('SD_COL_SHARE'),
        L('SD_COL_SHARE_CHANGE'),
        L('SD_COL_CONTRIBUTION'),
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
        FMT.percent,
        ctx.pointsFmt,
        SIGNED_PERCENT,
        FMT.percent,
        null,
      ],
      colStyles: [{ bold: true }, null, null, null, null, null, null, null, null, null, null, { bold: true }],
      totalRow: true,
    });
    styleColumn(
      tb,
      range,
      3,
      all.map((s) => s.attainment),
      (v) => statusStyle(v, th),
    );
    styleColumn(
      tb,
      range,
      4,
      all.map((s) => s.variance),
      (v) => varianceStyle(v),
    );
    styleColumn(
      tb,
      range,
      6,
      all.map((s) => s.yoy),
      (v) => varianceStyle(v),
    );
    styleColumn(
      tb,
      range,
      8,
      all.map((s) => s.shareChange),
      (v) => varianceStyle(v),
    );
    styleColumn(
      tb,
      range,
      9,
      all.map((s) => s.contribution),
      (v) => varianceStyle(v),
    );
    segs.forEach((s, i) => {
      const colour = s.flags.includes('darkHorse')
        ? COLOR.good
        : s.flags.includes('laggard')
          ? COLOR.bad
          : null;
      if (colour) tb.formatCell(range.firstRow + i, 11, null, { fontColor: colour, bold: true });
    });
    tb.charts.push({
      kind: 'bar',
      title: L('SD_CHART_BREAKDOWN', { dimension: label }),
      categories: { r0: range.firstRow, c0: 0, r1: range.lastRow - 1, c1: 0 },
      series: [
        { name: L('SD_COL_REVENUE'), values: { r0: range.firstRow, c0: 1, r1: range.lastRow - 1, c1: 1 } },
      ],
      anchor: { row: range.headerRow, col: WIDTH + 1 },
      width: 480,
      height: Math.max(220, 28 * segs.length + 80),
    });
    const chartRows = Math.ceil(Math.max(220, 28 * segs.length + 80) / 20);
    tb.blank(Math.max(1, chartRows - (range.lastRow - range.headerRow)));
  }
  writeNarrative(tb, ctx, 'breakdowns');
  // No frozen column: the title, unit line and key points are merged across the tab, and a freeze
  // line may not cut a merge (mergesCutByFreeze; Google Sheets refuses the whole write).
  return tb.build('breakdowns', L('SD_TAB_breakdowns'), { freezeRows: 3, tabColor: COLOR.tab });
}

/** The total line of a breakdown: sums, and ratios recomputed from the sums (never averaged). */
function totalRow(segs: SegmentRow[]): SegmentRow {
  const sum = (f: (s: SegmentRow) => number | null): number | null => {
    let acc = 0;
    let any = false;
    for (const s of segs) {
      const v = f(s);
      if (v !== null) {
        acc += v;
        any = true;
      }
    }
    return any ? acc : null;
  };
  const revenue = sum((s) => s.revenue) ?? 0;
  const target = segs.every((s) => s.target !== null) ? sum((s) => s.target) : null;
  const prior = segs.every((s) => s.priorRevenue !== null) ? sum((s) => s.priorRevenue) : null;
  // like for like: this year's compared months against the prior year's (comparisonBasis)
  const same = prior === null ? null : (sum((s) => s.comparableRevenue) ?? 0);
  const gp = segs.every((s) => s.grossMargin !== null) ? sum((s) => (s.grossMargin ?? 0) * s.revenue) : null;
  return {
    key: '',
    revenue,
    target,
    attainment: target ? revenue / target : null,
    variance: target === null ? null : revenue - target,
    priorRevenue: prior,
    comparableRevenue: same,
    yoy: prior && same !== null ? same / prior - 1 : null,
    share: 1,
    shareChange: null,
    contribution: prior && same !== null ? (same - prior) / prior : null,
    grossMargin: gp !== null && revenue ? gp / revenue : null,
    status: null,
    flags: [],
  };
}
