import fc from 'fast-check';
import { cascade, safeCascade } from '../../../core/plan/cascade';
import { splitByWeights } from '../../../core/plan/split';

const YI = 1e8;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('cascade', () => {
  it('cascades 12亿 by quarter 3:3:2:2 × region 40/30/20/10', () => {
    const m = cascade(12 * YI, [3, 3, 2, 2], [40, 30, 20, 10], 1e4);
    expect(m[0]).toEqual([1.44 * YI, 1.08 * YI, 0.72 * YI, 0.36 * YI]);
    expect(m[2]).toEqual([0.96 * YI, 0.72 * YI, 0.48 * YI, 0.24 * YI]);
    expect(m.map(sum)).toEqual([3.6 * YI, 3.6 * YI, 2.4 * YI, 2.4 * YI]);
    expect([0, 1, 2, 3].map((j) => sum(m.map((r) => r[j])))).toEqual([
      4.8 * YI,
      3.6 * YI,
      2.4 * YI,
      1.2 * YI,
    ]);
  });

  it('keeps row, column and grand totals exact where independent rounding would not', () => {
    // every cell is 100/9 = 11.1: rounding each cell gives 99
    const m = cascade(100, [1, 1, 1], [1, 1, 1]);
    expect(sum(m.map(sum))).toBe(100);
    expect(m.map(sum)).toEqual(splitByWeights(100, [1, 1, 1]));
    expect([0, 1, 2].map((j) => sum(m.map((r) => r[j])))).toEqual(splitByWeights(100, [1, 1, 1]));
    for (const row of m) for (const v of row) expect([11, 12]).toContain(v);
  });

  it('puts the sub-unit residue on the cell of the largest weights', () => {
    const m = cascade(105, [1, 3], [2, 1], 10);
    expect(sum(m.map(sum))).toBe(105);
    expect(m[1][0]).toBe(55);
  });

  it('returns coded errors for bad row or column weights', () => {
    expect(safeCascade(100, [1], [0])).toEqual({ ok: false, code: 'PLAN_ZERO_WEIGHTS' });
    expect(safeCascade(100, [-1], [1])).toEqual({ ok: false, code: 'PLAN_NEGATIVE_WEIGHT', index: 0 });
    expect(safeCascade(100, [1], [1], -1)).toEqual({ ok: false, code: 'PLAN_BAD_UNIT' });
  });

  it('does not mutate its weights', () => {
    const r = [1, 2];
    const c = [3, 4];
    cascade(1000, r, c);
    expect(r).toEqual([1, 2]);
    expect(c).toEqual([3, 4]);
  });

  it('has exact grand, row and column totals for random totals and weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(1, 100),
        (k, rw, cw, unit) => {
          fc.pre(rw.some((w) => w > 0) && cw.some((w) => w > 0));
          const total = k * unit;
          const m = cascade(total, rw, cw, unit);
          expect(sum(m.map(sum))).toBe(total);
          expect(m.map(sum)).toEqual(splitByWeights(total, rw, unit));
          expect(cw.map((_, j) => sum(m.map((r) => r[j])))).toEqual(splitByWeights(total, cw, unit));
          const R = sum(rw);
          const C = sum(cw);
          m.forEach((row, i) =>
            row.forEach((v, j) => expect(Math.abs(v - (total * rw[i] * cw[j]) / R / C)).toBeLessThan(unit)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
