/** Elementwise ratio functions: ATTAINMENT, VARIANCE, VARIANCE_PCT, GROWTH, PP_CHANGE, CAGR, RUN_RATE, STATUS. */
import { attainment, cagr, growth, ppChange, runRate, variance, variancePct } from '../metrics';
import { t } from '../i18n';
import { scalarNumber, spreadNumber, textParam, tx } from './params';
import { parseLang } from './lang-arg';
import type { ElementwiseDef, FnContext, FnValue } from './types';

const num = (v: unknown): number => v as number;

/** A ratio whose denominator must be positive: 0 → #DIV/0!, negative → #NUM!. */
function positiveDenominator(d: number, param: string, ctx: FnContext, f: () => number | null): FnValue {
  if (d === 0) return ctx.error('#DIV/0!', 'FN_ZERO_DENOMINATOR', { param });
  if (d < 0) return ctx.error('#NUM!', 'FN_NOT_POSITIVE', { param });
  return f() ?? ctx.error('#NUM!', 'PLAN_NON_FINITE');
}

const ACTUAL = tx('Actual value (a number or a range).', '实际值（数字或区域）。', '實際值（數字或範圍）。');

export const ATTAINMENT: ElementwiseDef = {
  name: 'ATTAINMENT',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Attainment = actual / target (完成率).',
    '完成率 = 实际 / 目标。',
    '達成率 = 實際 / 目標。',
  ),
  params: [
    spreadNumber('actual', ACTUAL),
    spreadNumber('target', tx('Target (greater than 0).', '目标值（大于 0）。', '目標值（大於 0）。')),
  ],
  map: ([a, b], ctx) => positiveDenominator(num(b), 'target', ctx, () => attainment(num(a), num(b))),
};

export const VARIANCE: ElementwiseDef = {
  name: 'VARIANCE',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Variance = actual − reference (差额).',
    '差额 = 实际 − 参照值。',
    '差額 = 實際 − 參照值。',
  ),
  params: [
    spreadNumber('actual', ACTUAL),
    spreadNumber(
      'reference',
      tx('Reference: target or prior value.', '参照值：目标或上期。', '參照值：目標或上期。'),
    ),
  ],
  map: ([a, b], ctx) => variance(num(a), num(b)) ?? ctx.error('#NUM!', 'PLAN_NON_FINITE'),
};

export const VARIANCE_PCT: ElementwiseDef = {
  name: 'VARIANCE_PCT',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Variance % = (actual − reference) / |reference| (差异率).',
    '差异率 =（实际 − 参照值）/ |参照值|。',
    '差異率 =（實際 − 參照值）/ |參照值|。',
  ),
  params: [
    spreadNumber('actual', ACTUAL),
    spreadNumber('reference', tx('Reference (not 0).', '参照值（不为 0）。', '參照值（不為 0）。')),
  ],
  map: ([a, b], ctx) =>
    num(b) === 0
      ? ctx.error('#DIV/0!', 'FN_ZERO_DENOMINATOR', { param: 'reference' })
      : (variancePct(num(a), num(b)) ?? ctx.error('#NUM!', 'PLAN_NON_FINITE')),
};

export const GROWTH: ElementwiseDef = {
  name: 'GROWTH',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Growth = current / prior − 1 (同比 YoY or 环比 QoQ).',
    '增长率 = 本期 / 上期 − 1（同比或环比）。',
    '成長率 = 本期 / 上期 − 1（同比或環比）。',
  ),
  params: [
    spreadNumber('current', tx('This period.', '本期值。', '本期值。')),
    spreadNumber('prior', tx('Prior period (greater than 0).', '上期值（大于 0）。', '上期值（大於 0）。')),
  ],
  map: ([a, b], ctx) => positiveDenominator(num(b), 'prior', ctx, () => growth(num(a), num(b))),
};

export const PP_CHANGE: ElementwiseDef = {
  name: 'PP_CHANGE',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Point change = rate now − rate before (百分点), never a ratio of rates.',
    '百分点变化 = 本期比率 − 上期比率。',
    '百分點變化 = 本期比率 − 上期比率。',
  ),
  params: [
    spreadNumber('rate_now', tx('Rate now, e.g. 26.1%.', '本期比率，如 26.1%。', '本期比率，如 26.1%。')),
    spreadNumber(
      'rate_before',
      tx('Rate before, e.g. 22.4%.', '上期比率，如 22.4%。', '上期比率，如 22.4%。'),
    ),
  ],
  map: ([a, b], ctx) => ppChange(num(a), num(b)) ?? ctx.error('#NUM!', 'PLAN_NON_FINITE'),
};

