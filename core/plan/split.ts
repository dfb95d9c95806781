import { apportion } from './apportion';
import { fail, unwrap, type PlanResult } from './result';
import { fromUnits, MAX_UNITS, toUnits } from './units';
import { checkWeights, largestIndex } from './weights';

/** Checks a total and a rounding unit; shared by split and cascade. */
export function checkTotal(total: number, unit: number): PlanResult<true> {
  if (typeof unit !== 'number' || !Number.isFinite(unit) || unit <= 0) return fail('PLAN_BAD_UNIT');
  if (typeof total !== 'number' || !Number.isFinite(total)) return fail('PLAN_NON_FINITE');
  if (Math.abs(total) / unit > MAX_UNITS) return fail('PLAN_TOO_MANY_UNITS');
  return { ok: true, value: true };
}

/**
 * Splits a total by weights into multiples of `unit` with largest-remainder rounding; the parts add
 * up to the total exactly. When the total is not a multiple of the unit, the part below one unit is
 * added to the largest-weight part (so Σ = total still holds). Negative totals split symmetrically.
 * @example safeSplitByWeights(1.2e9, [3, 3, 2, 2], 1e4) // { ok: true, value: [3.6e8, 3.6e8, 2.4e8, 2.4e8] }
 */
export function safeSplitByWeights(
  total: number,
  weights: readonly number[],
  unit = 1,
): PlanResult<number[]> {
  const t = checkTotal(total, unit);
  if (!t.ok) return t;
  const w = checkWeights(weights);
  if (!w.ok) return w;
  const u = toUnits(total, unit);
  const parts = apportion(u.count, weights).map((k) => fromUnits(k, unit));
  if (u.residue !== 0) parts[largestIndex(weights)] += u.residue;
  return { ok: true, value: parts.map((p) => (p === 0 ? 0 : u.sign * p)) };
}

/**
 * Like safeSplitByWeights, returning the parts and throwing a PlanError on invalid weights or unit.
 * @example splitByWeights(1.2e9, [40, 30, 20, 10]) // [4.8e8, 3.6e8, 2.4e8, 1.2e8]
 */
export function splitByWeights(total: number, weights: readonly number[], unit = 1): number[] {
  return unwrap(safeSplitByWeights(total, weights, unit));
}
