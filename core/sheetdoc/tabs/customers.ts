/** Tab 4, 客户: concentration and lifecycle, tiers, top-N Pareto with chart, lost customers. */
import type { Cell, TabDoc } from '../types';
import type { DocContext } from '../context';
import { varianceStyle } from '../context';
import { FMT, SIGNED_PERCENT, COLOR } from '../formats';
import { TabBuilder, styleColumn } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';

const WIDTH = 8;

/**
 * Builds the customers tab.
 * @example customersTab(ctx).key // 'customers'
 */
export function customersTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const c = model.customers;
  const a = ctx.amountFmt;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [8, 30, 14, 10, 12, 14, 10, 8];
  writeHeader(tb, ctx, 'SD_TITLE_customers');

  tb.section(L('SD_SECTION_CONCENTRATION'));
  const summary: [string, number | null, string, number | null, string | null][] = [
    [L('SD_ROW_ACTIVE'), c.active, FMT.integer, null, null],
    [L('SD_ROW_NEW'), c.new, FMT.integer, ctx.amt(c.revenueNew), a],
    [L('SD_ROW_RETURNING'), c.returning, FMT.integer, ctx.amt(c.revenueReturning), a],
    [L('SD_ROW_WON_BACK'), c.wonBack, FMT.integer, ctx.amt(c.revenueWonBack), a],
    [L('SD_ROW_LOST'), c.lost, FMT.integer, ctx.amt(c.lostPriorRevenue), a],
    [L('SD_ROW_REPURCHASE'), c.repurchaseRate, FMT.percent, ctx.pts(c.repurchaseRateChange), ctx.pointsFmt],
    [L('SD_ROW_NEW_SHARE'), c.newRevenueShare, FMT.percent, null, null],
    [L('SD_ROW_TOP1'), c.top1Share ?? c.largestShare, FMT.percent, null, null],
    [L('SD_ROW_TOP5'), c.top5Share, FMT.percent, null, null],
    [L('SD_ROW_TOP10'), c.top10Share, FMT.percent, null, null],
    [L('SD_ROW_HHI'), c.hhi, FMT.hhi, null, null],
  ];
  const sr = tb.table({
    header: [L('SD_COL_METRIC'), '', L('SD_COL_VALUE'), '', L('SD_COL_REVENUE') + ' / ' + L('SD_COL_CHANGE')],
    rows: summary.map(([label, v, , v2]) => [label, null, v, null, v2]),
    numFmts: [null, null, null, null, null],
    colStyles: [{ bold: true }, null, null, null, null],
  });
  summary.forEach(([, , f, v2, f2], i) => {
    tb.formatCell(sr.firstRow + i, 2, f);
    if (f2) tb.formatCell(sr.firstRow + i, 4, f2, f2 === ctx.pointsFmt ? varianceStyle(v2) : null);
    tb.merges.push({ r0: sr.firstRow + i, c0: 0, r1: sr.firstRow + i, c1: 1 });
  });
  tb.merges.push({ r0: sr.headerRow, c0: 0, r1: sr.headerRow, c1: 1 });
  tb.blank();

  if (c.tiers.length > 0) {
    tb.section(L('SD_SECTION_TIERS'));
    tb.table({
      header: [
        L('SD_COL_TIER'),
        L('SD_COL_MIN_SPEND'),
        L('SD_COL_CUSTOMERS'),
        L('SD_COL_REVENUE'),
        L('SD_COL_SHARE'),
      ],
      rows: c.tiers.map((t) => [t.name, ctx.amt(t.min), t.customers, ctx.amt(t.revenue), t.share]),
      numFmts: [null, a, FMT.integer, a, FMT.percent],
      colStyles: [{ bold: true, hAlign: 'center' }, null, null, null, null],
    });
    tb.blank();
  }

  if (c.top.length > 0) {
    tb.section(L('SD_SECTION_TOP', { n: c.top.length }));
    const body: Cell[][] = c.top.map((r, i) => [
      i + 1,
      r.key,
      ctx.amt(r.revenue),
      r.share,
      r.cumulativeShare,
      ctx.amt(r.priorRevenue),
      r.yoy,
      r.tier,
    ]);
    const tr = tb.table({
      header: [
        L('SD_COL_RANK'),
        L('SD_COL_CUSTOMER'),
        L('SD_COL_REVENUE'),
        L('SD_COL_SHARE'),
        L('SD_COL_CUM_SHARE'),
        L('SD_COL_PRIOR'),
        L('SD_COL_YOY'),
        L('SD_COL_TIER'),
      ],
      rows: body,
      numFmts: [FMT.integer, null, a, FMT.percent, FMT.percent, a, SIGNED_PERCENT, null],
      colStyles: [{ hAlign: 'center' }, null, null, null, null, null, null, { hAlign: 'center' }],
    });
    styleColumn(
      tb,
      tr,
      6,
      c.top.map((r) => r.yoy),
      (v) => varianceStyle(v),
    );
    tb.charts.push({
      kind: 'pareto',
      title: L('SD_CHART_PARETO'),
      categories: { r0: tr.firstRow, c0: 1, r1: tr.lastRow, c1: 1 },
      series: [
        {
          name: L('SD_COL_REVENUE'),
          values: { r0: tr.firstRow, c0: 2, r1: tr.lastRow, c1: 2 },
          as: 'column',
        },
        {
          name: L('SD_COL_CUM_SHARE'),
          values: { r0: tr.firstRow, c0: 4, r1: tr.lastRow, c1: 4 },
          as: 'line',
          secondaryAxis: true,
        },
      ],
      anchor: { row: tr.headerRow, col: WIDTH + 1 },
      width: 640,
      height: 320,
    });
    tb.blank();
  }

  if (c.lostList.length > 0) {
    tb.section(L('SD_SECTION_LOST'));
    tb.table({
      header: [L('SD_COL_RANK'), L('SD_COL_CUSTOMER'), L('SD_COL_PRIOR')],
      rows: c.lostList.map((r, i) => [i + 1, r.key, ctx.amt(r.priorRevenue)]),
      numFmts: [FMT.integer, null, a],
      colStyles: [{ hAlign: 'center' }, null, { fontColor: COLOR.bad }],
    });
    tb.blank();
  }
  writeNarrative(tb, ctx, 'customers');
  return tb.build('customers', L('SD_TAB_customers'), { freezeRows: 3, tabColor: COLOR.tab });
}