export const CAGR: ElementwiseDef = {
  name: 'CAGR',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Compound annual growth = (end / start)^(1 / years) − 1.',
    '复合增长率 =（期末 / 期初）^（1 / 年数）− 1。',
    '複合成長率 =（期末 / 期初）^（1 / 年數）− 1。',
  ),
  params: [
    spreadNumber('start_value', tx('Value at the start (> 0).', '期初值（大于 0）。', '期初值（大於 0）。')),
    spreadNumber('end_value', tx('Value at the end (≥ 0).', '期末值（≥ 0）。', '期末值（≥ 0）。')),
    spreadNumber('years', tx('Number of years (> 0).', '年数（大于 0）。', '年數（大於 0）。')),
  ],
  map: ([s, e, y], ctx) => cagr(num(s), num(e), num(y)) ?? ctx.error('#NUM!', 'FN_BAD_CAGR'),
};

export const RUN_RATE: ElementwiseDef = {
  name: 'RUN_RATE',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Run rate = year-to-date × periods in year / periods elapsed (年化).',
    '年化 = 年初至今 × 全年期数 / 已过期数。',
    '年化 = 年初至今 × 全年期數 / 已過期數。',
  ),
  params: [
    spreadNumber('ytd', tx('Year-to-date value.', '年初至今累计值。', '年初至今累計值。')),
    spreadNumber(
      'periods_elapsed',
      tx('Periods elapsed (> 0).', '已过期数（大于 0）。', '已過期數（大於 0）。'),
    ),
    spreadNumber(
      'periods_in_year',
      tx('Periods in a year (default 12).', '全年期数（默认 12）。', '全年期數（預設 12）。'),
      { optional: true, default: 12 },
    ),
  ],
  map: ([v, e, p], ctx) => {
    if (num(p) <= 0) return ctx.error('#NUM!', 'FN_NOT_POSITIVE', { param: 'periods_in_year' });
    return positiveDenominator(num(e), 'periods_elapsed', ctx, () => runRate(num(v), num(e), num(p)));
  },
};

export const STATUS: ElementwiseDef = {
  name: 'STATUS',
  kind: 'elementwise',
  result: 'same-shape',
  description: tx(
    'Status from attainment: Green at or above green_at, Amber at or above amber_at, else Red.',
    '按完成率给出状态：≥ green_at 为达成，≥ amber_at 为预警，否则落后。',
    '依達成率給出狀態：≥ green_at 為達成，≥ amber_at 為預警，否則落後。',
  ),
  params: [
    spreadNumber('attainment', tx('Attainment, e.g. 104.6%.', '完成率，如 104.6%。', '達成率，如 104.6%。')),
    scalarNumber(
      'green_at',
      tx('Green from (default 100%).', '达成线（默认 100%）。', '達成線（預設 100%）。'),
      {
        optional: true,
        default: 1,
      },
    ),
    scalarNumber(
      'amber_at',
      tx('Amber from (default 90%).', '预警线（默认 90%）。', '預警線（預設 90%）。'),
      {
        optional: true,
        default: 0.9,
      },
    ),
    textParam(
      'language',
      tx(
        '"en", "zh-CN" or "zh-TW" (default "en").',
        '"en"、"zh-CN" 或 "zh-TW"（默认 "en"）。',
        '"en"、"zh-CN" 或 "zh-TW"（預設 "en"）。',
      ),
      { optional: true, default: 'en' },
    ),
  ],
  map: ([a, g, am, l], ctx) => {
    const lang = parseLang(l as string);
    if (!lang) return ctx.error('#VALUE!', 'FN_BAD_LANGUAGE');
    if (num(am) > num(g)) return ctx.error('#NUM!', 'FN_BAD_THRESHOLDS');
    const code = num(a) >= num(g) ? 'STATUS_GREEN' : num(a) >= num(am) ? 'STATUS_AMBER' : 'STATUS_RED';
    return t(code, lang);
  },
};
