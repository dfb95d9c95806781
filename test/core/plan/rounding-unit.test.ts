import fc from 'fast-check';
import {
  keepsEveryPart,
  planSplit,
  roundingUnit,
  roundToUnit,
  unitLadder,
} from '../../../core/plan/rounding-unit';

describe('unitLadder', () => {
  it('tries the user’s unit, then each power of ten below it down to 1', () => {
    expect(unitLadder(10_000)).toEqual([10_000, 1000, 100, 10, 1]);
    expect(unitLadder(150)).toEqual([150, 100, 10, 1]);
    expect(unitLadder(1)).toEqual([1]);
    expect(unitLadder(0.01)).toEqual([0.01]);
  });
});

describe('roundingUnit', () => {
  it('keeps whole 万 for a business large enough that rounding moves it by at most 1%', () => {
    expect(roundingUnit(1.564e9, 10_000)).toBe(10_000);
    expect(roundingUnit(500_000, 10_000)).toBe(10_000);
  });

  it('steps down for a small shop: 3,500 is rounded to tens, never to 0', () => {
    expect(roundingUnit(499_999, 10_000)).toBe(1000);
    expect(roundingUnit(3500, 10_000)).toBe(10);
    expect(roundToUnit(3500, 10_000)).toBe(0); // the defect: whole 万 wipes the shop out
    expect(roundToUnit(3500, roundingUnit(3500, 10_000))).toBe(3500);
    expect(roundingUnit(0.4, 10_000)).toBe(1);
  });

  it('steps down further when a split part would be rounded to 0', () => {
    // 1,000,000 at 10,000 moves it by 0%, but a 0.1% share (1,000) would be 0 at 10,000
    const w = [999, 1];
    expect(keepsEveryPart(1e6, w, 10_000)).toBe(false);
    expect(roundingUnit(1e6, 10_000, (u) => keepsEveryPart(1e6, w, u))).toBe(1000);
  });
});

describe('roundToUnit', () => {
  it('rounds half away from zero, as the spreadsheet’s ROUND', () => {
    expect(roundToUnit(4025, 10)).toBe(4030);
    expect(roundToUnit(-4025, 10)).toBe(-4030);
    expect(roundToUnit(4024.9, 10)).toBe(4020);
  });
});

describe('planSplit', () => {
  it('hand-worked: 12,345 at a 万 unit → hundreds (±0.4%), 123 units at 3:3:2:2', () => {
    // 2% of 12,345 is 246.9, so 10,000 and 1,000 would move it by more than 1%: 100 it is.
    // 123 units: quotas 36.9 / 36.9 / 24.6 / 24.6 → floors 36 / 36 / 24 / 24 (120); the 3 left go
    // to the largest remainders .9, .9 and the earlier .6.
    expect(planSplit(12_345, [3, 3, 2, 2], 10_000)).toEqual({
      unit: 100,
      total: 12_300,
      parts: [3700, 3700, 2500, 2400],
    });
  });

  it('a 3,500 shop keeps its plan: 1,050 / 1,050 / 700 / 700', () => {
    expect(planSplit(3500, [3, 3, 2, 2], 10_000)).toEqual({
      unit: 10,
      total: 3500,
      parts: [1050, 1050, 700, 700],
    });
  });

  it('leaves a large plan at the user’s unit', () => {
    expect(planSplit(12e8, [3, 3, 2, 2], 1e4)).toEqual({
      unit: 1e4,
      total: 12e8,
      parts: [3.6e8, 3.6e8, 2.4e8, 2.4e8],
    });
  });

  it('property: no positive-weight part is 0 when each share is ≥ 1 unit, and the parts add up to the total exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1, 10, 100, 1000, 10_000, 1e6),
        (total, weights, preferred) => {
          const sum = weights.reduce((s, w) => s + w, 0);
          fc.pre(sum > 0 && weights.every((w) => w === 0 || (total * w) / sum >= 1));
          const r = planSplit(total, weights, preferred);
          expect(r.parts.reduce((s, v) => s + v, 0)).toBe(r.total);
          r.parts.forEach((v, i) => {
            if (weights[i] > 0) expect(v).toBeGreaterThan(0);
            else expect(v).toBe(0);
          });
          // the total moves by at most 1%, or by at most half a unit of 1
          expect(Math.abs(r.total - total)).toBeLessThanOrEqual(Math.max(0.01 * total, 0.5));
          expect(r.unit).toBeLessThanOrEqual(preferred);
        },
      ),
      { numRuns: 500 },
    );
  });
});
