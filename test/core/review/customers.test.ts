import { buildReview } from '../../../core/review';
import { mappingOf, qualityOf, settingsOf, makeTable, type Row } from '../../helpers/make-table';

function model(rows: Row[], input = {}) {
  const t = makeTable(rows);
  return buildReview(t, qualityOf(t), mappingOf(t), settingsOf(input));
}

// 2023: A, B, D. 2024: A, B, C. 2025: A (returning), C (returning), D (won back), E (new); B lost.
const ROWS: Row[] = [
  { month: '2023-05', amount: 100, customer: 'A' },
  { month: '2023-05', amount: 100, customer: 'B' },
  { month: '2023-05', amount: 100, customer: 'D' },
  { month: '2024-05', amount: 400, customer: 'A' },
  { month: '2024-05', amount: 300, customer: 'B' },
  { month: '2024-05', amount: 300, customer: 'C' },
  { month: '2025-05', amount: 5_000_000, customer: 'A' },
  { month: '2025-05', amount: 300_000, customer: 'C' },
  { month: '2025-05', amount: 200_000, customer: 'D' },
  { month: '2025-05', amount: 1_500_000, customer: 'E' },
];

describe('customers section', () => {
  const c = model(ROWS).customers;

  it('counts the lifecycle: new, returning, won back, lost', () => {
    expect([c.active, c.new, c.returning, c.wonBack, c.lost]).toEqual([4, 1, 2, 1, 1]);
    expect(c.revenueNew).toBe(1_500_000);
    expect(c.lostPriorRevenue).toBe(300);
    expect(c.lostList).toEqual([{ key: 'B', priorRevenue: 300 }]);
  });

  it('gives the repurchase rate and its point change', () => {
    expect(c.repurchaseRate).toBeCloseTo(2 / 3, 9);
    expect(c.priorRepurchaseRate).toBeCloseTo(2 / 3, 9);
    expect(c.repurchaseRateChange).toBeCloseTo(0, 9);
  });

  it('lists top customers with share and cumulative share of total revenue (Pareto)', () => {
    expect(c.top.map((x) => x.key)).toEqual(['A', 'E', 'C', 'D']);
    expect(c.top[0].share).toBeCloseTo(5 / 7, 9);
    expect(c.top[1].cumulativeShare).toBeCloseTo(6.5 / 7, 9);
    expect(c.top[3].cumulativeShare).toBeCloseTo(1, 9);
    expect(c.top[0].priorRevenue).toBe(400);
  });

  it('measures concentration: top 1 / 5 / 10 and HHI', () => {
    expect(c.top1Share).toBeCloseTo(5 / 7, 9);
    expect(c.largestShare).toBe(c.top1Share);
    expect(c.largestCustomer).toBe('A');
    expect(c.top10Share).toBeCloseTo(1, 9);
    const s = [5, 1.5, 0.3, 0.2].map((v) => v / 7);
    expect(c.hhi).toBeCloseTo(s.reduce((a, v) => a + v * v, 0) * 10000, 6);
  });

  it('tiers customers by the spend thresholds (S ≥ 500万, A ≥ 100万 …)', () => {
    expect(c.tiers.map((t) => [t.name, t.customers])).toEqual([
      ['S', 1],
      ['A', 1],
      ['B', 2],
      ['C', 0],
    ]);
    expect(c.top[0].tier).toBe('S');
  });

  it('limits the top list to topN', () => {
    expect(model(ROWS, { topN: 2 }).customers.top).toHaveLength(2);
  });

  it('is all null without a customer column', () => {
    const n = model([{ month: '2025-01', amount: 5 }]).customers;
    expect([n.active, n.repurchaseRate, n.hhi, n.top.length]).toEqual([null, null, null, 0]);
  });

  it('does not call everyone new when there is no prior year', () => {
    const n = model(ROWS.filter((r) => r.month.startsWith('2025'))).customers;
    expect([n.active, n.new, n.lost, n.repurchaseRate]).toEqual([4, null, null, null]);
  });
});
