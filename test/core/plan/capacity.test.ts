import { capacityPlan } from '../../../core/plan/capacity';

describe('capacityPlan', () => {
  it('268 people at 1,440万 a head deliver 38.592亿: 11.408亿 short of 50亿, which needs 348 people (DOMAIN §2)', () => {
    const c = capacityPlan({ headcount: 268, revenuePerHead: 1440e4, target: 50e8 });
    expect(c.capacity).toBe(38.592e8);
    expect(c.gap).toBeCloseTo(-11.408e8, 0);
    // 50亿 / 1,440万 = 347.2 people: rounded up
    expect(c.headcountNeeded).toBe(348);
  });

  it('does not add a person for float noise: 1.2亿 at 0.3亿 a head needs exactly 4', () => {
    expect(capacityPlan({ headcount: 4, revenuePerHead: 0.3e8, target: 1.2e8 })).toEqual({
      capacity: 1.2e8,
      gap: 0,
      headcountNeeded: 4,
    });
    // 0.1 + 0.2 style noise: 0.3 / 0.1 = 2.9999999999999996
    expect(
      capacityPlan({ headcount: null, revenuePerHead: 0.1, target: 0.30000000000000004 }).headcountNeeded,
    ).toBe(3);
  });

  it('has no capacity without a headcount, and no headcount needed without a revenue per head', () => {
    expect(capacityPlan({ headcount: null, revenuePerHead: 100, target: 1000 })).toEqual({
      capacity: null,
      gap: null,
      headcountNeeded: 10,
    });
    expect(capacityPlan({ headcount: 5, revenuePerHead: null, target: 1000 })).toEqual({
      capacity: null,
      gap: null,
      headcountNeeded: null,
    });
  });
});
