import fc from 'fast-check';
import { marginPlan } from '../../../core/plan/margin';

describe('marginPlan', () => {
  it('weighs 27/28/30/31% by 3,800/4,200/4,500/5,500万 to 29.2% for the year (DOMAIN §2)', () => {
    const m = marginPlan([3800, 4200, 4500, 5500], [0.27, 0.28, 0.3, 0.31]);
    // 1,026 + 1,176 + 1,350 + 1,705 = 5,257万 of gross profit on 18,000万
    expect(m.grossProfit.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1026, 1176, 1350, 1705]);
    expect(m.weighted).toBeCloseTo(5257 / 18000, 12);
    expect(Math.round((m.weighted ?? 0) * 1000) / 10).toBe(29.2);
    // never the mean of the rates (29.0%)
    expect(m.weighted).not.toBeCloseTo(0.29, 3);
  });

  it('has no annual margin for a plan without revenue', () => {
    expect(marginPlan([0, 0, 0, 0], [0.3, 0.3, 0.3, 0.3]).weighted).toBeNull();
  });

  it('refuses margins that do not match the quarters', () => {
    expect(() => marginPlan([1, 2, 3, 4], [0.3])).toThrow(RangeError);
  });

  it('does not change its inputs', () => {
    const rev = [1, 2, 3, 4];
    const m = [0.1, 0.2, 0.3, 0.4];
    marginPlan(rev, m);
    expect(rev).toEqual([1, 2, 3, 4]);
    expect(m).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('equals the plan quarters’ total gross profit / total revenue for any split, between the lowest and highest rate', () => {
    const quarter = fc.record({
      revenue: fc.double({ min: 0, max: 1e9, noNaN: true }),
      margin: fc.double({ min: -0.5, max: 0.9, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(quarter, { minLength: 4, maxLength: 4 }), (qs) => {
        const revenue = qs.map((q) => q.revenue);
        const margins = qs.map((q) => q.margin);
        const total = revenue.reduce((s, v) => s + v, 0);
        const m = marginPlan(revenue, margins);
        if (total === 0) return m.weighted === null;
        // Gross profit computed quarter by quarter, as the tab's gross-profit column does
        let gp = 0;
        for (let i = 0; i < 4; i++) gp += revenue[i] * margins[i];
        const w = m.weighted ?? NaN;
        const lo = Math.min(...margins.filter((_m, i) => revenue[i] > 0));
        const hi = Math.max(...margins.filter((_m, i) => revenue[i] > 0));
        return Math.abs(w - gp / total) <= 1e-12 && w >= lo - 1e-12 && w <= hi + 1e-12;
      }),
    );
  });
});
