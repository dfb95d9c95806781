import { planFromGrowth } from '../../../core/plan/growth';

describe('planFromGrowth', () => {
  it('grows this year by g: 38.6亿 at +29.5% is about 50亿', () => {
    expect(planFromGrowth(38.6e8, 0.295)).toBeCloseTo(49.987e8, -4);
  });

  it('allows a shrinking plan down to zero', () => {
    expect(planFromGrowth(100, -0.2)).toBeCloseTo(80, 12);
    expect(planFromGrowth(100, -1)).toBe(0);
  });

  it('returns null for non-finite input or growth below −100%', () => {
    expect(planFromGrowth(NaN, 0.1)).toBeNull();
    expect(planFromGrowth(100, Infinity)).toBeNull();
    expect(planFromGrowth(100, -1.5)).toBeNull();
  });
});
