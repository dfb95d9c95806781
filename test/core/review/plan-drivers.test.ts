import fc from 'fast-check';
import { buildReview } from '../../../core/review';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';
import type { ReviewSettingsInput } from '../../../core/settings/schema';

/**
 * FY2024: A 100 (张), B 200 (李). FY2025: A 150 in Q1 at 30% (张), C 300 in Q2 at 20% (李), D 50 in
 * Q3 at 40% (王), C 100 in Q4 at 25% (李): revenue 600, margin 25%, new customers C and D (2, 450),
 * 3 salespeople at 200 a head.
 */
function rows(withSalesperson = true): Row[] {
  const r = (month: string, amount: number, margin: number, customer: string, salesperson: string): Row => ({
    month,
    amount,
    cost: amount * (1 - margin),
    customer,
    ...(withSalesperson ? { salesperson } : {}),
  });
  return [
    r('2024-01', 100, 0.3, 'A', '张'),
    r('2024-02', 200, 0.3, 'B', '李'),
    r('2025-02', 150, 0.3, 'A', '张'),
    r('2025-05', 300, 0.2, 'C', '李'),
    r('2025-08', 50, 0.4, 'D', '王'),
    r('2025-11', 100, 0.25, 'C', '李'),
  ];
}

function plan(plan: ReviewSettingsInput['plan'] = {}, data: Row[] = rows()) {
  const t = makeTable(data);
  const settings = settingsOf({ plan: { roundTo: 1, growth: 0.5, quarterWeights: [3, 6, 1, 2], ...plan } });
  return buildReview(t, qualityOf(t), mappingOf(t), settings).plan;
}

