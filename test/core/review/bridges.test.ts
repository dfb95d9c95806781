import { buildReview } from '../../../core/review';
import { domainRows } from './fixture';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';

function model(rows: Row[], input = {}) {
  const t = makeTable(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf(input));
}

describe('bridges section', () => {
  it('bridges prior year to this year by segment; changes add up to the total change', () => {
    const m = model(domainRows());
    const segs = m.bridges.yoyBySegment.region ?? [];
    const sum = segs.reduce((s, x) => s + x.change, 0);
    expect(sum).toBeCloseTo(m.totals.revenue - (m.totals.priorRevenue ?? 0), 0);
    expect(segs[0].change).toBeGreaterThanOrEqual(segs[segs.length - 1].change);
  });

  it('bridges target to actual by segment when segments have targets', () => {
    const rows = domainRows().map((r) => ({
      ...r,
      target: r.month.startsWith('2025') ? r.amount * 0.9 : undefined,
    }));
    const plan = model(rows).bridges.planBySegment.region ?? [];
    expect(plan).toHaveLength(4);
    for (const p of plan) expect(p.variance).toBeCloseTo(p.actual - p.target, 6);
    expect(model(domainRows()).bridges.planBySegment).toEqual({});
  });

  it('decomposes price, volume and mix when quantity and product exist (exact identity)', () => {
    const rows: Row[] = [
      { month: '2024-03', amount: 1000, quantity: 10, product: 'A' },
      { month: '2024-03', amount: 500, quantity: 10, product: 'B' },
      { month: '2025-03', amount: 1320, quantity: 12, product: 'A' },
      { month: '2025-03', amount: 400, quantity: 8, product: 'B' },
      { month: '2025-03', amount: 100, quantity: 1, product: 'C' },
    ];
    const m = model(rows);
    const p = m.pvm;
    expect(p).not.toBeNull();
    if (!p) return;
    expect(p.volume + p.mix + p.price + p.newProducts - p.discontinued).toBeCloseTo(1820 - 1500, 9);
    expect(p.newProducts).toBe(100);
    expect(p.price).toBeCloseTo(12 * 10, 9);
  });

  it('has no PVM without quantity', () => {
    expect(model(domainRows()).pvm).toBeNull();
  });
});
