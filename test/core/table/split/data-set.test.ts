import { dataSetOf } from '../../../../core/table/split/data-set';
import type { WorkbookSheet } from '../../../../core/table/split/types';

const GRID = [
  ['订单日期', '客户', '金额'],
  ['2025-01-05', '甲', 1000],
  ['2025-02-10', '乙', 2000],
];
const sales: WorkbookSheet = { name: 'Sales', grid: GRID };
const old: WorkbookSheet = { name: 'Sales (old)', grid: GRID, hidden: true };
const notes: WorkbookSheet = { name: 'Notes', grid: [['说明'], ['每月一张表']] };

describe('dataSetOf: the hidden copies of the one sheet read', () => {
  it('names a hidden sheet with the same header left out when one visible sheet is read', () => {
    const r = dataSetOf([sales, notes, old], { lang: 'en' });
    expect(r.ok && r.sheet).toBe('Sales');
    expect(r.ok && r.split).toBeNull();
    expect(r.ok && r.hiddenCopies).toEqual({ sheet: 'Sales', hidden: ['Sales (old)'] });
  });

  it('has none when the hidden sheet is read too, the sheet is named, or no copy is hidden', () => {
    const all = dataSetOf([sales, old], { lang: 'en', sheets: 'all' });
    expect(all.ok && all.sheet).toBe('Sales + Sales (old)');
    expect(all.ok && all.hiddenCopies).toBeNull();
    const named = dataSetOf([sales, old], { lang: 'en', sheets: ['Sales'] });
    expect(named.ok && named.hiddenCopies).toBeNull();
    const alone = dataSetOf([sales, notes], { lang: 'en' });
    expect(alone.ok && alone.hiddenCopies).toBeNull();
  });

  it('does not change the sheets it is given', () => {
    const book = [sales, old];
    const before = JSON.stringify(book);
    dataSetOf(book, { lang: 'en' });
    expect(JSON.stringify(book)).toBe(before);
  });
});