describe('the plan’s quarterly margin targets', () => {
  it('start at this year’s quarterly margins and weigh them by the plan’s quarters: 25% on 225/450/75/150', () => {
    const p = plan();
    expect(p.target).toBe(900);
    expect(p.quarters).toEqual([225, 450, 75, 150]);
    expect(p.margins.source).toBe('this-year');
    expect(p.margins.quarters).toEqual([0.3, 0.2, 0.4, 0.25]);
    // 67.5 + 90 + 30 + 37.5 = 225 of gross profit on 900
    expect(p.margins.grossProfit).toEqual([67.5, 90, 30, 37.5]);
    expect(p.margins.weighted).toBeCloseTo(0.25, 12);
  });

  it('checks the weighted margin against the margin target: 25% misses 26% by 1 point', () => {
    const c = plan({ marginTarget: 0.26 }).checks.find((x) => x.code === 'PLAN_MARGIN_VS_TARGET');
    expect(c?.ok).toBe(false);
    expect(c?.values.weightedMargin).toBeCloseTo(0.25, 12);
    expect(c?.values.gapPp).toBeCloseTo(-0.01, 12);
  });

  it('takes the user’s 27/28/30/31% over 3,800/4,200/4,500/5,500: 29.2%, which reaches a 29% target (DOMAIN §2)', () => {
    const p = plan({
      target: 18000,
      quarterWeights: [3800, 4200, 4500, 5500],
      quarterMargins: [0.27, 0.28, 0.3, 0.31],
      marginTarget: 0.29,
    });
    expect(p.quarters).toEqual([3800, 4200, 4500, 5500]);
    expect(p.margins.source).toBe('user');
    expect(p.margins.weighted).toBeCloseTo(5257 / 18000, 12);
    expect(p.checks.find((x) => x.code === 'PLAN_MARGIN_VS_TARGET')?.ok).toBe(true);
    expect(p.inputs.quarterMargins).toEqual([0.27, 0.28, 0.3, 0.31]);
  });

  it('starts every quarter at the margin target when the data has no cost, and is empty without one', () => {
    const bare = rows().map(({ cost: _c, ...r }) => r);
    expect(plan({ marginTarget: 0.3 }, bare).margins).toEqual({
      quarters: [0.3, 0.3, 0.3, 0.3],
      source: 'target',
      grossProfit: [67.5, 135, 22.5, 45],
      weighted: 0.3,
    });
    expect(plan({}, bare).margins).toEqual({
      quarters: null,
      source: null,
      grossProfit: null,
      weighted: null,
    });
  });

  it('weighs any margins by any split: Σ gross profit / Σ plan quarters, between the lowest and highest rate', () => {
    const t = makeTable(rows());
    const m = mappingOf(t);
    const q = qualityOf(t);
    const weight = fc.integer({ min: 1, max: 100 });
    const margin = fc.integer({ min: -20, max: 90 }).map((v) => v / 100);
    fc.assert(
      fc.property(
        fc.tuple(weight, weight, weight, weight),
        fc.tuple(margin, margin, margin, margin),
        (w, ms) => {
          const p = buildReview(
            t,
            q,
            m,
            settingsOf({ plan: { roundTo: 1, quarterWeights: w, quarterMargins: ms } }),
          ).plan;
          const gp = p.quarters.reduce((s, v, i) => s + v * ms[i], 0);
          const total = p.quarters.reduce((s, v) => s + v, 0);
          const wm = p.margins.weighted ?? NaN;
          return (
            total === p.target &&
            Math.abs(wm - gp / total) <= 1e-12 &&
            wm >= Math.min(...ms) - 1e-12 &&
            wm <= Math.max(...ms) + 1e-12
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the plan’s new-customer targets', () => {
  it('start at this year’s new customers: 2 bringing 450, half of a 900 target', () => {
    const n = plan().newCustomers;
    expect(n).toEqual({
      count: 2,
      countSource: 'this-year',
      revenue: 450,
      revenueSource: 'this-year',
      share: 0.5,
      revenuePerCustomer: 225,
    });
  });

  it('take the user’s figures', () => {
    const n = plan({ newCustomers: 5, newCustomerRevenue: 360 }).newCustomers;
    expect(n).toMatchObject({
      count: 5,
      countSource: 'user',
      revenue: 360,
      share: 0.4,
      revenuePerCustomer: 72,
    });
  });

  it('are blank without an earlier year to tell new customers from returning ones', () => {
    const n = plan(
      {},
      rows().filter((r) => r.month >= '2025'),
    ).newCustomers;
    expect(n).toEqual({
      count: null,
      countSource: null,
      revenue: null,
      revenueSource: null,
      share: null,
      revenuePerCustomer: null,
    });
  });
});

describe('the plan’s capacity', () => {
  it('3 salespeople at 200 a head deliver 600: 300 short of 900, which needs 5 people', () => {
    expect(plan().capacity).toEqual({
      headcount: 3,
      headcountSource: 'this-year',
      revenuePerHead: 200,
      revenuePerHeadSource: 'this-year',
      capacity: 600,
      gap: -300,
      headcountNeeded: 5,
    });
  });

  it('rounds the seeded revenue per head to the plan’s unit only when that moves it by at most 1%', () => {
    // 600 / 3 = 200: at a unit of 1,000 it would be 0, and at 150 it would be 150 (−25%); both
    // step down to a power of ten that moves 200 by at most 1% (core/plan/rounding-unit.ts)
    expect(plan({ roundTo: 1000 }).capacity.revenuePerHead).toBe(200);
    expect(plan({ roundTo: 150 }).capacity.revenuePerHead).toBe(200);
  });

  it('is blank without a salesperson column until the user types the team', () => {
    const none = plan({}, rows(false)).capacity;
    expect(none).toMatchObject({
      headcount: null,
      headcountSource: null,
      revenuePerHead: null,
      capacity: null,
    });
    const typed = plan({ headcount: 4, revenuePerHead: 250 }, rows(false)).capacity;
    expect(typed).toEqual({
      headcount: 4,
      headcountSource: 'user',
      revenuePerHead: 250,
      revenuePerHeadSource: 'user',
      capacity: 1000,
      gap: 100,
      headcountNeeded: 4,
    });
  });
});
