import { checkWeights, largestIndex } from '../../../core/plan/weights';

describe('weights', () => {
  it('returns the weight total for valid weights', () => {
    expect(checkWeights([3, 3, 2, 2])).toEqual({ ok: true, value: 10 });
  });

  it('codes each kind of invalid weights', () => {
    expect(checkWeights([])).toEqual({ ok: false, code: 'PLAN_EMPTY_WEIGHTS' });
    expect(checkWeights([1, -2])).toEqual({ ok: false, code: 'PLAN_NEGATIVE_WEIGHT', index: 1 });
    expect(checkWeights([Infinity])).toEqual({ ok: false, code: 'PLAN_NON_FINITE', index: 0 });
    expect(checkWeights([0])).toEqual({ ok: false, code: 'PLAN_ZERO_WEIGHTS' });
  });

  it('finds the first largest weight', () => {
    expect(largestIndex([1, 3, 3])).toBe(1);
  });
});
