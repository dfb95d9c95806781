/** IngestOptions.units: the user's unit of a money column replaces the header's (core/table/ingest.ts). */
import { ingest } from '../../../core/table/ingest';
import type { Grid, IngestResult } from '../../../core/table/types';

const grid: Grid = [
  ['日期', '客户', '销售额', '成本(万元)', '目标(万美元)'],
  ['2025-01-05', '甲', 12.5, 8, 1],
  ['2025-02-05', '乙', '30', 20, 1],
  ['2025-03-05', '丙', '7.5万', 5, 1],
  ['2025-03-31', '合计', 50, 33, 3],
];

function ok(r: IngestResult): Extract<IngestResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}
const values = (r: Extract<IngestResult, { ok: true }>, role: 'amount' | 'cost' | 'target') =>
  Array.from(r.table.measures[role]?.values ?? []);

describe('ingest with unit choices', () => {
  it('reads a header without a unit as written when there is no choice', () => {
    const r = ok(ingest(grid, { rates: { USD: 7 } }));
    expect(values(r, 'amount')).toEqual([12.5, 30, 75000]);
    expect(r.mapping.roles.amount?.unit).toEqual({ scale: 1, currency: null, source: null });
  });

  it('scales plain numbers and number text by the chosen unit; an in-cell 万 keeps its own unit', () => {
    const r = ok(ingest(grid, { units: { amount: '万' }, rates: { USD: 7 } }));
    expect(values(r, 'amount')).toEqual([125000, 300000, 75000]);
  });

  it('records the choice as the unit used, marked as the user’s, in the mapping and the table', () => {
    const r = ok(ingest(grid, { units: { amount: 'K' }, rates: { USD: 7 } }));
    const unit = { scale: 1000, currency: null, source: 'K', origin: 'user' };
    expect(r.mapping.roles.amount?.unit).toEqual(unit);
    expect(r.table.measures.amount?.unit).toEqual(unit);
    // The role itself is still detected by header; only the unit is the user's.
    expect(r.mapping.roles.amount?.source).toBe('header');
  });

  it('replaces a header unit and keeps the header currency', () => {
    const r = ok(ingest(grid, { units: { cost: '元', target: 'M' }, rates: { USD: 7 } }));
    expect(values(r, 'cost')).toEqual([8, 20, 5]);
    expect(r.mapping.roles.cost?.unit).toEqual({ scale: 1, currency: null, source: '元', origin: 'user' });
    expect(r.mapping.roles.target?.unit).toEqual({
      scale: 1e6,
      currency: 'USD',
      source: 'M',
      origin: 'user',
    });
    expect(values(r, 'target')).toEqual([7e6, 7e6, 7e6]);
  });

  it('gives every choice its scale: 元 1, 万 1e4, 亿 1e8, 千 1e3, K 1e3, M 1e6', () => {
    const scales = (['元', '万', '亿', '千', 'K', 'M'] as const).map(
      (u) => ok(ingest(grid, { units: { amount: u }, rates: { USD: 7 } })).table.measures.amount?.values[0],
    );
    expect(scales).toEqual([12.5, 125000, 1.25e9, 12500, 12500, 12.5e6]);
  });

  it('reconciles the data-quality report in the chosen unit (the subtotal row too)', () => {
    const r = ok(ingest(grid, { units: { amount: '万' }, rates: { USD: 7 } }));
    expect(r.quality.amountUsed).toBe(125000 + 300000 + 75000);
    expect(r.quality.amountRead).toBe(r.quality.amountUsed + r.quality.amountSkipped);
    expect(r.quality.skipped.find((s) => s.code === 'SUBTOTAL_ROW')?.amount).toBe(500000);
  });

  it('ignores a choice for a role that is not mapped, and does not mutate the options', () => {
    const units = Object.freeze({ grossProfit: '亿' as const });
    const r = ok(ingest(grid, { units, rates: { USD: 7 } }));
    expect(r.mapping.roles.grossProfit).toBeUndefined();
    expect(values(r, 'amount')).toEqual([12.5, 30, 75000]);
    expect(units).toEqual({ grossProfit: '亿' });
  });
});
