import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { lrFormula } from '../../../core/sheetdoc/lr-formula';
import { splitByWeights } from '../../../core/plan';

/** Evaluates the largest-remainder formulas for a column of weights in a real formula engine. */
function evaluate(total: number, weights: number[], unit: number): number[] {
  const n = weights.length;
  const rows = weights.map((w, i) => [
    w,
    lrFormula({ total: '$C$1', unit: '$D$1', col: 0, first: 0, last: n - 1, row: i }),
    i === 0 ? total : null,
    i === 0 ? unit : null,
  ]);
  const hf = HyperFormula.buildFromSheets({ S: rows }, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  return weights.map((_, i) => hf.getCellValue({ sheet: 0, row: i, col: 1 }) as number);
}

describe('lrFormula', () => {
  it('splits 12亿 at 3:3:2:2 into 3.6/3.6/2.4/2.4亿 (in 万)', () => {
    expect(evaluate(120000, [3, 3, 2, 2], 1)).toEqual([36000, 36000, 24000, 24000]);
  });

  it('breaks a tie the way splitByWeights does (larger weight first)', () => {
    expect(evaluate(10, [1, 3], 1)).toEqual(splitByWeights(10, [1, 3], 1));
  });

  it('yields an empty cell when the weights are all zero', () => {
    expect(evaluate(100, [0, 0], 1)).toEqual(['', '']);
  });

  it('matches core/plan splitByWeights on random totals and weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 })
          .filter((w) => w.some((x) => x > 0)),
        fc.constantFrom(1, 10, 100),
        (units, weights, unit) => {
          const total = units * unit;
          const got = evaluate(total, weights, unit);
          expect(got).toEqual(splitByWeights(total, weights, unit));
        },
      ),
      { numRuns: 150 },
    );
  });
});
