/**
 * Section 4, 客户: top N with Pareto shares, concentration, lifecycle, repurchase, tiers, lost list.
 * Every share here is of the year's total revenue (the same denominator as the overview).
 */
import type { CustomerYearAggregate } from '../aggregates';
import { growth, hhi, lifecycleOf, ppChange, share, spendTiers, type CustomerYear } from '../metrics';
import type { ReviewModel } from './model';
import type { Scope } from './scope';

/** Lost customers listed (largest first); the count and revenue always cover all of them. */
export const LOST_LIST_MAX = 100;

/**
 * The lifecycle figures, all unknown: what a review says when it cannot tell new, returning,
 * won-back and lost customers apart (no customer column, or a wide sheet without order lines).
 */
export const NO_LIFECYCLE = {
  new: null,
  returning: null,
  wonBack: null,
  lost: null,
  revenueNew: null,
  revenueReturning: null,
  revenueWonBack: null,
  lostPriorRevenue: null,
  repurchaseRate: null,
  priorRepurchaseRate: null,
  repurchaseRateChange: null,
  newRevenueShare: null,
  lostList: [],
} as const satisfies Partial<ReviewModel['customers']>;

const EMPTY: ReviewModel['customers'] = {
  ...NO_LIFECYCLE,
  lostList: [],
  active: null,
  top1Share: null,
  top5Share: null,
  top10Share: null,
  largestShare: null,
  largestCustomer: null,
  hhi: null,
  top: [],
  tiers: [],
};

/** The customers' names (first appearance) and their years, indexed for the lifecycle ("" is no customer). */
function indexed(rows: readonly CustomerYearAggregate[]): { keys: string[]; years: CustomerYear[] } {
  const keys: string[] = [];
  const index = new Map<string, number>();
  const years = rows.map((r): CustomerYear => {
    let c = index.get(r.key);
    if (c === undefined) {
      c = r.key === '' ? -1 : keys.push(r.key) - 1;
      index.set(r.key, c);
    }
    return { customer: c, fiscalYear: r.fiscalYear, revenue: r.revenue, purchases: r.purchases };
  });
  return { keys, years };
}

/**
 * Builds model.customers; all null when the data has no customer column.
 * @example buildCustomers(scope, 1.36e9).repurchaseRate // 0.78
 */
export function buildCustomers(scope: Scope, revenue: number): ReviewModel['customers'] {
  if (!scope.agg.customers) return { ...EMPTY, top: [], tiers: [], lostList: [] };
  const cust = indexed(scope.agg.customers);
  const lc = lifecycleOf(cust.keys, cust.years, scope.year);
  const hasPrior = scope.prior !== null;
  const order: number[] = [];
  for (let c = 0; c < lc.byCustomer.length; c++) if (lc.byCustomer[c] !== 0) order.push(c);
  order.sort((a, b) => lc.byCustomer[b] - lc.byCustomer[a] || cust.keys[a].localeCompare(cust.keys[b]));
  const revs = order.map((c) => lc.byCustomer[c]);
  const topK = (k: number): number | null => {
    let s = 0;
    for (let i = 0; i < Math.min(k, revs.length); i++) s += Math.max(0, revs[i]);
    return share(s, revenue);
  };
  const tierDefs = scope.settings.thresholds.tiers;
  const tiers = spendTiers(revs, tierDefs);
  let cum = 0;
  const top = order.slice(0, scope.settings.topN).map((c, i) => {
    const r = lc.byCustomer[c];
    cum += r;
    const prior = hasPrior ? lc.priorByCustomer[c] : null;
    const t = tiers.assignment[i];
    return {
      key: cust.keys[c],
      revenue: r,
      share: share(r, revenue) ?? 0,
      cumulativeShare: share(cum, revenue) ?? 0,
      priorRevenue: prior,
      yoy: prior === null ? null : growth(r, prior),
      tier: t >= 0 ? tiers.tiers[t].name : '',
    };
  });
  const top1 = topK(1);
  return {
    active: lc.active,
    new: hasPrior ? lc.new : null,
    returning: hasPrior ? lc.returning : null,
    wonBack: hasPrior ? lc.wonBack : null,
    lost: hasPrior ? lc.lost : null,
    revenueNew: hasPrior ? lc.revenue.new : null,
    revenueReturning: hasPrior ? lc.revenue.returning : null,
    revenueWonBack: hasPrior ? lc.revenue.wonBack : null,
    lostPriorRevenue: hasPrior ? lc.lostPriorRevenue : null,
    repurchaseRate: hasPrior ? lc.repurchaseRate : null,
    priorRepurchaseRate: hasPrior ? lc.priorRepurchaseRate : null,
    repurchaseRateChange:
      hasPrior && lc.repurchaseRate !== null && lc.priorRepurchaseRate !== null
        ? ppChange(lc.repurchaseRate, lc.priorRepurchaseRate)
        : null,
    newRevenueShare: hasPrior ? share(lc.revenue.new, revenue) : null,
    top1Share: top1,
    top5Share: topK(5),
    top10Share: topK(10),
    largestShare: top1,
    largestCustomer: order.length > 0 && revs[0] > 0 ? cust.keys[order[0]] : null,
    hhi: hhi(revs),
    top,
    tiers: tiers.tiers.map((t) => ({
      name: t.name,
      min: t.min,
      customers: t.customers,
      revenue: t.revenue,
      share: share(t.revenue, revenue) ?? 0,
    })),
    lostList: hasPrior ? lc.lostList.slice(0, LOST_LIST_MAX) : [],
  };
}
