/**
 * Scalar sales ratios (DOMAIN.md §2). Every function returns null when the figure is undefined —
 * a zero or meaningless denominator, or a non-finite input — never NaN or Infinity, and never throws.
 * Rates are fractions: 1.142 = 114.2%, 0.037 = +3.7 pp.
 */

function finite(...xs: number[]): boolean {
  for (const x of xs) if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return true;
}

/** Wraps a computed value: non-finite results (overflow) become null. */
function out(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Attainment (完成率) = actual / target; null when the target is not positive (a zero or negative
 * target has no meaningful completion rate). Apply it to base, stretch and revised targets alike.
 * @example attainment(1.37e8, 1.2e8) // 1.1417 (114.2%)
 */
export function attainment(actual: number, target: number): number | null {
  if (!finite(actual, target) || target <= 0) return null;
  return out(actual / target);
}

/**
 * Variance (差额) = actual − reference.
 * @example variance(13.6e8, 12e8) // 1.6e8
 */
export function variance(actual: number, ref: number): number | null {
  if (!finite(actual, ref)) return null;
  return out(actual - ref);
}

/**
 * Variance % (差异率) = (actual − reference) / |reference|; null when the reference is 0.
 * @example variancePct(90, -100) // 1.9
 */
export function variancePct(actual: number, ref: number): number | null {
  if (!finite(actual, ref) || ref === 0) return null;
  return out((actual - ref) / Math.abs(ref));
}

/**
 * Growth (同比 YoY / 环比 QoQ) = current / prior − 1; null when prior is not positive (growth from
 * zero or from a loss is not a meaningful percentage).
 * @example growth(7.5e8, 6.6e8) // 0.1364 (+13.6%)
 */
export function growth(current: number, prior: number): number | null {
  if (!finite(current, prior) || prior <= 0) return null;
  return out(current / prior - 1);
}

/**
 * Prior value implied by a current value and its growth rate: current / (1 + g).
 * @example priorFromGrowth(38.6e8, 0.134) // 3.404e9 (34.04亿)
 */
export function priorFromGrowth(current: number, g: number): number | null {
  if (!finite(current, g) || g <= -1) return null;
  return out(current / (1 + g));
}

/**
 * Point change (百分点) = rate now − rate before; a difference of rates, never a ratio.
 * @example ppChange(0.261, 0.224) // 0.037 (+3.7 pp)
 */
export function ppChange(rateNow: number, rateBefore: number): number | null {
  if (!finite(rateNow, rateBefore)) return null;
  return out(rateNow - rateBefore);
}

/**
 * Share (占比) = part / total; null when the total is 0.
 * @example share(22.4e8, 38.6e8) // 0.5803 (58.0%)
 */
export function share(part: number, total: number): number | null {
  if (!finite(part, total) || total === 0) return null;
  return out(part / total);
}

/**
 * Per head (人均) = value / headcount; null when headcount is not positive. The caller states
 * whether headcount is the average or the year-end figure.
 * @example perHead(38.6e8, 268) // 14_402_985 (≈1,440万)
 */
export function perHead(value: number, heads: number): number | null {
  if (!finite(value, heads) || heads <= 0) return null;
  return out(value / heads);
}

/**
 * Gross margin (毛利率) of one period = gross profit / revenue; null when revenue is 0.
 * @example grossMargin(26.1, 100) // 0.261
 */
export function grossMargin(grossProfit: number, revenue: number): number | null {
  if (!finite(grossProfit, revenue) || revenue === 0) return null;
  return out(grossProfit / revenue);
}

/**
 * Compound annual growth rate = (end / start)^(1 / years) − 1; null when start ≤ 0, end < 0 or
 * years ≤ 0.
 * @example cagr(100, 121, 2) // 0.1
 */
export function cagr(start: number, end: number, years: number): number | null {
  if (!finite(start, end, years) || start <= 0 || end < 0 || years <= 0) return null;
  return out(Math.pow(end / start, 1 / years) - 1);
}

/**
 * Run rate (年化) = year-to-date × periods in year / periods elapsed; null when either count is not positive.
 * @example runRate(300, 3) // 1200
 */
export function runRate(ytd: number, elapsed: number, periodsInYear = 12): number | null {
  if (!finite(ytd, elapsed, periodsInYear) || elapsed <= 0 || periodsInYear <= 0) return null;
  return out((ytd * periodsInYear) / elapsed);
}

/**
 * Forecast accuracy (预测准确率) = 1 − |forecast − actual| / |actual|; null when actual is 0.
 * Not clamped: a forecast off by more than the actual gives a negative accuracy.
 * @example forecastAccuracy(118, 100) // 0.82
 */
export function forecastAccuracy(forecast: number, actual: number): number | null {
  if (!finite(forecast, actual) || actual === 0) return null;
  return out(1 - Math.abs(forecast - actual) / Math.abs(actual));
}

/**
 * Gross margin across periods or segments = Σ gross profit / Σ revenue (never the mean of rates);
 * null when the arrays differ in length, are empty, hold a non-finite value, or revenue sums to 0.
 * @example weightedMargin([1026, 1176, 1350, 1705], [3800, 4200, 4500, 5500]) // 0.2921 (29.2%)
 */
export function weightedMargin(grossProfits: readonly number[], revenues: readonly number[]): number | null {
  if (grossProfits.length !== revenues.length || revenues.length === 0) return null;
  let gp = 0;
  let rev = 0;
  for (let i = 0; i < revenues.length; i++) {
    if (!finite(grossProfits[i], revenues[i])) return null;
    gp += grossProfits[i];
    rev += revenues[i];
  }
  return rev === 0 ? null : out(gp / rev);
}
