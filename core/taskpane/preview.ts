/** The live quarter-split preview of step 4 (no DOM): next year's target split by the chosen weights. */
import { keepsEveryPart, planSplit, roundingUnit, safeSeasonalWeights, safeSplitByWeights } from '../plan';
import type { YearInfo } from './analysis';
import { chooseReviewYear } from '../review';
import { draftQuarterWeights, parseGrowth, type Draft } from './wizard-state';

export interface SplitPreview {
  /** Next-year base target split. */
  total: number;
  /** The weights used, normalised to shares (sum 1). */
  shares: number[];
  /** Q1..Q4 parts; they add up to total. */
  parts: number[];
  /** Seasonal was asked for but no full year of history exists: equal weights used. */
  seasonalFallback: boolean;
}

/** The review year: the typed one if present in the data, else the one the review picks by default. */
export function reviewYearOf(d: Draft, years: readonly YearInfo[]): YearInfo | null {
  if (years.length === 0) return null;
  const typed = d.year.trim() === '' ? null : Number(d.year.trim());
  const auto = chooseReviewYear(years, null).year;
  return years.find((y) => y.year === typed) ?? years.find((y) => y.year === auto) ?? years[years.length - 1];
}

/**
 * The split preview, or null when there is no base (no revenue) or the weights are invalid.
 * @example splitPreview(draft, years)?.parts // [3.6e8, 3.6e8, 2.4e8, 2.4e8] for 12亿 at 3:3:2:2
 */
export function splitPreview(d: Draft, years: readonly YearInfo[]): SplitPreview | null {
  const review = reviewYearOf(d, years);
  const growth = parseGrowth(d.growth);
  const typed = d.base.plan.target;
  if (typed === null && (!review || review.revenue <= 0 || growth === null)) return null;
  const raw = typed ?? review!.revenue * (1 + growth!);
  const choice = draftQuarterWeights(d);
  if (choice === null) return null;
  let weights: number[];
  let seasonalFallback = false;
  if (choice === 'equal') weights = [1, 1, 1, 1];
  else if (choice === 'seasonal') {
    const history = years
      // a whole year's amount has no quarters to learn a season from
      .filter((y) => y.months === 12 && !y.annual && (!review || y.year <= review.year))
      .map((y) => y.quarters);
    const s = history.length > 0 ? safeSeasonalWeights(history) : null;
    if (s && s.ok) weights = s.value;
    else {
      weights = [1, 1, 1, 1];
      seasonalFallback = true;
    }
  } else weights = [...choice];
  // Rounded as the plan tab rounds (core/plan planSplit): the plan's unit when the target bears it,
  // else a finer one, so a small shop's quarters are never rounded to 0 here either; a typed target
  // is kept as typed. (The plan also keeps each breakdown's parts; the preview checks the quarters.)
  const planned =
    typed === null
      ? planSplit(raw, weights, d.base.plan.roundTo)
      : { total: raw, unit: roundingUnit(raw, d.base.plan.roundTo, (u) => keepsEveryPart(raw, weights, u)) };
  const total = planned.total;
  let split = safeSplitByWeights(total, weights, planned.unit);
  if (!split.ok) split = safeSplitByWeights(total, weights, 1);
  if (!split.ok) return null;
  const sum = weights.reduce((a, b) => a + b, 0);
  return {
    total,
    shares: weights.map((w) => w / sum),
    parts: split.value,
    seasonalFallback,
  };
}
