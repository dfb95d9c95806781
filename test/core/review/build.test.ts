import fc from 'fast-check';
import { aggregateSpec, aggregatesOfTable, availableOfTable } from '../../../core/aggregates';
import { buildReview, buildReviewFrom } from '../../../core/review';
import { reviewDifferences } from '../aggregates/same-review';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable } from '../../helpers/make-table';

const NOW = new Date('2026-01-05T08:00:00Z');

function review(settings = settingsOf({ targets: { kind: 'typed', base: 12e8, stretch: 14e8 } })) {
  const t = makeTable(domainRows());
  return buildReview(t, qualityOf(t), mappingOf(t), settings, { now: NOW, sheet: 'Sales' });
}

describe('buildReview overview (DOMAIN.md vectors)', () => {
  it('reviews the latest fiscal year with data and compares with the one before', () => {
    const m = review();
    expect(m.year).toBe(2025);
    expect(m.totals.revenue).toBeCloseTo(13.6e8, 0);
    expect(m.totals.priorRevenue).toBeCloseTo(12e8, 0);
  });

  it('states attainment against base and stretch, never against an unnamed 13亿 (not 104.6%)', () => {
    const t = review().totals;
    expect(t.target).toBe(12e8);
    expect(t.stretchTarget).toBe(14e8);
    expect(t.targetSource).toBe('typed');
    expect(t.attainment).toBeCloseTo(1.1333, 4);
    expect(t.stretchAttainment).toBeCloseTo(0.9714, 4);
    expect(t.attainment).not.toBeCloseTo(1.046, 3);
  });

  it('gives the gross margin point change 22.4% → 26.1% = +3.7 pp', () => {
    const t = review().totals;
    expect(t.grossMargin).toBeCloseTo(0.261, 6);
    expect(t.priorGrossMargin).toBeCloseTo(0.224, 6);
    expect(t.grossMarginChange).toBeCloseTo(0.037, 6);
  });

  it('colours the status by the thresholds: green at 113%, red against a 15亿 target', () => {
    expect(review().totals.status).toBe('green');
    expect(review(settingsOf({ targets: { kind: 'typed', base: 15e8 } })).totals.status).toBe('red');
    expect(review(settingsOf({ targets: { kind: 'typed', base: 14e8 } })).totals.status).toBe('amber');
  });

  it('shows attainment against a revised target next to the original', () => {
    const t = review(settingsOf({ targets: { kind: 'typed', base: 12e8, revised: 13e8 } })).totals;
    expect(t.attainment).toBeCloseTo(1.1333, 4);
    expect(t.revisedAttainment).toBeCloseTo(1.0462, 4);
  });

  it('has null target figures when there is no target', () => {
    const t = review(settingsOf({ targets: { kind: 'none' } })).totals;
    expect([t.target, t.attainment, t.status, t.targetSource, t.quarterTargetBasis]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reviews the year the settings name', () => {
    const m = review(settingsOf({ year: 2024 }));
    expect(m.year).toBe(2024);
    expect(m.totals.revenue).toBeCloseTo(12e8, 0);
    expect(m.totals.priorRevenue).toBeNull();
  });

  it('skips the prior-year comparison when comparePriorYear is off', () => {
    expect(review(settingsOf({ comparePriorYear: false })).totals.yoy).toBeNull();
  });

  it('counts orders and the average order value', () => {
    const t = review().totals;
    expect(t.orders).toBe(48);
    expect(t.averageOrderValue).toBeCloseTo(13.6e8 / 48, 0);
  });

  it('stamps generatedAt from the injected clock, and the sheet name', () => {
    const m = review();
    expect(m.generatedAt).toBe('2026-01-05T08:00:00.000Z');
    expect(m.sheet).toBe('Sales');
  });

  it('does not mutate its inputs', () => {
    const t = makeTable(domainRows());
    const q = qualityOf(t);
    const before = [Array.from(t.measures.amount?.values ?? []), JSON.stringify(q)];
    buildReview(t, q, mappingOf(t), settingsOf());
    expect([Array.from(t.measures.amount?.values ?? []), JSON.stringify(q)]).toEqual(before);
  });

  it('counts revenue per salesperson over salespeople with sales in the year', () => {
    const rows = domainRows().map((r, i) => ({
      ...r,
      salesperson: r.month.startsWith('2025') ? `S${i % 4}` : 'Old',
    }));
    const t = makeTable(rows);
    const m = buildReview(t, qualityOf(t), mappingOf(t), settingsOf());
    expect(m.totals.salespeople).toBe(4);
    expect(m.totals.revenuePerSalesperson).toBeCloseTo(13.6e8 / 4, 0);
  });
});

describe('buildReviewFrom: any engine, any order of groups', () => {
  const row = fc.record({
    month: fc
      .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    amount: fc.integer({ min: -20, max: 100 }),
    cost: fc.integer({ min: 0, max: 60 }),
    quantity: fc.integer({ min: 0, max: 5 }),
    customer: fc.constantFrom('甲', '乙', '丙', 'Alpha', 'beta', null),
    region: fc.constantFrom('华东', '华南', '西北', null),
    product: fc.constantFrom('A', 'B', 'C'),
  });

  it('gives the same review when the aggregates come in another order (no engine keeps row order)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 80 }), (rows) => {
        const t = makeTable(rows);
        const settings = settingsOf({});
        const agg = aggregatesOfTable(t, aggregateSpec(availableOfTable(t), settings));
        const reversed = {
          ...agg,
          periods: [...agg.periods].reverse(),
          segments: Object.fromEntries(Object.entries(agg.segments).map(([d, g]) => [d, [...g].reverse()])),
          customers: agg.customers ? [...agg.customers].reverse() : null,
        };
        const a = buildReviewFrom(agg, qualityOf(t), mappingOf(t), settings, { now: NOW });
        const b = buildReviewFrom(reversed, qualityOf(t), mappingOf(t), settings, { now: NOW });
        expect(reviewDifferences(a, b)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
