import fc from 'fast-check';
import { aggregateSpec, aggregatesOfTable, availableOfTable } from '../../../core/aggregates';
import { makeTable, type Row } from '../../helpers/make-table';

const row = fc.record({
  month: fc
    .tuple(fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  amount: fc.oneof(fc.integer({ min: -50, max: 500 }), fc.constant(Number.NaN)),
  cost: fc.integer({ min: 0, max: 300 }),
  customer: fc.constantFrom('甲', '乙', '丙', null),
  region: fc.constantFrom('华东', '华南', null),
});

/** Fiscal year and month of a "YYYY-MM" under a start month, computed the long way. */
function fiscal(month: string, start: number): { fy: number; fm: number } {
  const [y, m] = month.split('-').map(Number);
  const fy = start === 1 ? y : m >= start ? y + 1 : y;
  return { fy, fm: ((m - start + 12) % 12) + 1 };
}

describe('aggregatesOfTable', () => {
  it('sums every row once into its fiscal month, its segment and its customer-year (any start month)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (rows, start) => {
          const t = makeTable(rows as Row[]);
          const agg = aggregatesOfTable(
            t,
            aggregateSpec(availableOfTable(t), { dimensions: ['region'], fiscalStartMonth: start }),
          );
          const amt = (x: number) => (Number.isNaN(x) ? 0 : x);
          for (const p of agg.periods) {
            const inIt = rows.filter((r) => {
              const f = fiscal(r.month, start);
              return f.fy === p.fiscalYear && f.fm === p.fiscalMonth;
            });
            expect(p.sums.rows).toBe(inIt.length);
            expect(p.sums.amount).toBeCloseTo(
              inIt.reduce((s, r) => s + amt(r.amount), 0),
              9,
            );
            expect(p.sums.cost).toBeCloseTo(
              inIt.reduce((s, r) => s + r.cost, 0),
              9,
            );
          }
          expect(agg.periods.reduce((s, p) => s + p.sums.rows, 0)).toBe(rows.length);
          const regions = agg.segments.region ?? [];
          expect(regions.reduce((s, g) => s + g.sums.rows, 0)).toBe(rows.length);
          for (const c of agg.customers ?? []) {
            const inIt = rows.filter(
              (r) =>
                (r.customer ?? '') === c.key &&
                fiscal(r.month, start).fy === c.fiscalYear &&
                !Number.isNaN(r.amount),
            );
            expect(c.revenue).toBeCloseTo(
              inIt.reduce((s, r) => s + r.amount, 0),
              9,
            );
            expect(c.purchases).toBe(inIt.filter((r) => r.amount > 0).length);
          }
          expect(agg.filled.amount).toBe(rows.filter((r) => !Number.isNaN(r.amount)).length);
          expect(agg.rows).toBe(rows.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lists periods ascending and leaves out the customers of a table without a customer column', () => {
    const t = makeTable([
      { month: '2025-03', amount: 1 },
      { month: '2024-11', amount: 2 },
    ]);
    const agg = aggregatesOfTable(
      t,
      aggregateSpec(availableOfTable(t), { dimensions: [], fiscalStartMonth: 1 }),
    );
    expect(agg.periods.map((p) => [p.fiscalYear, p.fiscalMonth])).toEqual([
      [2024, 11],
      [2025, 3],
    ]);
    expect(agg.customers).toBeNull();
    expect(agg.periods[0].sums.cost).toBeNull();
  });

  it('numbers a far-off stray year without a slot per year between', () => {
    const t = makeTable([
      { month: '1000-01', amount: 1, customer: 'A' },
      { month: '9999-12', amount: 2, customer: 'A' },
    ]);
    const agg = aggregatesOfTable(
      t,
      aggregateSpec(availableOfTable(t), { dimensions: [], fiscalStartMonth: 1 }),
    );
    expect(agg.customers).toEqual([
      { key: 'A', fiscalYear: 1000, revenue: 1, purchases: 1 },
      { key: 'A', fiscalYear: 9999, revenue: 2, purchases: 1 },
    ]);
  });
});
