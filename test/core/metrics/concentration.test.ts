import fc from 'fast-check';
import { contributions, hhi, largestShare, shares, topNShare } from '../../../core/metrics/concentration';
import { growth } from '../../../core/metrics/ratios';

describe('shares', () => {
  it('divides each value by the total', () => {
    expect(shares([3, 1])).toEqual([0.75, 0.25]);
  });
  it('TOP100 22.4亿 of 38.6亿 is 58.0%', () => {
    expect(shares([22.4e8, 16.2e8])[0]).toBeCloseTo(0.5803, 4);
  });
  it('is all null for a zero total or a non-finite value', () => {
    expect(shares([1, -1])).toEqual([null, null]);
    expect(shares([1, NaN])).toEqual([null, null]);
    expect(shares([])).toEqual([]);
  });
  it('does not mutate its input', () => {
    const v = [3, 1, 2];
    shares(v);
    topNShare(v, 2);
    hhi(v);
    expect(v).toEqual([3, 1, 2]);
  });
});

describe('concentration', () => {
  it('top-N share takes the n largest', () => {
    expect(topNShare([20, 50, 30], 2)).toBeCloseTo(0.8, 12);
    expect(topNShare([20, 50, 30], 10)).toBe(1);
    expect(topNShare([20, 50, 30], 0)).toBe(0);
  });
  it('one customer = 18% of new signings', () => {
    expect(largestShare([18, 10, 12, 15, 14, 16, 15])).toBeCloseTo(0.18, 12);
  });
  it('HHI is Σ share² × 10,000', () => {
    expect(hhi([50, 50])).toBeCloseTo(5000, 9);
    expect(hhi([100])).toBeCloseTo(10000, 9);
    expect(hhi([25, 25, 25, 25])).toBeCloseTo(2500, 9);
  });
  it('ignores net-refund (negative) values', () => {
    expect(largestShare([60, 40, -30])).toBeCloseTo(0.6, 12);
    expect(hhi([50, 50, -10])).toBeCloseTo(5000, 9);
  });
  it('is null without a positive total, for a negative n or non-finite values', () => {
    expect(topNShare([0, -1], 1)).toBeNull();
    expect(topNShare([1, 2], -1)).toBeNull();
    expect(hhi([])).toBeNull();
    expect(hhi([1, Infinity])).toBeNull();
  });
});

describe('contributions', () => {
  it('is (part now − part prior) / total prior', () => {
    expect(contributions([60, 50], [50, 50])).toEqual([0.1, 0]);
  });
  it('is all null on mismatched lengths or a non-positive prior total', () => {
    expect(contributions([1, 2], [1])).toEqual([null, null]);
    expect(contributions([1, 2], [0, 0])).toEqual([null, null]);
  });
});

describe('properties', () => {
  const values = fc.array(fc.double({ min: 0.01, max: 1e10, noNaN: true }), { minLength: 1, maxLength: 40 });
  it('shares add up to 1', () => {
    fc.assert(
      fc.property(values, (v) => {
        const s = shares(v).reduce((a: number, b) => a + (b as number), 0);
        expect(s).toBeCloseTo(1, 9);
      }),
    );
  });
  it('contributions add up to total growth', () => {
    fc.assert(
      fc.property(
        values.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.array(fc.double({ min: -1e10, max: 1e10, noNaN: true }), {
              minLength: p.length,
              maxLength: p.length,
            }),
          ),
        ),
        ([prior, current]) => {
          const sumC = current.reduce((a, b) => a + b, 0);
          const sumP = prior.reduce((a, b) => a + b, 0);
          const total = contributions(current, prior).reduce((a: number, b) => a + (b as number), 0);
          // rounding error grows with the magnitudes summed, not with their (cancelling) sum:
          // seed 312806762 found values of ±1e10 whose sum is small, beyond a bound on |sumC|
          const magnitude = [...current, ...prior].reduce((a, b) => a + Math.abs(b), 0);
          expect(Math.abs(total - growth(sumC, sumP)!)).toBeLessThan(1e-6 * Math.max(1, magnitude / sumP));
        },
      ),
    );
  });
  it('HHI lies between 10,000/n and 10,000', () => {
    fc.assert(
      fc.property(values, (v) => {
        const h = hhi(v)!;
        expect(h).toBeLessThanOrEqual(10000 + 1e-6);
        expect(h).toBeGreaterThanOrEqual(10000 / v.length - 1e-6);
      }),
    );
  });
});
