/**
 * Next year's plan from this year's actual and a growth rate: actual × (1 + g); null when an input
 * is not finite or g < −1 (a plan below zero).
 * @example planFromGrowth(38.6e8, 0.295) // 4.9987e9 (≈50亿)
 */
export function planFromGrowth(actual: number, g: number): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(g) || g < -1) return null;
  const plan = actual * (1 + g);
  return Number.isFinite(plan) ? plan : null;
}
