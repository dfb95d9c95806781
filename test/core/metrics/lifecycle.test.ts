import { customerLifecycle, lifecycleOf } from '../../../core/metrics/lifecycle';
import { makeTable } from '../../helpers/make-table';

// Purchase history (calendar years): review year 2025.
const rows = [
  { month: '2025-03', customer: 'New', amount: 100 },
  { month: '2024-05', customer: 'Ret', amount: 50 },
  { month: '2025-06', customer: 'Ret', amount: 70 },
  { month: '2023-02', customer: 'Back', amount: 40 },
  { month: '2025-09', customer: 'Back', amount: 30 },
  { month: '2024-10', customer: 'Lost', amount: 90 },
  { month: '2024-11', customer: 'Lost2', amount: 20 },
  { month: '2023-01', customer: 'Lost2', amount: 10 },
  { month: '2025-12', customer: null, amount: 5 },
  { month: '2026-01', customer: 'Future', amount: 999 },
  // only a refund in 2024: not a purchase that year → counts as won back in 2025
  { month: '2022-04', customer: 'Refund', amount: 10 },
  { month: '2024-04', customer: 'Refund', amount: -10 },
  { month: '2025-04', customer: 'Refund', amount: 15 },
];

describe('customerLifecycle', () => {
  const table = makeTable(rows);
  const r = customerLifecycle(table, 2025, 1);
  it('classifies new, returning, won back and lost customers', () => {
    expect([r.active, r.new, r.returning, r.wonBack, r.lost]).toEqual([4, 1, 1, 2, 2]);
  });
  it('sums this-year revenue per group and prior revenue of the lost', () => {
    expect(r.revenue).toEqual({ new: 100, returning: 70, wonBack: 45 });
    expect(r.lostPriorRevenue).toBe(110);
    expect(r.lostList).toEqual([
      { key: 'Lost', priorRevenue: 90 },
      { key: 'Lost2', priorRevenue: 20 },
    ]);
  });
  it('repurchase rate = returning / prior-year customers; prior rate one year earlier', () => {
    expect(r.priorActive).toBe(3);
    expect(r.repurchaseRate).toBeCloseTo(1 / 3, 12);
    // 2023 buyers: Back, Lost2 → 2024 again: Lost2
    expect(r.priorRepurchaseRate).toBeCloseTo(1 / 2, 12);
  });
  it('keeps per-customer revenue by code and the unattributed amount', () => {
    const code = table.dims.customer!.values.indexOf('Ret');
    expect(r.byCustomer[code]).toBe(70);
    expect(r.priorByCustomer[code]).toBe(50);
    expect(r.unattributedRevenue).toBe(5);
  });
  it('follows the fiscal year: start 4 puts 2025-03 in FY2025', () => {
    const t = makeTable([
      { month: '2025-03', customer: 'X', amount: 1 },
      { month: '2025-04', customer: 'X', amount: 1 },
    ]);
    const fy = customerLifecycle(t, 2026, 4);
    expect([fy.returning, fy.new]).toEqual([1, 0]);
    expect(customerLifecycle(t, 2025, 1).new).toBe(1);
  });
  it('has null rates when there is no prior year', () => {
    const t = makeTable([{ month: '2025-01', customer: 'X', amount: 1 }]);
    const x = customerLifecycle(t, 2025, 1);
    expect(x.repurchaseRate).toBeNull();
    expect(x.priorRepurchaseRate).toBeNull();
  });
  it('reports hasCustomers false without a customer column', () => {
    const x = customerLifecycle(makeTable([{ month: '2025-01', amount: 1 }]), 2025, 1);
    expect(x.hasCustomers).toBe(false);
    expect(x.active).toBe(0);
    expect(x.repurchaseRate).toBeNull();
  });
  it('does not mutate the table', () => {
    const t = makeTable(rows);
    const before = Array.from(t.measures.amount!.values);
    customerLifecycle(t, 2025, 1);
    expect(Array.from(t.measures.amount!.values)).toEqual(before);
  });
});

describe('lifecycleOf', () => {
  it('lists lost customers with the same prior revenue by name, whatever order they come in', () => {
    const rows = [
      { customer: 0, fiscalYear: 2024, revenue: 30, purchases: 1 },
      { customer: 1, fiscalYear: 2024, revenue: 30, purchases: 1 },
      { customer: 2, fiscalYear: 2025, revenue: 5, purchases: 1 },
    ];
    expect(lifecycleOf(['乙', '甲', '丙'], rows, 2025).lostList.map((l) => l.key)).toEqual(
      ['乙', '甲'].sort(),
    );
    expect(lifecycleOf(['Zeta', 'Alpha', 'X'], rows, 2025).lostList.map((l) => l.key)).toEqual([
      'Alpha',
      'Zeta',
    ]);
  });

  it('counts a customer-year as a purchase only with a positive row, and keeps the blank customer apart', () => {
    const r = lifecycleOf(
      ['A'],
      [
        { customer: 0, fiscalYear: 2024, revenue: -10, purchases: 0 },
        { customer: 0, fiscalYear: 2025, revenue: 20, purchases: 2 },
        { customer: -1, fiscalYear: 2025, revenue: 7, purchases: 1 },
      ],
      2025,
    );
    expect([r.new, r.returning, r.lost]).toEqual([1, 0, 0]);
    expect(r.unattributedRevenue).toBe(7);
  });
});
