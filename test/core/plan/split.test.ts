import fc from 'fast-check';
import { safeSplitByWeights, splitByWeights } from '../../../core/plan/split';
import { PlanError } from '../../../core/plan/result';

const YI = 1e8;

describe('splitByWeights', () => {
  it('splits 12亿 by quarter at 3:3:2:2 into 3.6/3.6/2.4/2.4亿', () => {
    expect(splitByWeights(12 * YI, [3, 3, 2, 2])).toEqual([3.6 * YI, 3.6 * YI, 2.4 * YI, 2.4 * YI]);
  });

  it('splits 12亿 by region 40/30/20/10 into 4.8/3.6/2.4/1.2亿', () => {
    expect(splitByWeights(12 * YI, [40, 30, 20, 10], 1e4)).toEqual([4.8 * YI, 3.6 * YI, 2.4 * YI, 1.2 * YI]);
  });

  it('splits 12亿 by product line 55/30/15 into 6.6/3.6/1.8亿', () => {
    expect(splitByWeights(12 * YI, [0.55, 0.3, 0.15], 1e4)).toEqual([6.6 * YI, 3.6 * YI, 1.8 * YI]);
  });

  it('gives leftover units to the largest remainders', () => {
    // quotas 3.33 / 3.33 / 3.33: one unit left, first position wins the tie
    expect(splitByWeights(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // quotas 1.4 / 2.8 / 5.8 → floors 1/2/5, two units to .8 remainders
    expect(splitByWeights(10, [14, 28, 58])).toEqual([1, 3, 6]);
  });

  it('breaks equal remainders by the larger weight, then the earlier position', () => {
    // 5 over [1, 2, 1, 2] → remainders .83/.67/.83/.67, three units left: both .83, then the earlier .67
    expect(splitByWeights(5, [1, 2, 1, 2])).toEqual([1, 2, 1, 1]);
    // 2 over [1, 3] → quotas 0.5 / 1.5: equal remainders, the larger weight wins
    expect(splitByWeights(2, [1, 3])).toEqual([0, 2]);
    expect(splitByWeights(1, [1, 1])).toEqual([1, 0]);
  });

  it('rounds to a unit of 万 and keeps the total exact', () => {
    const parts = splitByWeights(17_500e4, [3, 3, 2, 2], 1e4);
    expect(parts).toEqual([5250e4, 5250e4, 3500e4, 3500e4]);
    const odd = splitByWeights(10e4, [1, 1, 1], 1e4);
    expect(odd).toEqual([4e4, 3e4, 3e4]);
  });

  it('puts the part below one unit on the largest-weight part', () => {
    expect(splitByWeights(125_000, [1, 3], 10_000)).toEqual([30_000, 95_000]);
  });

  it('splits to decimal units without float noise', () => {
    expect(splitByWeights(1, [1, 1, 1], 0.01)).toEqual([0.34, 0.33, 0.33]);
    expect(splitByWeights(0.3, [1, 1, 1], 0.1)).toEqual([0.1, 0.1, 0.1]);
  });

  it('splits a negative total symmetrically', () => {
    expect(splitByWeights(-10, [1, 1, 1])).toEqual([-4, -3, -3]);
  });

  it('gives zero-weight parts exactly 0', () => {
    expect(splitByWeights(7, [0, 1, 0, 1])).toEqual([0, 4, 0, 3]);
  });

  it('returns coded errors for bad weights and units', () => {
    expect(safeSplitByWeights(10, [])).toEqual({ ok: false, code: 'PLAN_EMPTY_WEIGHTS' });
    expect(safeSplitByWeights(10, [1, -1])).toEqual({ ok: false, code: 'PLAN_NEGATIVE_WEIGHT', index: 1 });
    expect(safeSplitByWeights(10, [0, 0])).toEqual({ ok: false, code: 'PLAN_ZERO_WEIGHTS' });
    expect(safeSplitByWeights(10, [1, NaN])).toEqual({ ok: false, code: 'PLAN_NON_FINITE', index: 1 });
    expect(safeSplitByWeights(10, [1], 0)).toEqual({ ok: false, code: 'PLAN_BAD_UNIT' });
    expect(safeSplitByWeights(Infinity, [1])).toEqual({ ok: false, code: 'PLAN_NON_FINITE' });
    expect(safeSplitByWeights(1e300, [1])).toEqual({ ok: false, code: 'PLAN_TOO_MANY_UNITS' });
  });

  it('throws a PlanError with the code from the non-safe form', () => {
    expect(() => splitByWeights(10, [0, 0])).toThrow(PlanError);
    try {
      splitByWeights(10, [-1]);
    } catch (e) {
      expect((e as PlanError).code).toBe('PLAN_NEGATIVE_WEIGHT');
    }
  });

  it('does not mutate its weights', () => {
    const w = [3, 3, 2, 2];
    splitByWeights(100, w);
    expect(w).toEqual([3, 3, 2, 2]);
  });

  it('adds up exactly and stays within one unit of each quota (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(1, 100, 10_000),
        (k, weights, unit) => {
          fc.pre(weights.some((w) => w > 0));
          const total = k * unit;
          const parts = splitByWeights(total, weights, unit);
          const W = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (total * weights[i]) / W)).toBeLessThan(unit);
            expect(Math.abs(p % unit)).toBe(0);
          });
        },
      ),
    );
  });

  it('adds up exactly for totals that are not a multiple of the unit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = splitByWeights(total, weights, 10_000);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
    );
  });
});
