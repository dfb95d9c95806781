/**
 * Like for like (DOMAIN §6, comparable periods): when the review year or the prior year covers only
 * part of the year, the year-on-year change compares the same fiscal months of both years (data
 * through October against January–October last year; a prior year from September against
 * September–December this year), never a full year against a part of one.
 */
import type { Scope } from './scope';
import type { GroupSums } from './sums';
import { sumOf } from './sums';

/** How the year-on-year change was measured. */
export interface ComparisonBasis {
  /**
   * 'full-year': both years have data from their first to their last fiscal month;
   * 'same-months': one year is partial, so months fromMonth..toMonth of both are compared;
   * 'none': the two years share no month (no like-for-like change exists).
   */
  basis: 'full-year' | 'same-months' | 'none';
  /** First and last fiscal month (1..12) compared; 0 when basis is 'none'. */
  fromMonth: number;
  toMonth: number;
  /** Revenue of the compared months, this year and the prior year. */
  revenue: number;
  priorRevenue: number;
  /**
   * Both years run over exactly the compared months: whole-year figures (a segment's or a
   * customer's change from last year) are like for like too.
   */
  sameSpan: boolean;
}

/** First and last fiscal month (1..12) with rows; null for a year without rows. */
export function monthSpan(months: readonly GroupSums[]): [number, number] | null {
  const first = months.findIndex((m) => m.rows > 0);
  if (first < 0) return null;
  let last = months.length - 1;
  while (months[last].rows === 0) last--;
  return [first + 1, last + 1];
}

/**
 * The like-for-like basis of a review year against its prior year; null without a prior year.
 * @example comparisonBasis(thisYearThroughOctober, fullPriorYear) // { basis: 'same-months', fromMonth: 1, toMonth: 10, … }
 */
export function comparisonBasis(
  current: readonly GroupSums[],
  prior: readonly GroupSums[] | null,
): ComparisonBasis | null {
  if (prior === null) return null;
  const a = monthSpan(current);
  const b = monthSpan(prior);
  if (a === null || b === null) return null;
  const from = Math.max(a[0], b[0]);
  const to = Math.min(a[1], b[1]);
  if (from > to)
    return { basis: 'none', fromMonth: 0, toMonth: 0, revenue: 0, priorRevenue: 0, sameSpan: false };
  const full = a[0] === 1 && a[1] === 12 && b[0] === 1 && b[1] === 12;
  return {
    basis: full ? 'full-year' : 'same-months',
    fromMonth: from,
    toMonth: to,
    revenue: sumOf(current.slice(from - 1, to)).revenue,
    priorRevenue: sumOf(prior.slice(from - 1, to)).revenue,
    sameSpan: a[0] === b[0] && a[1] === b[1],
  };
}

/**
 * The like-for-like basis of the scope's review year; null without a prior year.
 * @example scopeComparison(scope)?.basis // 'full-year'
 */
export function scopeComparison(scope: Scope): ComparisonBasis | null {
  const basis = comparisonBasis(
    scope.months(scope.year),
    scope.prior === null ? null : scope.months(scope.prior),
  );
  // Annual amounts are whole years on both sides, whichever month they are dated in.
  if (scope.annual && basis && basis.basis !== 'none')
    return { ...basis, basis: 'full-year', fromMonth: 1, toMonth: 12, sameSpan: true };
  return basis;
}
