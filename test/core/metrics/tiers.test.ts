import { spendTiers } from '../../../core/metrics/tiers';

const tiers = [
  { name: 'B', min: 20e4 },
  { name: 'Strategic', min: 500e4 },
  { name: 'A', min: 100e4 },
];

describe('spendTiers', () => {
  const revenues = [600e4, 150e4, 100e4, 30e4, 20e4, 5e4];
  const r = spendTiers(revenues, tiers);
  it('orders tiers from the highest minimum and sets upper bounds', () => {
    expect(r.tiers.map((t) => [t.name, t.min, t.max])).toEqual([
      ['Strategic', 500e4, null],
      ['A', 100e4, 500e4],
      ['B', 20e4, 100e4],
    ]);
  });
  it('puts each customer in the highest tier it reaches (minimum inclusive)', () => {
    expect(Array.from(r.assignment)).toEqual([0, 1, 1, 2, 2, -1]);
    expect(r.tiers.map((t) => t.customers)).toEqual([1, 2, 2]);
    expect(r.tiers[1].revenue).toBe(250e4);
  });
  it('reports untiered customers and shares of the total', () => {
    expect(r.untiered).toEqual({ customers: 1, revenue: 5e4 });
    expect(r.tiers[0].revenueShare).toBeCloseTo(600 / 905, 12);
    expect(r.tiers[2].customerShare).toBeCloseTo(2 / 6, 12);
  });
  it('treats non-finite spend as untiered', () => {
    const x = spendTiers([NaN, 200e4], tiers);
    expect(Array.from(x.assignment)).toEqual([-1, 1]);
    expect(x.untiered.customers).toBe(1);
  });
  it('has null shares for no customers', () => {
    const x = spendTiers([], tiers);
    expect(x.tiers[0].customerShare).toBeNull();
    expect(x.tiers[0].revenueShare).toBeNull();
  });
  it('does not mutate its input', () => {
    const t = tiers.map((x) => ({ ...x }));
    const rev = [...revenues];
    spendTiers(rev, t);
    expect(t).toEqual(tiers);
    expect(rev).toEqual(revenues);
  });
});
