/** Where an actual lands against a target's tolerance band (弹性空间). */
export type ToleranceStatus = 'inside' | 'above' | 'below';

/**
 * The band around a target: target ± band × |target|.
 * @example toleranceBand(100, 0.05) // { low: 95, high: 105 }
 */
export function toleranceBand(target: number, band: number): { low: number; high: number } | null {
  if (!Number.isFinite(target) || !Number.isFinite(band) || band < 0) return null;
  const w = Math.abs(target) * band;
  return { low: target - w, high: target + w };
}

/**
 * Whether an actual is inside the band (edges included), above or below it; null on a non-finite
 * input or a negative band. Outside the band a region must report a reason and a recovery plan.
 * @example toleranceCheck(96, 100, 0.05) // 'inside'
 */
export function toleranceCheck(actual: number, target: number, band: number): ToleranceStatus | null {
  const b = toleranceBand(target, band);
  if (!b || !Number.isFinite(actual)) return null;
  // relative slack keeps 95.00000000000001-style float noise on the edge inside
  const eps = 1e-12 * Math.max(1, Math.abs(target));
  if (actual < b.low - eps) return 'below';
  if (actual > b.high + eps) return 'above';
  return 'inside';
}
