import {
  aggregateSpec,
  availableOfMapping,
  availableOfTable,
  settleBreakdown,
  type Aggregates,
  type Available,
} from '../../../core/aggregates';
import type { ColumnMapping } from '../../../core/table/types';
import { makeTable } from '../../helpers/make-table';

const avail: Available = {
  roles: ['customer', 'region', 'product', 'salesperson'],
  extras: [['State', 'State']],
  measures: ['amount', 'cost'],
};

describe('aggregateSpec', () => {
  it('breaks down every detected dimension but customer by default, in role order', () => {
    const s = aggregateSpec(avail, { dimensions: [], fiscalStartMonth: 4 });
    expect(s.breakdown).toEqual(['region', 'product', 'salesperson']);
    expect(s.startMonth).toBe(4);
    expect(s.customer).toBe(true);
    expect(s.measures).toEqual(['amount', 'cost']);
  });

  it("keeps the user's dimensions that exist (an extra column by header) and adds salesperson and product", () => {
    const s = aggregateSpec(avail, { dimensions: ['State', 'channel', 'region'], fiscalStartMonth: 1 });
    expect(s.breakdown).toEqual(['State', 'region']);
    expect(s.dimensions).toEqual(['State', 'region', 'salesperson', 'product']);
  });

  it('sees the same data through a Table and through its mapping', () => {
    const t = makeTable([{ month: '2025-01', amount: 1, cost: 1, region: 'A', customer: 'C' }]);
    const mapping: ColumnMapping = {
      headerRow: 0,
      headers: ['d', 'amount', 'cost', 'region', 'customer'],
      extraDimensions: [],
      roles: {
        date: { role: 'date', column: 0, header: 'd', confidence: 1, source: 'header' },
        amount: { role: 'amount', column: 1, header: 'amount', confidence: 1, source: 'header' },
        cost: { role: 'cost', column: 2, header: 'cost', confidence: 1, source: 'header' },
        region: { role: 'region', column: 3, header: 'region', confidence: 1, source: 'header' },
        customer: { role: 'customer', column: 4, header: 'customer', confidence: 1, source: 'header' },
      },
    };
    // the same columns; only the table knows each dimension's values (for the default breakdowns)
    const { choices, ...fromTable } = availableOfTable(t);
    expect(availableOfMapping(mapping)).toEqual(fromTable);
    expect(choices).toEqual([
      { key: 'customer', header: 'customer', kind: 'customer', values: 1 },
      { key: 'region', header: 'region', kind: 'region', values: 1 },
    ]);
  });

  it('with value counts, breaks down by default every recognised dimension with 2-30 values (issue 11), never customers', () => {
    const choice = (key: string, kind: 'region' | 'product' | 'customer' | null, values: number) => ({
      key,
      header: key,
      kind,
      values,
    });
    const s = aggregateSpec(
      {
        ...avail,
        choices: [
          choice('region', 'region', 6),
          choice('product', 'product', 40),
          choice('customer', 'customer', 12),
          choice('State', 'region', 3),
          choice('Ship Mode', null, 4),
        ],
      },
      { dimensions: [], fiscalStartMonth: 1 },
    );
    expect(s.breakdown).toEqual(['region', 'State']);
  });
});

describe('settleBreakdown', () => {
  const seg = (key: string) => ({
    fiscalYear: 2025,
    fiscalMonth: 1,
    key,
    sums: {
      amount: 1,
      cost: null,
      grossProfit: null,
      quantity: null,
      target: null,
      stretchTarget: null,
      rows: 1,
    },
  });
  const agg = (segments: Record<string, string[]>): Aggregates => ({
    spec: {
      startMonth: 1,
      breakdown: Object.keys(segments),
      dimensions: Object.keys(segments),
      measures: ['amount'],
      customer: false,
    },
    currency: 'CNY',
    rows: 1,
    filled: {},
    periods: [],
    segments: Object.fromEntries(Object.entries(segments).map(([d, keys]) => [d, keys.map(seg)])),
    customers: null,
  });
  const people = Array.from({ length: 40 }, (_v, i) => `销售${i}`);

  it('keeps the recognised dimensions with 2-30 distinct non-blank keys, as the in-memory table decides', () => {
    const a = agg({ region: ['华东', '华北', ''], salesperson: people, product: ['A'] });
    expect(settleBreakdown(a, { dimensions: [] }).spec.breakdown).toEqual(['region']);
  });

  it("leaves the user's own choice alone", () => {
    const a = agg({ salesperson: people });
    expect(settleBreakdown(a, { dimensions: ['salesperson'] }).spec.breakdown).toEqual(['salesperson']);
  });
});
