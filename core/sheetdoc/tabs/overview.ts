/** Tab 1, 总览: headline figures against every named denominator, status with its thresholds. */
import { monthRange, type MessageCode } from '../../i18n';
import type { ReviewModel, Status } from '../../review';
import type { Cell, TabDoc } from '../types';
import type { DocContext } from '../context';
import { inCurrency, pctText, statusStyle, varianceStyle } from '../context';
import { FMT, SIGNED_PERCENT, COLOR } from '../formats';
import { TabBuilder } from '../tab-builder';
import { writeHeader, writeNarrative } from './header';

/** `baseAmount`: a per-order figure shown in whole base units (元), too small for 万/亿/M. */
type Kind = 'amount' | 'baseAmount' | 'count' | 'percent' | 'hhi';

interface KpiRow {
  label: string;
  actual: number | null;
  kind: Kind;
  ref: string;
  refValue: number | null;
  /** Attainment (ratio), growth (signed %) or point change (points). */
  result: number | null;
  resultKind: 'attainment' | 'ratio' | 'growth' | 'points' | 'none';
  variance: number | null;
  note: string;
}

const WIDTH = 7;

const STATUS_LABEL = {
  green: 'SD_STATUS_green',
  amber: 'SD_STATUS_amber',
  red: 'SD_STATUS_red',
  none: 'SD_STATUS_none',
} as const satisfies Record<NonNullable<Status> | 'none', MessageCode>;

const TARGET_SOURCE_LABEL = {
  column: 'SD_TARGET_SOURCE_column',
  sheet: 'SD_TARGET_SOURCE_sheet',
  typed: 'SD_TARGET_SOURCE_typed',
} as const satisfies Record<NonNullable<ReviewModel['totals']['targetSource']>, MessageCode>;

/**
 * Builds the overview tab.
 * @example overviewTab(ctx).key // 'overview'
 */
