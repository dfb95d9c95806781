import { evaluate } from '../../../core/functions/evaluate';

const YI = 1e8;

describe('plan functions', () => {
  it('SPLIT 12亿 at 3:3:2:2 in the shape of the weights', () => {
    expect(evaluate('SPLIT', [12 * YI, [[3, 3, 2, 2]]])).toEqual([[3.6 * YI, 3.6 * YI, 2.4 * YI, 2.4 * YI]]);
    expect(evaluate('SPLIT', [12 * YI, [[55], [30], [15]]])).toEqual([[6.6 * YI], [3.6 * YI], [1.8 * YI]]);
  });

  it('SPLIT to decimals, and to whole 万 with negative decimals', () => {
    expect(evaluate('SPLIT', [100, [[1, 1, 1]], 2])).toEqual([[33.34, 33.33, 33.33]]);
    expect(evaluate('SPLIT', [100_000, [[1, 1, 1]], -4])).toEqual([[40_000, 30_000, 30_000]]);
  });

  it('SPLIT errors: negative weight (numbered from 1), blank weight, bad decimals', () => {
    expect(evaluate('SPLIT', [10, [[1, -1]]])).toEqual({
      error: '#NUM!',
      message: 'Weight 2 is negative: weights must be 0 or more.',
    });
    expect(evaluate('SPLIT', [10, [[0, 0]]])).toMatchObject({ error: '#NUM!' });
    expect(evaluate('SPLIT', [10, [[1, null]]])).toMatchObject({ error: '#N/A' });
    expect(evaluate('SPLIT', [10, [[1]], 0.5])).toMatchObject({ error: '#NUM!' });
  });

  it('SPLIT: a TRUE/FALSE weight is an error (weights are positional, never skipped)', () => {
    expect(evaluate('SPLIT', [100, [[1, true, 1]]])).toMatchObject({ error: '#VALUE!' });
  });

  it('SEASONAL_SPLIT by averaged yearly shares, one row out', () => {
    expect(
      evaluate('SEASONAL_SPLIT', [
        100,
        [
          [1, 1, 1, 2],
          [2, 2, 2, 4],
        ],
      ]),
    ).toEqual([[20, 20, 20, 40]]);
    expect(evaluate('SEASONAL_SPLIT', [100, [[0, 0]]])).toMatchObject({ error: '#NUM!' });
  });

  it('CASCADE 12亿 by quarter × region', () => {
    const m = evaluate('CASCADE', [12 * YI, [[3], [3], [2], [2]], [[40, 30, 20, 10]], -4]) as number[][];
    expect(m[0]).toEqual([1.44 * YI, 1.08 * YI, 0.72 * YI, 0.36 * YI]);
    expect(m.map((r) => r.reduce((a, b) => a + b, 0))).toEqual([3.6 * YI, 3.6 * YI, 2.4 * YI, 2.4 * YI]);
  });
});
