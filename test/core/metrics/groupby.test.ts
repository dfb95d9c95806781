import fc from 'fast-check';
import { aggregate } from '../../../core/metrics/groupby';
import { makeTable } from '../../helpers/make-table';
import type { Row } from '../../helpers/make-table';

const rows: Row[] = [
  { month: '2025-01', region: 'East', product: 'A', customer: 'c1', amount: 100, cost: 60, quantity: 1 },
  { month: '2025-02', region: 'East', product: 'B', customer: 'c2', amount: 200, cost: NaN, quantity: 2 },
  { month: '2025-04', region: 'West', product: 'A', customer: 'c1', amount: 50, cost: 20, quantity: 1 },
  { month: '2025-04', region: 'East', product: 'A', customer: 'c1', amount: 10, cost: 5, quantity: 1 },
  { month: '2024-12', region: 'West', product: 'B', customer: 'c3', amount: 70, cost: 30, quantity: 3 },
  { month: '2025-03', region: null, product: 'A', customer: null, amount: 5, cost: 1, quantity: 1 },
];

describe('aggregate', () => {
  const t = makeTable(rows);
  it('groups by fiscal quarter × region, sorted, with blank first', () => {
    const r = aggregate(t, { by: ['fq', 'region'], startMonth: 1, filterYears: [2025] });
    expect(r.keys).toEqual([
      ['Q1', ''],
      ['Q1', 'East'],
      ['Q2', 'East'],
      ['Q2', 'West'],
    ]);
    expect(Array.from(r.sums.amount!)).toEqual([5, 300, 10, 50]);
    expect(Array.from(r.rows)).toEqual([1, 2, 1, 1]);
    expect(Array.from(r.codes[0])).toEqual([1, 1, 2, 2]);
    expect(Array.from(r.codes[1])).toEqual([-1, 0, 0, 1]);
  });
  it('counts NaN cells as 0 and returns null for an absent column', () => {
    const r = aggregate(t, { by: ['region'], startMonth: 1 });
    expect(r.keys).toEqual([[''], ['East'], ['West']]);
    expect(Array.from(r.sums.cost!)).toEqual([1, 65, 50]);
    expect(r.sums.target).toBeNull();
    expect(r.sums.grossProfit).toBeNull();
  });
  it('counts distinct non-blank customers per group', () => {
    const r = aggregate(t, { by: ['product'], startMonth: 1 });
    expect(r.keys).toEqual([['A'], ['B']]);
    expect(Array.from(r.distinctCustomers!)).toEqual([1, 2]);
    const byCust = aggregate(t, { by: ['customer'], startMonth: 1 });
    expect(Array.from(byCust.distinctCustomers!)).toEqual([0, 1, 1, 1]);
  });
  it('names fiscal years by the year they end in', () => {
    const r = aggregate(t, { by: ['fy'], startMonth: 4 });
    expect(r.keys).toEqual([['2025'], ['2026']]);
    expect(Array.from(r.sums.amount!)).toEqual([375, 60]);
    expect(Array.from(r.codes[0])).toEqual([2025, 2026]);
  });
  it('groups by fiscal month and by an extra dimension header', () => {
    const t2 = makeTable([
      { month: '2025-04', amount: 1, extra: { Industry: 'Auto' } },
      { month: '2025-05', amount: 2, extra: { Industry: 'Auto' } },
      { month: '2026-03', amount: 4, extra: { Industry: 'Food' } },
    ]);
    const r = aggregate(t2, { by: ['Industry', 'fm'], startMonth: 4 });
    expect(r.keys).toEqual([
      ['Auto', 'M01'],
      ['Auto', 'M02'],
      ['Food', 'M12'],
    ]);
    expect(r.distinctCustomers).toBeNull();
  });
  it('reports a by entry that names no column and groups it as blank', () => {
    const r = aggregate(t, { by: ['channel'], startMonth: 1 });
    expect(r.missing).toEqual(['channel']);
    expect(r.keys).toEqual([['']]);
    expect(r.rows[0]).toBe(6);
  });
  it('with no by entries gives one total group; with no rows, none', () => {
    expect(Array.from(aggregate(t, { by: [], startMonth: 1 }).sums.amount!)).toEqual([435]);
    expect(aggregate(makeTable([]), { by: ['fy'], startMonth: 1 }).keys).toEqual([]);
    expect(aggregate(t, { by: ['fy'], startMonth: 1, filterYears: [1999] }).keys).toEqual([]);
  });
  it('does not mutate the table', () => {
    const t2 = makeTable(rows);
    const before = Array.from(t2.measures.amount!.values);
    const codes = Array.from(t2.dims.region!.codes);
    aggregate(t2, { by: ['fq', 'region', 'product'], startMonth: 7 });
    expect(Array.from(t2.measures.amount!.values)).toEqual(before);
    expect(Array.from(t2.dims.region!.codes)).toEqual(codes);
  });

  const rowArb = fc.record({
    month: fc
      .tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    region: fc.constantFrom('N', 'S', 'E', null),
    product: fc.constantFrom('p1', 'p2', 'p3'),
    customer: fc.constantFrom('a', 'b', 'c', 'd', null),
    amount: fc.integer({ min: -1000, max: 100000 }),
    quantity: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(NaN)),
  });
  it('property: group sums equal the column total and rows add up, for any by and start month', () => {
    const byArb = fc.subarray(['fy', 'fq', 'fm', 'region', 'product', 'customer'] as string[]);
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 60 }),
        byArb,
        fc.integer({ min: 1, max: 12 }),
        (rs, by, s) => {
          const table = makeTable(rs);
          const r = aggregate(table, { by, startMonth: s });
          const total = rs.reduce((a, x) => a + x.amount, 0);
          const qty = rs.reduce((a, x) => a + (Number.isNaN(x.quantity) ? 0 : x.quantity), 0);
          expect(r.sums.amount!.reduce((a, b) => a + b, 0)).toBe(total);
          expect(r.sums.quantity!.reduce((a, b) => a + b, 0)).toBe(qty);
          expect(r.rows.reduce((a, b) => a + b, 0)).toBe(rs.length);
          expect(new Set(r.keys.map((k) => k.join('|'))).size).toBe(r.keys.length);
        },
      ),
    );
  });
  it('property: distinct customers match a naive count', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), (rs) => {
        const r = aggregate(makeTable(rs), { by: ['fq', 'region'], startMonth: 1 });
        r.keys.forEach((k, g) => {
          const set = new Set(
            rs
              .filter(
                (x) =>
                  (x.region ?? '') === k[1] &&
                  `Q${Math.floor((Number(x.month.slice(5)) - 1) / 3) + 1}` === k[0],
              )
              .map((x) => x.customer)
              .filter((c) => c !== null),
          );
          expect(r.distinctCustomers![g]).toBe(set.size);
        });
      }),
    );
  });

  function naive(rs: Row[], dims: (keyof Row)[]): Map<string, number> {
    const m = new Map<string, number>();
    for (const x of rs) {
      const k = dims.map((d) => String(x[d] ?? '')).join('|');
      m.set(k, (m.get(k) ?? 0) + (x.amount ?? 0));
    }
    return m;
  }
  function asMap(r: ReturnType<typeof aggregate>): Map<string, number> {
    return new Map(r.keys.map((k, g) => [k.join('|'), r.sums.amount![g]]));
  }
  it('large code spaces (sparse map path) give the same groups as a naive count', () => {
    const rs: Row[] = Array.from({ length: 6000 }, (_, i) => ({
      month: '2025-01',
      customer: `c${i % 2500}`,
      product: `p${(i * 7) % 2900}`,
      amount: i,
    }));
    const r = aggregate(makeTable(rs), { by: ['customer', 'product'], startMonth: 1 });
    expect(asMap(r)).toEqual(naive(rs, ['customer', 'product']));
  });
  it('code spaces beyond 2^53 (staged path) give the same groups as a naive count', () => {
    const rs: Row[] = Array.from({ length: 12000 }, (_, i) => ({
      month: i % 2 ? '2025-01' : '2024-06',
      customer: `c${i}`,
      product: `p${(i * 7) % 11000}`,
      region: `r${(i * 13) % 10500}`,
      channel: `h${(i * 3) % 10100}`,
      amount: i % 97,
    }));
    const t = makeTable(rs);
    const r = aggregate(t, {
      by: ['channel', 'region', 'product', 'customer', 'fy'],
      startMonth: 1,
      filterYears: [2025],
    });
    const kept = rs.filter((x) => x.month.startsWith('2025'));
    const expected = new Map(
      [...naive(kept, ['channel', 'region', 'product', 'customer'])].map(([k, v]) => [`${k}|2025`, v]),
    );
    expect(asMap(r)).toEqual(expected);
    expect(r.rows.reduce((a, b) => a + b, 0)).toBe(6000);
    const sorted = [...r.keys].sort(
      (a, b) => t.dims.channel!.values.indexOf(a[0]) - t.dims.channel!.values.indexOf(b[0]),
    );
    expect(r.keys.map((k) => k[0])).toEqual(sorted.map((k) => k[0]));
  });
});
