import { buildReview } from '../../../core/review';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';

function model(input = {}, rows: Row[] = domainRows()) {
  const t = makeTable(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf(input));
}

describe('next-year plan', () => {
  it('splits a typed 12亿 at 3:3:2:2 into 3.6 / 3.6 / 2.4 / 2.4亿 (DOMAIN.md)', () => {
    const p = model({ plan: { target: 12e8, quarterWeights: [3, 3, 2, 2] } }).plan;
    expect(p.target).toBe(12e8);
    expect(p.weightsSource).toBe('user');
    expect(p.quarters).toEqual([3.6e8, 3.6e8, 2.4e8, 2.4e8]);
    expect(p.growth).toBeCloseTo(12 / 13.6 - 1, 9);
  });

  it('plans from growth, rounded to whole 万, with a stretch level', () => {
    const p = model({ plan: { growth: 0.15, stretchFactor: 1.1 } }).plan;
    expect(p.target).toBe(Math.round((13.6e8 * 1.15) / 1e4) * 1e4);
    expect(p.stretchTarget).toBe(Math.round((p.target * 1.1) / 1e4) * 1e4);
    expect(p.stretchQuarters?.reduce((s, v) => s + v, 0)).toBe(p.stretchTarget);
  });

  it('uses this year’s quarterly shares for a seasonal split; parts add up exactly', () => {
    const p = model({ plan: { quarterWeights: 'seasonal' } }).plan;
    expect(p.weightsSource).toBe('seasonal');
    expect(p.quarterWeights[3]).toBeCloseTo(4.1 / 13.6, 4);
    expect(p.quarters.reduce((s, v) => s + v, 0)).toBe(p.target);
    for (const q of p.quarters) expect(q % 1e4).toBe(0);
  });

  it('falls back to an equal split for a partial year, and says so', () => {
    const p = model(
      { plan: { quarterWeights: 'seasonal' } },
      domainRows().filter((r) => r.month < '2025-07'),
    ).plan;
    expect(p.weightsSource).toBe('equal');
  });

  it('splits by dimension with the current mix, or the user’s weights', () => {
    const p = model({ plan: { target: 12e8 } }).plan;
    expect(p.byRole.region?.map((s) => s.target)).toEqual([4.8e8, 3.6e8, 2.4e8, 1.2e8]);
    const u = model({ plan: { target: 12e8, mix: { product: { A系列: 55, B系列: 45 } } } }).plan;
    expect(u.byRole.product?.map((s) => s.target)).toEqual([6.6e8, 5.4e8]);
  });

  it('cascades quarters × the first dimension: rows add up to each segment target', () => {
    const p = model({ plan: { target: 12e8, quarterWeights: [3, 3, 2, 2] } }).plan;
    expect(p.cascade?.role).toBe('region');
    expect(p.cascade?.matrix[0]).toEqual([1.44e8, 1.44e8, 0.96e8, 0.96e8]);
    p.cascade?.matrix.forEach((row, i) =>
      expect(row.reduce((s, v) => s + v, 0)).toBe(p.byRole.region?.[i].target),
    );
  });

  it('runs consistency checks, including the margin target', () => {
    const p = model({ plan: { marginTarget: 0.3 } }).plan;
    const margin = p.checks.find((c) => c.code === 'PLAN_MARGIN_VS_TARGET');
    expect(margin?.ok).toBe(false);
    expect(margin?.values.weightedMargin).toBeCloseTo(0.261, 3);
    expect(p.checks.find((c) => c.code === 'PLAN_PARTS_VS_ANNUAL')?.ok).toBe(true);
    expect(p.tolerance).toBe(0.05);
  });
});

describe('next-year plan of a small shop (rounding never wipes out a figure)', () => {
  /** A shop with 3,500 of revenue in 2025: 800 / 900 / 700 / 1,100 by quarter, East 2,800 and West 700. */
  function shop(): Row[] {
    const q = [800, 900, 700, 1100];
    return q.flatMap((v, i) => [
      { month: `2025-${String(i * 3 + 2).padStart(2, '0')}`, amount: v * 0.8, region: 'East' },
      { month: `2025-${String(i * 3 + 3).padStart(2, '0')}`, amount: v * 0.2, region: 'West' },
    ]);
  }

  it('plans 4,200 (3,500 × 1.2 to the ten), not 0, with the default unit of 万', () => {
    const p = model({ plan: { growth: 0.2, stretchFactor: 1.1, quarterWeights: 'seasonal' } }, shop()).plan;
    expect(p.target).toBe(4200);
    // 2% of 4,200 is 84: 10,000, 1,000 and 100 would move it by more than 1%, 10 does not
    expect(p.inputs.roundTo).toBe(10);
    expect(p.stretchTarget).toBe(4620);
    // seasonal weights .2286 / .2571 / .2 / .3143 of 420 tens → quotas 96.01 / 107.98 / 84 / 132.01:
    // floors 96 / 107 / 84 / 132 (419), the one ten left to the .98 remainder
    expect(p.quarters).toEqual([960, 1080, 840, 1320]);
    expect(p.quarters.reduce((s, v) => s + v, 0)).toBe(p.target);
    expect(p.byRole.region?.map((s) => s.target)).toEqual([3360, 840]);
    p.cascade?.matrix.forEach((row, i) => {
      expect(row.every((v) => v > 0)).toBe(true);
      expect(row.reduce((s, v) => s + v, 0)).toBe(p.byRole.region?.[i].target);
    });
  });

  it('keeps the large plan at whole 万', () => {
    expect(model({ plan: { growth: 0.15 } }).plan.inputs.roundTo).toBe(1e4);
  });
});
