import fc from 'fast-check';
import { ingest } from '../../../core/table/ingest';
import { parseAmount } from '../../../core/table/amount';
import type { CellValue, Grid } from '../../../core/table/types';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.integer({ min: -1e6, max: 1e6 }),
  // Amounts up to 10^15 in magnitude, so a sheet's total cannot overflow a double (reconciling
  // sums of 1e308 would test the float, not ingest); NaN and ±Infinity cells are bad amounts.
  fc.double({ min: -1e15, max: 1e15, noNaN: false }),
  fc.constantFrom(Infinity, -Infinity),
  fc.integer({ min: 40000, max: 47000 }),
  fc.constantFrom(
    '2025-03-05',
    '2025年3月',
    '2025Q1',
    '合计',
    'Total',
    '12.5万',
    '(1,200)',
    'abc',
    '华东',
    '销售额',
    '日期',
    '1e999',
  ),
  fc.string(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);
const anyGrid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 });
const salesGrid: fc.Arbitrary<Grid> = fc
  .array(fc.tuple(cell, cell, cell, cell), { maxLength: 30 })
  .map((rows) => [['日期', '客户', '币种', '销售额'], ...rows.map((r) => [...r])]);

describe('ingest (properties)', () => {
  it('never throws on an arbitrary grid', () => {
    fc.assert(
      fc.property(fc.oneof(anyGrid, salesGrid), (grid) => {
        const r = ingest(grid);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('always reconciles: used + skipped = read, and read = every detail amount', () => {
    fc.assert(
      fc.property(salesGrid, (grid) => {
        const r = ingest(grid, { rates: { USD: 7, EUR: 8 } });
        if (!r.ok) return;
        const q = r.quality;
        const tol = 1e-6 * Math.max(1, Math.abs(q.amountRead));
        expect(Math.abs(q.amountUsed + q.amountSkipped - q.amountRead)).toBeLessThanOrEqual(tol);
        const used = Array.from(r.table.measures.amount?.values ?? []).reduce((a, b) => a + b, 0);
        expect(Math.abs(used - q.amountUsed)).toBeLessThanOrEqual(tol);
        const skipped = q.skipped.filter((s) => s.code !== 'SUBTOTAL_ROW').reduce((a, s) => a + s.amount, 0);
        expect(Math.abs(skipped - q.amountSkipped)).toBeLessThanOrEqual(tol);
        expect(q.rowsUsed + q.rowsSkipped).toBe(q.rowsRead);
        for (const v of r.table.measures.amount?.values ?? []) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('uses every row with a valid amount and date when there is nothing else in it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 43831, max: 47483 }), fc.integer({ min: -1e7, max: 1e7 })), {
          minLength: 1,
          maxLength: 50,
        }),
        (rows) => {
          const r = ingest([['日期', '金额'], ...rows.map(([d, a]) => [d, a])]);
          if (!r.ok) throw new Error(r.code);
          expect(r.quality.rowsUsed).toBe(rows.length);
          const total = rows.reduce((s, [, a]) => s + (parseAmount(a) as number), 0);
          expect(r.quality.amountUsed).toBe(total);
        },
      ),
      { numRuns: 200 },
    );
  });
});
