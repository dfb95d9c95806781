import { fail, type PlanResult } from './result';

/**
 * Validates split weights: non-empty, finite, non-negative, not all zero. Returns the weight total.
 * @example checkWeights([3, 3, 2, 2]) // { ok: true, value: 10 }
 */
export function checkWeights(weights: readonly number[]): PlanResult<number> {
  if (weights.length === 0) return fail('PLAN_EMPTY_WEIGHTS');
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w !== 'number' || !Number.isFinite(w)) return fail('PLAN_NON_FINITE', i);
    if (w < 0) return fail('PLAN_NEGATIVE_WEIGHT', i);
    sum += w;
  }
  if (sum <= 0) return fail('PLAN_ZERO_WEIGHTS');
  return { ok: true, value: sum };
}

/** Position of the largest weight (the first one on ties): where a sub-unit residue goes. */
export function largestIndex(weights: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < weights.length; i++) if (weights[i] > weights[best]) best = i;
  return best;
}
