/** Tab 5, 差异分析: prior → this year by segment (waterfall), target → actual by segment, price–volume–mix. */
import type { Cell, TabDoc } from '../types';
import type { DocContext } from '../context';
import { varianceStyle } from '../context';
import { SIGNED_PERCENT, COLOR, STYLE } from '../formats';
import { TabBuilder, styleColumn } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';

const WIDTH = 5;

/**
 * Builds the bridges tab.
 * @example bridgesTab(ctx).key // 'bridges'
 */
export function bridgesTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const a = ctx.amountFmt;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [26, 16, 14, 14, 14];
  writeHeader(tb, ctx, 'SD_TITLE_bridges');
  const prior = model.totals.priorRevenue;

  for (const [dim, steps] of Object.entries(model.bridges.yoyBySegment)) {
    if (!steps || steps.length === 0 || prior === null) continue;
    const label = ctx.dimLabel(dim);
    tb.section(L('SD_SECTION_YOY_BRIDGE', { dimension: label }));
    const rows: Cell[][] = [
      [L('SD_PVM_PRIOR'), ctx.amt(prior), null],
      ...steps.map((s): Cell[] => [s.key, ctx.amt(s.change), s.contribution]),
      [L('SD_PVM_CURRENT'), ctx.amt(model.totals.revenue), model.totals.yoy],
    ];
    const r = tb.table({
      header: [L('SD_COL_ITEM'), L('SD_COL_CHANGE'), L('SD_COL_CONTRIBUTION')],
      rows,
      numFmts: [null, a, SIGNED_PERCENT],
      colStyles: [{ bold: true }, null, null],
    });
    tb.format({ r0: r.firstRow, c0: 0, r1: r.firstRow, c1: 2 }, null, STYLE.total);
    tb.format({ r0: r.lastRow, c0: 0, r1: r.lastRow, c1: 2 }, null, STYLE.total);
    styleColumn(
      tb,
      { ...r, firstRow: r.firstRow + 1 },
      1,
      steps.map((s) => s.change),
      (v) => varianceStyle(v),
    );
    styleColumn(
      tb,
      { ...r, firstRow: r.firstRow + 1 },
      2,
      steps.map((s) => s.contribution),
      (v) => varianceStyle(v),
    );
    tb.charts.push({
      kind: 'waterfall',
      title: ctx.lang === 'en' ? `${L('SD_CHART_BRIDGE')} (${label})` : `${L('SD_CHART_BRIDGE')}（${label}）`,
      categories: { r0: r.firstRow, c0: 0, r1: r.lastRow, c1: 0 },
      series: [{ name: L('SD_COL_CHANGE'), values: { r0: r.firstRow, c0: 1, r1: r.lastRow, c1: 1 } }],
      anchor: { row: r.headerRow, col: WIDTH + 1 },
      width: 560,
      height: 300,
    });
    tb.blank(Math.max(1, 16 - rows.length));
  }

  for (const [dim, steps] of Object.entries(model.bridges.planBySegment)) {
    if (!steps || steps.length === 0) continue;
    const label = ctx.dimLabel(dim);
    tb.section(L('SD_SECTION_PLAN_BRIDGE', { dimension: label }));
    const r = tb.table({
      header: [label, L('SD_COL_TARGET'), L('SD_COL_REVENUE'), L('SD_COL_VARIANCE')],
      rows: steps.map((s) => [s.key, ctx.amt(s.target), ctx.amt(s.actual), ctx.amt(s.variance)]),
      numFmts: [null, a, a, a],
      colStyles: [{ bold: true }, null, null, null],
    });
    styleColumn(
      tb,
      r,
      3,
      steps.map((s) => s.variance),
      (v) => varianceStyle(v),
    );
    tb.blank();
  }

  const pvm = model.pvm;
  if (pvm && prior !== null) {
    tb.section(L('SD_SECTION_PVM'));
    const items: [string, number][] = [
      [L('SD_PVM_PRIOR'), prior],
      [L('SD_PVM_VOLUME'), pvm.volume],
      [L('SD_PVM_MIX'), pvm.mix],
      [L('SD_PVM_PRICE'), pvm.price],
      [L('SD_PVM_NEW'), pvm.newProducts],
      [L('SD_PVM_DISCONTINUED'), pvm.discontinued],
      [L('SD_PVM_CURRENT'), model.totals.revenue],
    ];
    const r = tb.table({
      header: [L('SD_COL_ITEM'), L('SD_COL_CHANGE')],
      rows: items.map(([k, v]) => [k, ctx.amt(v)]),
      numFmts: [null, a],
      colStyles: [{ bold: true }, null],
    });
    styleColumn(
      tb,
      { ...r, firstRow: r.firstRow + 1 },
      1,
      items.slice(1, -1).map(([, v]) => v),
      (v) => varianceStyle(v),
    );
    tb.note(L('REVIEW_PVM_RULE'));
    tb.blank();
  }
  writeNarrative(tb, ctx, 'bridges');
  return tb.build('bridges', L('SD_TAB_bridges'), { freezeRows: 3, tabColor: COLOR.tab });
}
