import { weightedMargin } from '../metrics';

/** A plan's quarterly margin targets over its quarterly revenue targets. */
export interface MarginPlan {
  /** Gross profit of each quarter: revenue target × margin target. */
  grossProfit: number[];
  /** The annual margin: Σ gross profit / Σ revenue (never the mean of the rates); null when Σ revenue is 0. */
  weighted: number | null;
}

/**
 * Each quarter's gross profit and the revenue-weighted annual margin (DOMAIN §2: across periods,
 * Σ GP / Σ revenue). The weights are the plan's own quarterly revenue split.
 * @example marginPlan([3800, 4200, 4500, 5500], [0.27, 0.28, 0.3, 0.31]).weighted // 0.29206 (29.2%)
 */
export function marginPlan(revenue: readonly number[], margins: readonly number[]): MarginPlan {
  if (revenue.length !== margins.length) throw new RangeError('one margin per quarter');
  const grossProfit = revenue.map((r, i) => r * margins[i]);
  return { grossProfit, weighted: weightedMargin(grossProfit, revenue) };
}
