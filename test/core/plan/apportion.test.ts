import fc from 'fast-check';
import { apportion } from '../../../core/plan/apportion';

describe('apportion', () => {
  it('gives leftover units to the largest remainders (Hamilton)', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 1, 0, 1])).toEqual([0, 4, 0, 3]);
  });

  it('is exact on near-integer quotas with float noise', () => {
    expect(apportion(3, [0.1, 0.2])).toEqual([1, 2]);
    expect(apportion(10, [0.7, 0.1, 0.2])).toEqual([7, 1, 2]);
  });

  it('adds up to n for any non-negative real weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (n, w) => {
          fc.pre(w.some((x) => x > 0));
          const parts = apportion(n, w);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(n);
          parts.forEach((p, i) => expect(w[i] === 0 ? p === 0 : p >= 0).toBe(true));
        },
      ),
    );
  });
});
