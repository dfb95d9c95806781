import { buildReview, reviewSections } from '../../../core/review';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable } from '../../helpers/make-table';

const table = makeTable(domainRows());
const settings = settingsOf({ language: 'en', dimensions: ['region', 'product'] });
const model = buildReview(table, qualityOf(table), mappingOf(table), settings);

describe('reviewSections', () => {
  it('builds the totals, quarters and months buildReview builds', () => {
    const s = reviewSections(table, settings);
    expect(s.scope.year).toBe(2025);
    expect(s.totals()).toEqual(model.totals);
    expect(s.periods()).toEqual({ quarters: model.quarters, months: model.months });
  });

  it('builds each breakdown as buildReview does, one dimension at a time', () => {
    const s = reviewSections(table, settings);
    expect(s.breakdown('region')).toEqual(model.breakdowns.region);
    expect(s.breakdown('product')).toEqual(model.breakdowns.product);
  });

  it('folds the tail into Others at maxSegments, and keeps every segment with Infinity', () => {
    const s = reviewSections(table, settings);
    const folded = s.breakdown('region', 3);
    expect(folded.map((r) => r.key)).toEqual(['华东', '华南', null]); // null: Others, named by the layout
    expect(folded[2].flags).toContain('others');
    expect(folded.reduce((a, r) => a + r.revenue, 0)).toBeCloseTo(model.totals.revenue, 4);
    expect(s.breakdown('region', Infinity).map((r) => r.key)).toEqual(['华东', '华南', '华北', '西南']);
  });

  it('builds the customers section with the top N asked for', () => {
    const withCustomers = makeTable(domainRows().map((r, i) => ({ ...r, customer: `C${i % 7}` })));
    const full = buildReview(withCustomers, qualityOf(withCustomers), mappingOf(withCustomers), settings);
    const s = reviewSections(withCustomers, settings);
    expect(s.customers()).toEqual(full.customers);
    expect(s.customers(3).top).toEqual(full.customers.top.slice(0, 3));
  });

  it('returns the same object on a second call (built once)', () => {
    const s = reviewSections(table, settings);
    expect(s.totals()).toBe(s.totals());
    expect(s.breakdown('region')).toBe(s.breakdown('region'));
    expect(s.segmentPeriods('region', 'fq')).toBe(s.segmentPeriods('region', 'fq'));
  });

  it('sums each segment per quarter to its breakdown revenue, this year and last', () => {
    const s = reviewSections(table, settings);
    for (const year of [2025, 2024]) {
      const byQuarter = s.segmentPeriods('region', 'fq', year);
      for (const row of model.breakdowns.region ?? []) {
        if (row.key === null) continue; // Others: no single segment to sum
        const parts = byQuarter.get(row.key) ?? [];
        expect(parts).toHaveLength(4);
        const total = parts.reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(year === 2025 ? row.revenue : (row.priorRevenue ?? NaN), 4);
      }
    }
  });

  it('does not change the table it reads', () => {
    const before = Array.from(table.measures.amount?.values ?? []);
    const s = reviewSections(table, settings);
    s.totals();
    s.breakdown('region', 2);
    s.segmentPeriods('product', 'fm');
    expect(Array.from(table.measures.amount?.values ?? [])).toEqual(before);
  });
});
