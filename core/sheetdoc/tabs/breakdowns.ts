/** Tab 3, 三维拆解: one table per chosen dimension, with dark horse and laggard flagged, and a bar chart. */
import type { MessageCode } from '../../i18n';
import type { Cell, Style, TabDoc } from '../types';
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

/** One column of a breakdown table: header, cell, number format, and the rule that colours it. */
interface Column {
  header: string;
  cell: (s: SegmentRow) => Cell;
  fmt: string | null;
  style?: Style;
  /** Colours each cell by its value (attainment status, or the sign of a change). */
  colour?: { value: (s: SegmentRow) => number | null; style: (v: number | null) => Style | null };
}

/**
 * The columns of a breakdown table. A partial-year comparison adds "this year, same months" before
 * the prior year: the two revenues the YoY, share change and contribution compare (comparisonBasis).
 */
function columns(ctx: DocContext, label: string, total: SegmentRow, sameMonths: boolean): Column[] {
  const { L } = ctx;
  const a = ctx.amountFmt;
  const th = ctx.model.totals.thresholds;
  const variance = (value: (s: SegmentRow) => number | null): Column['colour'] => ({
    value,
    style: (v) => varianceStyle(v),
  });
  return [
    {
      header: label,
      cell: (s) => (s === total ? L('SD_COL_TOTAL') : segmentName(s.key, L)),
      fmt: null,
      style: { bold: true },
    },
    { header: L('SD_COL_REVENUE'), cell: (s) => ctx.amt(s.revenue), fmt: a },
    { header: L('SD_COL_TARGET'), cell: (s) => ctx.amt(s.target), fmt: a },
    {
      header: L('SD_COL_ATTAINMENT'),
      cell: (s) => s.attainment,
      fmt: FMT.percent,
      colour: { value: (s) => s.attainment, style: (v) => statusStyle(v, th) },
    },
    {
      header: L('SD_COL_VARIANCE'),
      cell: (s) => ctx.amt(s.variance),
      fmt: a,
      colour: variance((s) => s.variance),
    },
    ...(sameMonths
      ? [{ header: L('SD_COL_SAME_MONTHS'), cell: (s: SegmentRow) => ctx.amt(s.comparableRevenue), fmt: a }]
      : []),
    { header: L('SD_COL_PRIOR'), cell: (s) => ctx.amt(s.priorRevenue), fmt: a },
    { header: L('SD_COL_YOY'), cell: (s) => s.yoy, fmt: SIGNED_PERCENT, colour: variance((s) => s.yoy) },
    { header: L('SD_COL_SHARE'), cell: (s) => s.share, fmt: FMT.percent },
    {
      header: L('SD_COL_SHARE_CHANGE'),
      cell: (s) => ctx.pts(s.shareChange),
      fmt: ctx.pointsFmt,
      colour: variance((s) => s.shareChange),
    },
    {
      header: L('SD_COL_CONTRIBUTION'),
      cell: (s) => s.contribution,
      fmt: SIGNED_PERCENT,
      colour: variance((s) => s.contribution),
    },
    { header: L('SD_COL_MARGIN'), cell: (s) => s.grossMargin, fmt: FMT.percent },
    {
      header: L('SD_COL_FLAG'),
      cell: (s) => s.flags.map((f) => L(FLAG_LABEL[f])).join(' ') || null,
      fmt: null,
      style: { bold: true },
    },
  ];
}

/**
 * Builds the breakdowns tab.
 * @example breakdownsTab(ctx).key // 'breakdowns'
 */
export function breakdownsTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const sameMonths = model.comparisonBasis?.basis === 'same-months';
  const width = sameMonths ? 13 : 12;
  const tb = new TabBuilder(width);
  tb.colWidths = sameMonths
    ? [22, 14, 14, 11, 13, 14, 14, 10, 9, 11, 11, 10, 14]
    : [22, 14, 14, 11, 13, 14, 10, 9, 11, 11, 10, 14];
  writeHeader(tb, ctx, 'SD_TITLE_breakdowns');
  // prior year, YoY, share change and contribution are over the compared months (comparisonBasis)
  basisNote(tb, ctx);
  for (const [dim, segs] of Object.entries(model.breakdowns)) {
    if (!segs || segs.length === 0) continue;
    const label = ctx.dimLabel(dim);
    tb.section(L('SD_SECTION_BY', { dimension: label }));
    const total = totalRow(segs);
    const all = [...segs, total];
    const cols = columns(ctx, label, total, sameMonths);
    const range = tb.table({
      header: cols.map((c) => c.header),
      rows: all.map((s) => cols.map((c) => c.cell(s))),
      numFmts: cols.map((c) => c.fmt),
      colStyles: cols.map((c) => c.style ?? null),
      totalRow: true,
    });
    cols.forEach((c, j) => {
      if (c.colour) styleColumn(tb, range, j, all.map(c.colour.value), c.colour.style);
    });
    const flagCol = cols.length - 1;
    segs.forEach((s, i) => {
      const colour = s.flags.includes('darkHorse')
        ? COLOR.good
        : s.flags.includes('laggard')
          ? COLOR.bad
          : null;
      if (colour) tb.formatCell(range.firstRow + i, flagCol, null, { fontColor: colour, bold: true });
    });
    tb.charts.push({
      kind: 'bar',
      title: L('SD_CHART_BREAKDOWN', { dimension: label }),
      categories: { r0: range.firstRow, c0: 0, r1: range.lastRow - 1, c1: 0 },
      series: [
        { name: L('SD_COL_REVENUE'), values: { r0: range.firstRow, c0: 1, r1: range.lastRow - 1, c1: 1 } },
      ],
      anchor: { row: range.headerRow, col: width + 1 },
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
