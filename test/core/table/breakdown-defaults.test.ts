import { defaultBreakdowns, isDefaultBreakdown } from '../../../core/table/breakdown-defaults';

describe('default breakdowns', () => {
  it('breaks down every recognised dimension with 2–30 values, customers aside', () => {
    expect(
      defaultBreakdowns([
        { key: 'region', header: 'Region', kind: 'region', values: 4 },
        { key: 'product', header: 'Category', kind: 'product', values: 3 },
        { key: 'Sub-Category', header: 'Sub-Category', kind: 'product', values: 17 },
        { key: 'Product Name', header: 'Product Name', kind: 'product', values: 1529 },
        { key: 'customer', header: 'Customer', kind: 'customer', values: 12 },
        { key: 'channel', header: 'Segment', kind: 'channel', values: 1 },
        { key: 'Ship Mode', header: 'Ship Mode', kind: null, values: 4 },
      ]),
    ).toEqual(['region', 'product', 'Sub-Category']);
  });

  it('stops at the bounds', () => {
    const d = (values: number) => ({ key: 'region', header: 'R', kind: 'region' as const, values });
    expect([1, 2, 30, 31].map((v) => isDefaultBreakdown(d(v)))).toEqual([false, true, true, false]);
  });
});
