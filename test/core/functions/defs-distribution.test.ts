import fc from 'fast-check';
import { evaluate } from '../../../core/functions/evaluate';

describe('distribution functions', () => {
  it('SHARE: TOP100 customers 22.4亿 of 38.6亿 is 58.0%, shape kept, blanks blank', () => {
    const out = evaluate('SHARE', [
      [
        [22.4e8, 16.2e8],
        [null, 0],
      ],
    ]) as number[][];
    expect(out[0][0]).toBeCloseTo(0.5803, 4);
    expect(out[1]).toEqual(['', 0]);
  });

  it('SHARE adds up to 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const out = evaluate('SHARE', [xs.map((x) => [x])]) as number[][];
        expect(out.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('ignores TRUE/FALSE in ranges as SUM does (SHARE, HHI, TOP_SHARE, CONTRIBUTION)', () => {
    expect(evaluate('SHARE', [[[3], [true], [1]]])).toEqual([[0.75], [''], [0.25]]);
    expect(evaluate('HHI', [[[5], [false], [5]]])).toBe(5000);
    expect(evaluate('TOP_SHARE', [[[6], [true], [2]], 1])).toBe(0.75);
    expect(
      evaluate('CONTRIBUTION', [
        [[110], [true]],
        [[100], [false]],
      ]),
    ).toEqual([[0.1], [0]]);
  });

  it('SHARE of values adding to 0 is #DIV/0!', () => {
    expect(evaluate('SHARE', [[[1, -1]]])).toMatchObject({ error: '#DIV/0!' });
  });

  it('CONTRIBUTION: parts add up to total growth, blanks count as 0', () => {
    const out = evaluate('CONTRIBUTION', [
      [[60], [50], [10]],
      [[50], [50], [null]],
    ]) as number[][];
    expect(out).toEqual([[0.1], [0], [0.1]]);
    expect(evaluate('CONTRIBUTION', [[[1], [2]], [[1]]])).toMatchObject({ error: '#VALUE!' });
  });

  it('TOP_SHARE and HHI', () => {
    expect(evaluate('TOP_SHARE', [[[50], [30], [20]], 2])).toBeCloseTo(0.8, 12);
    expect(evaluate('HHI', [[[50, 50]]])).toBe(5000);
    expect(evaluate('HHI', [[[0, -1]]])).toMatchObject({ error: '#DIV/0!' });
    expect(evaluate('TOP_SHARE', [[[1]], -1])).toMatchObject({ error: '#NUM!' });
  });

  it('PVM: one row volume, mix, price, new, discontinued that adds up to the revenue change', () => {
    const out = evaluate('PVM', [
      [[10], [5], [0]],
      [[100], [100], [0]],
      [[12], [5], [3]],
      [[132], [90], [30]],
    ]) as number[][];
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(5);
    expect(out[0][3]).toBe(30);
    expect(out[0].reduce((a, b) => a + b, 0)).toBeCloseTo(252 - 200, 9);
  });

  it('PVM: discontinued products enter as a negative effect', () => {
    const out = evaluate('PVM', [
      [[10], [5]],
      [[100], [50]],
      [[10], [0]],
      [[100], [0]],
    ]) as number[][];
    expect(out[0]).toEqual([0, 0, 0, 0, -50]);
  });

  it('PVM without continuing products is #DIV/0!', () => {
    expect(evaluate('PVM', [[[0]], [[0]], [[1]], [[1]]])).toMatchObject({ error: '#DIV/0!' });
  });
});
