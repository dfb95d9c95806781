import { safeSeasonalWeights, seasonalWeights } from '../../../core/plan/seasonal';

describe('seasonalWeights', () => {
  it('takes one year of quarterly actuals as shares', () => {
    expect(seasonalWeights([[2, 3, 2, 3]])).toEqual([0.2, 0.3, 0.2, 0.3]);
  });

  it('averages the shares of several years, each year counting equally', () => {
    const w = seasonalWeights([
      [10, 20, 30, 40],
      [400, 300, 200, 100],
    ]);
    expect(w).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('works on twelve months', () => {
    const w = seasonalWeights([Array.from({ length: 12 }, (_, i) => i + 1)]);
    expect(w).toHaveLength(12);
    expect(w[11]).toBeCloseTo(12 / 78, 12);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('leaves out years without sales', () => {
    expect(
      seasonalWeights([
        [0, 0, 0, 0],
        [1, 1, 1, 1],
      ]),
    ).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('returns coded errors for unusable history', () => {
    expect(safeSeasonalWeights([])).toEqual({ ok: false, code: 'PLAN_EMPTY_HISTORY' });
    expect(safeSeasonalWeights([[1, 2], [1]])).toEqual({ ok: false, code: 'PLAN_RAGGED_HISTORY', index: 1 });
    expect(safeSeasonalWeights([[1, -2]])).toEqual({ ok: false, code: 'PLAN_NEGATIVE_HISTORY', index: 0 });
    expect(safeSeasonalWeights([[1, NaN]])).toEqual({ ok: false, code: 'PLAN_NON_FINITE', index: 0 });
    expect(safeSeasonalWeights([[0, 0]])).toEqual({ ok: false, code: 'PLAN_ZERO_HISTORY' });
  });

  it('does not mutate the history', () => {
    const h = [[1, 2, 3, 4]];
    seasonalWeights(h);
    expect(h).toEqual([[1, 2, 3, 4]]);
  });
});
