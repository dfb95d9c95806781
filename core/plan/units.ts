/**
 * Conversion between money and whole rounding units (元, 万, 0.01 …). Splits work on integers so
 * that "parts add up to the total" is exact arithmetic, not floating-point luck.
 */

/** Largest count of units we can split exactly in a double. */
export const MAX_UNITS = Number.MAX_SAFE_INTEGER;

/** A total expressed in units: |total| = count × unit + residue, with the sign kept apart. */
export interface Units {
  sign: 1 | -1;
  count: number;
  /** The part of |total| below one unit (0 when the total is a multiple of the unit). */
  residue: number;
}

/**
 * Splits |total| into whole units and a residue below one unit.
 * @example toUnits(125000, 10000) // { sign: 1, count: 12, residue: 5000 }
 */
export function toUnits(total: number, unit: number): Units {
  const sign: 1 | -1 = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const q = abs / unit;
  const r = Math.round(q);
  // tolerate float noise such as 0.3 / 0.1 = 2.9999999999999996
  if (Math.abs(q - r) <= Math.max(1e-9, q * 8 * Number.EPSILON)) return { sign, count: r, residue: 0 };
  const count = Math.floor(q);
  return { sign, count, residue: abs - fromUnits(count, unit) };
}

/**
 * Money value of k units, computed so that decimal units stay clean (3 × 0.1 → 0.3, not 0.30000000000000004).
 * @example fromUnits(3, 0.1) // 0.3
 */
export function fromUnits(k: number, unit: number): number {
  if (unit < 1) {
    const inv = 1 / unit;
    const invR = Math.round(inv);
    if (Math.abs(inv - invR) <= 1e-9 * inv) return k / invR;
  }
  return k * unit;
}
