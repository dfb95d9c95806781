import { makeContext } from '../../../core/functions';
import { clearTableCache, loadSalesTable, type SalesTable } from '../../../core/functions/sales-table';
import { resolveDimension, resolveSlice, sliceRevenue } from '../../../core/functions/table-slice';
import { isFnError } from '../../../core/functions/types';

const ctx = makeContext('en');
const grid = [
  ['日期', '大区', '门店', '客户', '销售额'],
  ['2024-05-01', '华东', '一店', '甲', 10],
  ['2025-01-05', '华东', '一店', '甲', 100],
  ['2025-04-05', '华南', '二店', '', 50],
  ['2025-07-05', '华南', '二店', '乙', 20],
];

function table(): SalesTable {
  clearTableCache();
  const st = loadSalesTable(grid, undefined, ctx);
  if (isFnError(st)) throw new Error(st.message);
  return st;
}

describe('resolveDimension', () => {
  it('finds a role by its key, its label in any language or its column header', () => {
    const st = table();
    for (const name of ['region', 'Region', '区域', '區域', '大区'])
      expect(resolveDimension(st, name, ctx)).toMatchObject({ key: 'region', label: 'Region' });
  });

  it('finds an extra column by its header, labelled by it', () => {
    const st = table();
    const d = resolveDimension(st, '门店', ctx);
    expect(isFnError(d)).toBe(false);
    if (!isFnError(d)) expect(d.label).toBe('门店');
  });
});

describe('resolveSlice and sliceRevenue', () => {
  it('reads the blank segment by its label in any language', () => {
    const st = table();
    const slice = resolveSlice(st, 'customer', '（空白）', null, ctx);
    if (isFnError(slice)) throw new Error(slice.message);
    expect(slice.key).toBe(''); // the blank cells' key, as the breakdowns key them
    const s = st.review(2025);
    if (isFnError(s)) throw new Error(s.message);
    expect(sliceRevenue(s, slice)).toEqual({ revenue: 50, prior: 0 });
  });

  it('gives a segment value that only sold in another year 0, not an error', () => {
    const st = table();
    const s = st.review(2024);
    const slice = resolveSlice(st, '门店', '二店', 'Q1', ctx);
    if (isFnError(s) || isFnError(slice)) throw new Error('unexpected error');
    expect(sliceRevenue(s, slice)).toEqual({ revenue: 0, prior: null });
  });

  it('gives the same slice last year beside this year', () => {
    const st = table();
    const s = st.review(2025);
    const slice = resolveSlice(st, 'region', '华东', 'H1', ctx);
    if (isFnError(s) || isFnError(slice)) throw new Error('unexpected error');
    expect(sliceRevenue(s, slice)).toEqual({ revenue: 100, prior: 10 });
  });
});
