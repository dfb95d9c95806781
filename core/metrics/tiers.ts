/**
 * Spend tiers (客户分级): each customer falls into the highest tier whose minimum its annual
 * spend reaches (A ≥ 100万, B ≥ 20万 …). Spend below every minimum, or not finite, is untiered.
 */

export interface TierDef {
  name: string;
  /** Inclusive lower bound of annual spend, in base units. */
  min: number;
}

export interface TierResult {
  name: string;
  min: number;
  /** Exclusive upper bound: the next higher tier's minimum, null for the top tier. */
  max: number | null;
  customers: number;
  revenue: number;
  /** Revenue share of the total of all customers (tiered or not); null when that total is 0. */
  revenueShare: number | null;
  /** Customer share of all customers counted; null when there are none. */
  customerShare: number | null;
}

export interface SpendTiersResult {
  /** Tiers from highest minimum to lowest. */
  tiers: TierResult[];
  /** Per input revenue: index into `tiers`, or −1 when untiered. */
  assignment: Int32Array;
  untiered: { customers: number; revenue: number };
}

/**
 * Counts customers and revenue per spend tier.
 * @example spendTiers([150e4, 30e4, 5e4], [{ name: 'A', min: 100e4 }, { name: 'B', min: 20e4 }]).tiers[0].customers // 1
 */
export function spendTiers(revenues: readonly number[], tiers: readonly TierDef[]): SpendTiersResult {
  const sorted = tiers.filter((t) => Number.isFinite(t.min)).sort((a, b) => b.min - a.min);
  const count = new Array<number>(sorted.length).fill(0);
  const revenue = new Array<number>(sorted.length).fill(0);
  const assignment = new Int32Array(revenues.length).fill(-1);
  const untiered = { customers: 0, revenue: 0 };
  let total = 0;
  let counted = 0;
  revenues.forEach((r, i) => {
    if (!Number.isFinite(r)) {
      untiered.customers++;
      counted++;
      return;
    }
    total += r;
    counted++;
    const t = sorted.findIndex((tier) => r >= tier.min);
    if (t < 0) {
      untiered.customers++;
      untiered.revenue += r;
      return;
    }
    assignment[i] = t;
    count[t]++;
    revenue[t] += r;
  });
  return {
    tiers: sorted.map((t, i) => ({
      name: t.name,
      min: t.min,
      max: i === 0 ? null : sorted[i - 1].min,
      customers: count[i],
      revenue: revenue[i],
      revenueShare: total === 0 ? null : revenue[i] / total,
      customerShare: counted === 0 ? null : count[i] / counted,
    })),
    assignment,
    untiered,
  };
}
