import { fail, unwrap, type PlanResult } from './result';

/**
 * Seasonal weights from history (rows = years, columns = quarters or months): each year's shares,
 * averaged with every year counting equally, so a big year does not outweigh the others. Years
 * that sum to 0 (no sales yet) are left out; the weights add up to 1.
 * @example safeSeasonalWeights([[20, 30, 20, 30], [30, 20, 30, 20]]) // { ok: true, value: [0.25, 0.25, 0.25, 0.25] }
 */
export function safeSeasonalWeights(history: readonly (readonly number[])[]): PlanResult<number[]> {
  if (history.length === 0 || history[0].length === 0) return fail('PLAN_EMPTY_HISTORY');
  const width = history[0].length;
  const acc = new Array<number>(width).fill(0);
  let years = 0;
  for (let y = 0; y < history.length; y++) {
    const row = history[y];
    if (row.length !== width) return fail('PLAN_RAGGED_HISTORY', y);
    let total = 0;
    for (const v of row) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return fail('PLAN_NON_FINITE', y);
      if (v < 0) return fail('PLAN_NEGATIVE_HISTORY', y);
      total += v;
    }
    if (total === 0) continue;
    for (let i = 0; i < width; i++) acc[i] += row[i] / total;
    years += 1;
  }
  if (years === 0) return fail('PLAN_ZERO_HISTORY');
  return { ok: true, value: acc.map((s) => s / years) };
}

/**
 * Like safeSeasonalWeights, returning the weights and throwing a PlanError on unusable history.
 * @example seasonalWeights([[1, 1, 1, 2]]) // [0.2, 0.2, 0.2, 0.4]
 */
export function seasonalWeights(history: readonly (readonly number[])[]): number[] {
  return unwrap(safeSeasonalWeights(history));
}
