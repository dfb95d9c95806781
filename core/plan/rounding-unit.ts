/**
 * The rounding unit a plan figure can bear. "Round to whole 万" suits a business of millions; on a
 * shop with 3,500 of revenue it rounds the plan to 0. So the user's unit is a ceiling: a figure is
 * rounded to it only when that moves the figure by at most 1%, else to the next power of ten below
 * (1,000, 100, 10, 1), and never so coarsely that a split part with a positive weight becomes 0.
 */
import { safeSplitByWeights } from './split';
import { fromUnits } from './units';

/** Rounding may move a figure by at most this share of it (half a unit ≤ 1%, so unit ≤ 2%). */
export const MAX_ROUNDING_SHIFT = 0.01;

/**
 * The units to try, coarsest first: the user's unit, then each power of ten below it down to 1
 * (a unit below 1 is kept as the only choice: the user asked for cents).
 * @example unitLadder(10000) // [10000, 1000, 100, 10, 1]
 */
export function unitLadder(preferred: number): number[] {
  const out = [preferred];
  for (let p = 10 ** Math.floor(Math.log10(preferred)); p >= 1; p = Math.round(p / 10)) {
    if (p < preferred) out.push(p);
    if (p === 1) break;
  }
  return out;
}

/**
 * The coarsest unit of the ladder that moves `amount` by at most 1% when it is rounded and for
 * which `fits(unit)` holds (e.g. no split part rounded away); the finest unit when none does.
 * @example roundingUnit(3500, 10000) // 10 (3,500 → 3,500, not 0)
 */
export function roundingUnit(
  amount: number,
  preferred: number,
  fits: (unit: number) => boolean = () => true,
): number {
  const ladder = unitLadder(preferred);
  const most = 2 * MAX_ROUNDING_SHIFT * Math.abs(amount);
  for (const u of ladder) if (u <= most && fits(u)) return u;
  return ladder[ladder.length - 1];
}

/**
 * A value rounded to a multiple of unit (half away from zero, as the spreadsheet's ROUND).
 * @example roundToUnit(4025, 10) // 4030
 */
export function roundToUnit(value: number, unit: number): number {
  const k = Math.sign(value) * Math.round(Math.abs(value) / unit);
  return k === 0 ? 0 : fromUnits(k, unit);
}

/**
 * True when no part with a positive weight is 0 (or the split fails) in the split of total.
 * @example keepsEveryPart(3500, [1, 1, 1, 1], 1000) // false (parts 1,000 / 1,000 / 1,000 / 500 … one is 0)
 */
export function keepsEveryPart(total: number, weights: readonly number[], unit: number): boolean {
  const r = safeSplitByWeights(total, weights, unit);
  return r.ok && r.value.every((v, i) => !(weights[i] > 0) || v !== 0);
}

/** A total rounded to the unit it can bear, and its parts, which add up to it exactly. */
export interface PlanSplit {
  unit: number;
  total: number;
  parts: number[];
}

/**
 * Rounds a total and splits it by weights at the coarsest unit (≤ preferred) that moves the total
 * by at most 1% and leaves every positive-weight part above 0.
 * @example planSplit(3500, [3, 3, 2, 2], 10000) // { unit: 10, total: 3500, parts: [1050, 1050, 700, 700] }
 */
export function planSplit(total: number, weights: readonly number[], preferred: number): PlanSplit {
  const unit = roundingUnit(total, preferred, (u) => keepsEveryPart(roundToUnit(total, u), weights, u));
  const rounded = roundToUnit(total, unit);
  const r = safeSplitByWeights(rounded, weights, unit);
  return { unit, total: rounded, parts: r.ok ? r.value : weights.map(() => 0) };
}
