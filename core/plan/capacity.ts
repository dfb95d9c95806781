/** What a sales team can deliver against a revenue target: headcount × revenue per head. */
export interface CapacityPlan {
  /** headcount × revenue per head; null when either is unknown. */
  capacity: number | null;
  /** capacity − target: negative = the team as planned falls short. */
  gap: number | null;
  /**
   * Salespeople needed to reach the target at this revenue per head, rounded up after rounding the
   * quotient to 6 decimals (float noise never adds a person; the sheet's formula does the same).
   */
  headcountNeeded: number | null;
}

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

/**
 * Capacity of the planned team against the target (DOMAIN §2 per head: value / headcount).
 * @example capacityPlan({ headcount: 268, revenuePerHead: 1440e4, target: 50e8 }) // { capacity: 38.592e8, gap: -11.408e8, headcountNeeded: 348 }
 */
export function capacityPlan(input: {
  headcount: number | null;
  revenuePerHead: number | null;
  target: number;
}): CapacityPlan {
  const { headcount, revenuePerHead, target } = input;
  const capacity = known(headcount) && known(revenuePerHead) ? headcount * revenuePerHead : null;
  return {
    capacity,
    gap: capacity === null ? null : capacity - target,
    headcountNeeded:
      known(revenuePerHead) && revenuePerHead > 0 && Number.isFinite(target)
        ? Math.ceil(Math.round((target / revenuePerHead) * 1e6) / 1e6)
        : null,
  };
}
