/**
 * Largest-remainder apportionment of an integer count over weights (Hamilton's method): every part
 * gets the floor of its quota, and the units left go to the largest fractional remainders.
 * Ties break deterministically: larger weight first, then the earlier position.
 */

const NEAR = 1e-9;

function order(frac: number[], weights: readonly number[], desc: boolean): number[] {
  const idx = frac.map((_, i) => i);
  const s = desc ? 1 : -1;
  idx.sort((a, b) => {
    const df = frac[b] - frac[a];
    if (Math.abs(df) > NEAR) return s * df;
    const dw = weights[b] - weights[a];
    if (dw !== 0) return s * dw;
    return s * (a - b);
  });
  return idx;
}

/**
 * Integer parts of n proportional to quotas' weights, summing to n exactly. Weights must be finite,
 * non-negative and not all zero (the caller validates); a zero weight always gets 0.
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(n: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const w of weights) sum += w;
  const base: number[] = new Array<number>(weights.length);
  const frac: number[] = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const q = (n * weights[i]) / sum;
    let f = Math.floor(q);
    let r = q - f;
    // quotas that are whole numbers up to float noise (relative to their size) count as whole
    const near = Math.max(NEAR, q * 16 * Number.EPSILON);
    if (r > 1 - near) {
      f += 1;
      r = 0;
    } else if (r < near) r = 0;
    base[i] = f;
    frac[i] = weights[i] > 0 ? r : -1;
    given += f;
  }
  let left = n - given;
  if (left > 0) {
    for (const i of order(frac, weights, true)) {
      if (left === 0) break;
      if (weights[i] > 0) {
        base[i] += 1;
        left -= 1;
      }
    }
  } else if (left < 0) {
    // only reachable through float noise on near-integer quotas
    for (const i of order(frac, weights, false)) {
      if (left === 0) break;
      if (base[i] > 0) {
        base[i] -= 1;
        left += 1;
      }
    }
  }
  return base;
}
