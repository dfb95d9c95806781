/**
 * Price–volume–mix (价量结构分析) of a revenue change between a prior (0) and a current (1) period.
 *
 * Rule for products that exist in one period only (rule code 'separate-new-discontinued'):
 * - continuing products (q0 > 0 and q1 > 0) are decomposed with DOMAIN.md's formulas, with
 *   P̄0 = ΣR0 / ΣQ0 over continuing products:
 *   volume = (ΣQ1 − ΣQ0)·P̄0, mix = ΣQ1ᵢ·P0ᵢ − ΣQ1·P̄0, price = ΣQ1ᵢ·(P1ᵢ − P0ᵢ);
 * - new products (no prior quantity, q0 ≤ 0) form their own effect: newProducts = Σ(r1 − r0);
 * - discontinued products (q0 > 0, q1 ≤ 0) form their own effect, reported as a positive loss:
 *   discontinued = Σ(r0 − r1).
 * Then volume + mix + price + newProducts − discontinued = ΣR1 − ΣR0 (price takes the last
 * rounding ulp so the identity holds to floating-point precision).
 * Rows with the same key are summed first; non-finite quantities or revenues count as 0 and are
 * listed in `invalidKeys`.
 */

export interface PvmRow {
  key: string;
  q0: number;
  r0: number;
  q1: number;
  r1: number;
}

export interface PvmResult {
  volume: number;
  mix: number;
  price: number;
  /** Revenue change from products with no prior quantity. */
  newProducts: number;
  /** Revenue lost from products with prior quantity and none now (positive = loss). */
  discontinued: number;
  /** ΣR1 − ΣR0 = volume + mix + price + newProducts − discontinued. */
  totalChange: number;
  rule: 'separate-new-discontinued';
  continuingKeys: string[];
  newKeys: string[];
  discontinuedKeys: string[];
  invalidKeys: string[];
}

function num(x: number, bad: { hit: boolean }): number {
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  bad.hit = true;
  return 0;
}

/**
 * Decomposes ΣR1 − ΣR0 into volume, mix, price, new-product and discontinued-product effects.
 * @example priceVolumeMix([{ key: 'A', q0: 10, r0: 100, q1: 12, r1: 132 }]) // volume 20, mix 0, price 12
 */
export function priceVolumeMix(rows: readonly PvmRow[]): PvmResult {
  const byKey = new Map<string, { q0: number; r0: number; q1: number; r1: number }>();
  const invalid = new Set<string>();
  for (const row of rows) {
    const bad = { hit: false };
    const v = { q0: num(row.q0, bad), r0: num(row.r0, bad), q1: num(row.q1, bad), r1: num(row.r1, bad) };
    if (bad.hit) invalid.add(row.key);
    const acc = byKey.get(row.key);
    if (acc) {
      acc.q0 += v.q0;
      acc.r0 += v.r0;
      acc.q1 += v.q1;
      acc.r1 += v.r1;
    } else byKey.set(row.key, v);
  }

  let sumR0 = 0;
  let sumR1 = 0;
  let cQ0 = 0;
  let cQ1 = 0;
  let cR0 = 0;
  let q1p0 = 0;
  let newProducts = 0;
  let discontinued = 0;
  const continuingKeys: string[] = [];
  const newKeys: string[] = [];
  const discontinuedKeys: string[] = [];
  for (const [key, p] of byKey) {
    sumR0 += p.r0;
    sumR1 += p.r1;
    if (p.q0 <= 0) {
      newProducts += p.r1 - p.r0;
      newKeys.push(key);
    } else if (p.q1 <= 0) {
      discontinued += p.r0 - p.r1;
      discontinuedKeys.push(key);
    } else {
      cQ0 += p.q0;
      cQ1 += p.q1;
      cR0 += p.r0;
      q1p0 += p.q1 * (p.r0 / p.q0);
      continuingKeys.push(key);
    }
  }
  const totalChange = sumR1 - sumR0;
  const avgP0 = cQ0 > 0 ? cR0 / cQ0 : 0;
  const volume = (cQ1 - cQ0) * avgP0;
  const mix = q1p0 - cQ1 * avgP0;
  // Price as the remainder keeps the identity exact up to one rounding; algebraically it equals ΣQ1ᵢ·(P1ᵢ − P0ᵢ).
  const price = totalChange - volume - mix - newProducts + discontinued;
  return {
    volume,
    mix,
    price,
    newProducts,
    discontinued,
    totalChange,
    rule: 'separate-new-discontinued',
    continuingKeys,
    newKeys,
    discontinuedKeys,
    invalidKeys: [...invalid],
  };
}
