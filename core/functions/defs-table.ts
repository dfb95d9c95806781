/**
 * Whole-table figures: REVENUE, YOY, ATTAINMENT_OF over a sales range read as the one-click review
 * reads it, each figure taken from the review's own sections (so a formula and the review tabs
 * cannot disagree). Spilled tables are in defs-table-spill.ts.
 */
import { attainment } from '../metrics';
import { t } from '../i18n';
import { scalarNumber, tx } from './params';
import { resolveSlice, sliceRevenue } from './table-slice';
import { DATA, MAPPING, OPTIONAL_DIMENSION, PERIOD, VALUE, YEAR, openYear } from './table-params';
import { isFnError, type FnValue, type WholeDef } from './types';

export const REVENUE: WholeDef = {
  name: 'REVENUE',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Revenue of a sales table (or of one segment, quarter, half or month), read as the one-click review reads it: header found, 万/亿 and text amounts parsed, subtotal rows skipped, refunds kept.',
    '销售明细的销售额（或某一维度取值、季度、半年、月份的销售额），识别方式与一键复盘相同：自动找表头，解析万/亿和文本金额，跳过小计行，保留退款。',
    '銷售明細的銷售額（或某一維度取值、季度、半年、月份的銷售額），識別方式與一鍵復盤相同：自動找表頭，解析萬/億和文字金額，略過小計列，保留退款。',
  ),
  params: [DATA, YEAR, OPTIONAL_DIMENSION, VALUE, PERIOD, MAPPING],
  run: ([data, year, dimension, value, period, mapping], ctx) => {
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    const slice = resolveSlice(o.st, dimension, value, period, ctx);
    if (isFnError(slice)) return slice;
    return sliceRevenue(o.s, slice).revenue;
  },
};

export const YOY: WholeDef = {
  name: 'YOY',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Year-on-year growth (同比) of a sales table or of one segment: the review year against the year before, as the review computes it.',
    '销售明细（或某一维度取值）的同比增长：所选年份对比上一年，口径与复盘相同。',
    '銷售明細（或某一維度取值）的年增率：所選年份對比上一年，口徑與復盤相同。',
  ),
  params: [DATA, YEAR, OPTIONAL_DIMENSION, VALUE, MAPPING],
  run: ([data, year, dimension, value, mapping], ctx) => {
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    const { scope } = o.s;
    if (scope.prior === null)
      return ctx.error('#N/A', 'FN_TABLE_NO_PRIOR', { year: scope.year, prior: scope.year - 1 });
    const slice = resolveSlice(o.st, dimension, value, '', ctx);
    if (isFnError(slice)) return slice;
    // the review's own growth figure: the total's, or the segment's breakdown row
    const yoy =
      slice.dimension === null
        ? o.s.totals().yoy
        : (o.s.breakdown(slice.dimension, Infinity).find((r) => r.key === slice.key)?.yoy ?? null);
    if (yoy !== null) return yoy;
    const label = slice.key ?? t('FN_TABLE_SLICE_ALL', ctx.lang);
    return ctx.error('#DIV/0!', 'FN_TABLE_NO_PRIOR_REVENUE', { slice: label, prior: scope.prior });
  },
};

export const ATTAINMENT_OF: WholeDef = {
  name: 'ATTAINMENT_OF',
  kind: 'whole',
  result: 'scalar',
  description: tx(
    'Attainment (完成率) = revenue of the sales table, or of a segment or period, / target.',
    '完成率 = 销售明细（或某一维度取值、期间）的销售额 / 目标。',
    '達成率 = 銷售明細（或某一維度取值、期間）的銷售額 / 目標。',
  ),
  params: [
    DATA,
    scalarNumber(
      'target',
      tx(
        'Target, e.g. 1.2亿 or 120000000.',
        '目标，如 1.2亿 或 120000000。',
        '目標，如 1.2億 或 120000000。',
      ),
    ),
    YEAR,
    OPTIONAL_DIMENSION,
    VALUE,
    PERIOD,
    MAPPING,
  ],
  run: ([data, target, year, dimension, value, period, mapping], ctx): FnValue => {
    const goal = target as number;
    if (goal === 0) return ctx.error('#DIV/0!', 'FN_ZERO_DENOMINATOR', { param: 'target' });
    if (goal < 0) return ctx.error('#NUM!', 'FN_NOT_POSITIVE', { param: 'target' });
    const o = openYear(data, year, mapping, ctx);
    if (isFnError(o)) return o;
    const slice = resolveSlice(o.st, dimension, value, period, ctx);
    if (isFnError(slice)) return slice;
    return attainment(sliceRevenue(o.s, slice).revenue, goal) ?? ctx.error('#NUM!', 'PLAN_NON_FINITE');
  },
};