export function overviewTab(ctx: DocContext): TabDoc {
  const { model, L } = ctx;
  const tot = model.totals;
  const cust = model.customers;
  const tb = new TabBuilder(WIDTH);
  tb.colWidths = [30, 16, 14, 16, 16, 16, 40];
  writeHeader(tb, ctx, 'SD_TITLE_overview');

  const th = tot.thresholds;
  const statusText = L(STATUS_LABEL[tot.status ?? 'none']);
  const denominator = tot.target !== null ? L('SD_REF_BASE') : L('SD_NONE');
  const statusRow = tb.line(
    L('SD_STATUS_LINE', {
      status: statusText,
      green: pctText(th.green),
      amber: pctText(th.amber),
      denominator,
    }),
    { bold: true },
  );
  const st = statusStyle(tot.attainment, th);
  if (st) tb.formatCell(statusRow, 0, null, st);
  if (model.lastMonthWithData < 12) tb.note(L('SD_NOTE_PARTIAL_YEAR', { months: model.lastMonthWithData }));
  tb.blank();

  const rev = L('SD_ROW_REVENUE');
  const source = tot.targetSource
    ? L('SD_NOTE_TARGET_SOURCE', { source: L(TARGET_SOURCE_LABEL[tot.targetSource]) })
    : '';
  const rows: KpiRow[] = [];
  const push = (r: KpiRow): void => void rows.push(r);
  if (tot.target !== null)
    push({
      label: rev,
      actual: tot.revenue,
      kind: 'amount',
      ref: L('SD_REF_BASE'),
      refValue: tot.target,
      result: tot.attainment,
      resultKind: 'attainment',
      variance: tot.variance,
      note: source,
    });
  if (tot.stretchTarget !== null)
    push({
      label: rev,
      actual: tot.revenue,
      kind: 'amount',
      ref: L('SD_REF_STRETCH'),
      refValue: tot.stretchTarget,
      result: tot.stretchAttainment,
      resultKind: 'ratio',
      variance: tot.revenue - tot.stretchTarget,
      note: '',
    });
  if (tot.revisedTarget !== null)
    push({
      label: rev,
      actual: tot.revenue,
      kind: 'amount',
      ref: L('SD_REF_REVISED'),
      refValue: tot.revisedTarget,
      result: tot.revisedAttainment,
      resultKind: 'ratio',
      variance: tot.revenue - tot.revisedTarget,
      note: '',
    });
  // a partial year is compared over the months both years have (comparisonBasis), and says so
  const cb = model.comparisonBasis;
  const same = cb?.basis === 'same-months' ? cb : null;
  push({
    label: rev,
    actual: same ? same.revenue : tot.revenue,
    kind: 'amount',
    ref: L('SD_REF_PRIOR'),
    refValue: same ? same.priorRevenue : tot.priorRevenue,
    result: tot.yoy,
    resultKind: 'growth',
    variance: same
      ? same.revenue - same.priorRevenue
      : tot.priorRevenue === null
        ? null
        : tot.revenue - tot.priorRevenue,
    note: same
      ? L('SD_NOTE_SAME_MONTHS', {
          months: monthRange(L, model.fiscalStartMonth, same.fromMonth, same.toMonth),
        })
      : cb?.basis === 'none'
        ? L('SD_NOTE_NO_SAME_MONTHS')
        : '',
  });
  if (tot.grossProfit !== null) {
    push({
      label: L('SD_ROW_GROSS_PROFIT'),
      actual: tot.grossProfit,
      kind: 'amount',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_GROSS_MARGIN'),
      actual: tot.grossMargin,
      kind: 'percent',
      ref: L('SD_REF_PRIOR'),
      refValue: tot.priorGrossMargin,
      result: ctx.pts(tot.grossMarginChange),
      resultKind: 'points',
      variance: null,
      note: '',
    });
  }
  // a sheet without order lines (months across) has no orders to count: the rows are left out
  if (tot.orders !== null) {
    push({
      label: L('SD_ROW_ORDERS'),
      actual: tot.orders,
      kind: 'count',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_AOV'),
      actual: tot.averageOrderValue,
      kind: 'baseAmount',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: inCurrency(L('SD_UNIT_元'), ctx.model.currency),
    });
  }
  if (tot.revenuePerSalesperson !== null)
    push({
      label: L('SD_ROW_PER_HEAD'),
      actual: tot.revenuePerSalesperson,
      kind: 'amount',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: L('SD_NOTE_PER_HEAD', { heads: tot.salespeople ?? 0 }),
    });
  if (tot.runRate !== null && model.lastMonthWithData < 12)
    push({
      label: L('SD_ROW_RUN_RATE'),
      actual: tot.runRate,
      kind: 'amount',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
  if (cust.active !== null) {
    push({
      label: L('SD_ROW_ACTIVE'),
      actual: cust.active,
      kind: 'count',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_NEW'),
      actual: cust.new,
      kind: 'count',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_RETURNING'),
      actual: cust.returning,
      kind: 'count',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_WON_BACK'),
      actual: cust.wonBack,
      kind: 'count',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_LOST'),
      actual: cust.lost,
      kind: 'count',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note:
        cust.lostPriorRevenue !== null
          ? L('SD_NOTE_LOST_PRIOR', {
              amount: ctx.amountText(cust.lostPriorRevenue),
            })
          : '',
    });
    push({
      label: L('SD_ROW_REPURCHASE'),
      actual: cust.repurchaseRate,
      kind: 'percent',
      ref: L('SD_REF_PRIOR'),
      refValue: cust.priorRepurchaseRate,
      result: ctx.pts(cust.repurchaseRateChange),
      resultKind: 'points',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_NEW_SHARE'),
      actual: cust.newRevenueShare,
      kind: 'percent',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_TOP10'),
      actual: cust.top10Share,
      kind: 'percent',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: '',
    });
    push({
      label: L('SD_ROW_TOP1'),
      actual: cust.largestShare,
      kind: 'percent',
      ref: '',
      refValue: null,
      result: null,
      resultKind: 'none',
      variance: null,
      note: cust.largestCustomer ?? '',
    });
  }

  const conv = (v: number | null, kind: Kind): number | null => (kind === 'amount' ? ctx.amt(v) : v);
  const body: Cell[][] = rows.map((r) => [
    r.label,
    conv(r.actual, r.kind),
    r.ref || null,
    conv(r.refValue, r.kind),
    r.result,
    r.kind === 'amount' ? ctx.amt(r.variance) : null,
    r.note || null,
  ]);
  const range = tb.table({
    header: [
      L('SD_COL_METRIC'),
      L('SD_COL_ACTUAL'),
      L('SD_COL_COMPARED'),
      L('SD_COL_REFERENCE'),
      L('SD_COL_RESULT'),
      L('SD_COL_VARIANCE'),
      L('SD_COL_NOTE'),
    ],
    rows: body,
    numFmts: [null, null, null, null, null, ctx.amountFmt, null],
    colStyles: [{ bold: true }, null, { hAlign: 'center' }, null, null, null, { fontColor: COLOR.noteFont }],
  });
  rows.forEach((r, i) => {
    const row = range.firstRow + i;
    const valueFmt = r.kind === 'amount' ? ctx.amountFmt : r.kind === 'percent' ? FMT.percent : FMT.integer;
    tb.formatCell(row, 1, valueFmt);
    tb.formatCell(row, 3, valueFmt);
    if (r.resultKind === 'attainment') tb.formatCell(row, 4, FMT.percent, statusStyle(r.result, th));
    if (r.resultKind === 'ratio') tb.formatCell(row, 4, FMT.percent);
    if (r.resultKind === 'growth') tb.formatCell(row, 4, SIGNED_PERCENT, varianceStyle(r.result));
    if (r.resultKind === 'points') tb.formatCell(row, 4, ctx.pointsFmt, varianceStyle(r.result));
    const vs = varianceStyle(r.variance);
    if (vs) tb.formatCell(row, 5, null, vs);
  });
  tb.blank();
  writeNarrative(tb, ctx, 'overview');
  return tb.build('overview', L('SD_TAB_overview'), { freezeRows: 3, tabColor: COLOR.tab });
}
