/** Tab 5, 差异分析: prior → this year by segment (waterfall), target → actual by segment, price–volume–mix. */
import type { Cell, TabDoc } from '../types';
import { segmentName } from '../../i18n';
import type { DocContext } from '../context';
import { varianceStyle } from '../context';
import { SIGNED_PERCENT, COLOR, STYLE } from '../formats';
import { bridgeChart } from '../bridge-chart';
import { TabBuilder, styleColumn, type TableRange } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';
import { basisNote, comparedRevenue } from './basis-note';

/** Columns: item, change, contribution, then the chart's four helper columns. */
const WIDTH = 7;
/** The first helper column (bar base, start/end, increase, decrease). */
const HELPER_COL = 3;

/**
 * Builds the bridges tab.
 * @example bridgesTab(ctx).key // 'bridges'
 */
export function bridgesTab(ctx: DocContext): TabDoc {
  const { L, model } = ctx;
  const a = ctx.amountFmt;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [26, 16, 14, 14, 14, 12, 12];
  writeHeader(tb, ctx, 'SD_TITLE_bridges');
  // like for like: a partial year's bridges run over the months both years have
  const { prior, current } = comparedRevenue(model);

  for (const [dim, steps] of Object.entries(model.bridges.yoyBySegment)) {
    if (!steps || steps.length === 0 || prior === null) continue;
    const label = ctx.dimLabel(dim);
    tb.section(L('SD_SECTION_YOY_BRIDGE', { dimension: label }));
    basisNote(tb, ctx);
    const items: [string, number, number | null][] = [
      [L('SD_PVM_PRIOR'), prior, null],
      ...steps.map((s): [string, number, number | null] => [segmentName(s.key, L), s.change, s.contribution]),
      [L('SD_PVM_CURRENT'), current, model.totals.yoy],
    ];
    const title =
      ctx.lang === 'en' ? `${L('SD_CHART_BRIDGE')} (${label})` : `${L('SD_CHART_BRIDGE')}（${label}）`;
    const r = bridgeTable(tb, ctx, items, title, true);
    styleColumn(
      tb,
      { ...r, firstRow: r.firstRow + 1 },
      2,
      steps.map((s) => s.contribution),
      (v) => varianceStyle(v),
    );
    tb.blank(Math.max(1, 16 - items.length));
  }

  for (const [dim, steps] of Object.entries(model.bridges.planBySegment)) {
    if (!steps || steps.length === 0) continue;
    const label = ctx.dimLabel(dim);
    tb.section(L('SD_SECTION_PLAN_BRIDGE', { dimension: label }));
    const r = tb.table({
      header: [label, L('SD_COL_TARGET'), L('SD_COL_REVENUE'), L('SD_COL_VARIANCE')],
      rows: steps.map((s) => [
        segmentName(s.key, L),
        ctx.amt(s.target),
        ctx.amt(s.actual),
        ctx.amt(s.variance),
      ]),
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
    basisNote(tb, ctx);
    const items: [string, number][] = [
      [L('SD_PVM_PRIOR'), prior],
      [L('SD_PVM_VOLUME'), pvm.volume],
      [L('SD_PVM_MIX'), pvm.mix],
      [L('SD_PVM_PRICE'), pvm.price],
      [L('SD_PVM_NEW'), pvm.newProducts],
      [L('SD_PVM_DISCONTINUED'), pvm.discontinued],
      [L('SD_PVM_CURRENT'), current],
    ];
    bridgeTable(
      tb,
      ctx,
      items.map(([k, v]) => [k, v, null]),
      L('SD_CHART_PVM'),
      false,
    );
    tb.note(L('REVIEW_PVM_RULE'));
    tb.blank();
  }
  writeNarrative(tb, ctx, 'bridges');
  return tb.build('bridges', L('SD_TAB_bridges'), { freezeRows: 3, tabColor: COLOR.tab });
}

/**
 * A bridge table (start total, changes, end total; an optional contribution column) with its chart
 * beside it: floating bars over the helper columns, or plain change columns when the bridge cannot
 * float (a running total below zero).
 */
function bridgeTable(
  tb: TabBuilder,
  ctx: DocContext,
  items: [string, number, number | null][],
  title: string,
  withContribution: boolean,
): TableRange {
  const { L } = ctx;
  const a = ctx.amountFmt;
  const firstRow = tb.row + 1;
  const lastRow = firstRow + items.length - 1;
  const amounts = items.map(([, v]) => ctx.amt(v) ?? 0);
  const bridge = bridgeChart({
    firstRow,
    lastRow,
    labelCol: 0,
    amountCol: 1,
    helperCol: HELPER_COL,
    amounts,
    increaseIsGood: true,
    names: {
      base: L('SD_COL_BRIDGE_BASE'),
      total: L('SD_COL_BRIDGE_TOTAL'),
      increase: L('SD_COL_INCREASE'),
      decrease: L('SD_COL_DECREASE'),
    },
    title,
    anchor: { row: firstRow - 1, col: WIDTH + 1 },
    width: 560,
    height: 300,
  });
  const contribution = withContribution ? [L('SD_COL_CONTRIBUTION')] : [null];
  const helperHeader = bridge
    ? [L('SD_COL_BRIDGE_BASE'), L('SD_COL_BRIDGE_TOTAL'), L('SD_COL_INCREASE'), L('SD_COL_DECREASE')]
    : [];
  const header = [L('SD_COL_ITEM'), L('SD_COL_CHANGE'), ...contribution, ...helperHeader].map((h) => h ?? '');
  const r = tb.table({
    header,
    rows: items.map(([k, , c], i): Cell[] => [
      k,
      amounts[i],
      withContribution ? c : null,
      ...(bridge ? bridge.helper[i] : []),
    ]),
    numFmts: [null, a, withContribution ? SIGNED_PERCENT : null, ...helperHeader.map(() => `${a};`)],
    colStyles: [{ bold: true }, null, null, ...helperHeader.map(() => ({ fontColor: COLOR.calcFont }))],
  });
  tb.format({ r0: r.firstRow, c0: 0, r1: r.firstRow, c1: 2 }, null, STYLE.total);
  tb.format({ r0: r.lastRow, c0: 0, r1: r.lastRow, c1: 2 }, null, STYLE.total);
  styleColumn(
    tb,
    { ...r, firstRow: r.firstRow + 1 },
    1,
    items.slice(1, -1).map(([, v]) => v),
    (v) => varianceStyle(v),
  );
  tb.charts.push(
    bridge?.chart ?? {
      kind: 'column',
      title,
      categories: { r0: r.firstRow, c0: 0, r1: r.lastRow, c1: 0 },
      series: [{ name: L('SD_COL_CHANGE'), values: { r0: r.firstRow, c0: 1, r1: r.lastRow, c1: 1 } }],
      anchor: { row: r.headerRow, col: WIDTH + 1 },
      width: 560,
      height: 300,
    },
  );
  return r;
}
