/**
 * Distribution measures over a list of values (customers, regions, products).
 *
 * Rule for negatives: `shares` and `contributions` use values as they are (so shares always add
 * to 1, even with net-refund segments). The concentration measures (`topNShare`, `largestShare`,
 * `hhi`) count only positive values, because a net-refund customer holds no share of the market.
 * Any non-finite value makes the whole result null.
 */

function allFinite(values: readonly number[]): boolean {
  for (const v of values) if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  return true;
}

/**
 * Each value's share of the total; all null when the total is 0 or a value is not finite.
 * @example shares([3, 1]) // [0.75, 0.25]
 */
export function shares(values: readonly number[]): (number | null)[] {
  if (!allFinite(values)) return values.map(() => null);
  let total = 0;
  for (const v of values) total += v;
  if (total === 0 || !Number.isFinite(total)) return values.map(() => null);
  return values.map((v) => v / total);
}

function positiveSorted(values: readonly number[]): { sorted: number[]; total: number } | null {
  if (!allFinite(values)) return null;
  const sorted = values.filter((v) => v > 0).sort((a, b) => b - a);
  let total = 0;
  for (const v of sorted) total += v;
  return total > 0 && Number.isFinite(total) ? { sorted, total } : null;
}

/**
 * Share of the n largest positive values in the positive total (集中度 TOP-N).
 * @example topNShare([50, 30, 20], 2) // 0.8
 */
export function topNShare(values: readonly number[], n: number): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const p = positiveSorted(values);
  if (!p) return null;
  const k = Math.min(Math.floor(n), p.sorted.length);
  let top = 0;
  for (let i = 0; i < k; i++) top += p.sorted[i];
  return top / p.total;
}

/**
 * Share of the single largest value (a dependency risk when high).
 * @example largestShare([18, 82]) // 0.82
 */
export function largestShare(values: readonly number[]): number | null {
  return topNShare(values, 1);
}

/**
 * Herfindahl–Hirschman index = Σ share² × 10,000 over positive values (10,000 = one holder).
 * @example hhi([50, 50]) // 5000
 */
export function hhi(values: readonly number[]): number | null {
  const p = positiveSorted(values);
  if (!p) return null;
  let sum = 0;
  for (const v of p.sorted) {
    const s = v / p.total;
    sum += s * s;
  }
  return sum * 10_000;
}

/**
 * Contribution to growth (增长贡献) of each part = (part now − part prior) / Σ prior; the parts
 * add up to total growth. All null when lengths differ, a value is not finite, or Σ prior ≤ 0.
 * @example contributions([60, 50], [50, 50]) // [0.1, 0]
 */
export function contributions(current: readonly number[], prior: readonly number[]): (number | null)[] {
  if (current.length !== prior.length || !allFinite(current) || !allFinite(prior))
    return current.map(() => null);
  let totalPrior = 0;
  for (const v of prior) totalPrior += v;
  if (!(totalPrior > 0) || !Number.isFinite(totalPrior)) return current.map(() => null);
  return current.map((c, i) => (c - prior[i]) / totalPrior);
}
