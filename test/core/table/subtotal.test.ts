import { isSubtotalLabel } from '../../../core/table/subtotal';

describe('isSubtotalLabel', () => {
  it.each([
    '合计',
    '合計',
    '华东 小计',
    '小計',
    '总计',
    '總計',
    'Total',
    'Subtotal',
    'Sub-total',
    'Grand Total',
    'East Total',
    'Total:',
    '汇总',
  ])('%p is a subtotal', (s) => expect(isSubtotalLabel(s)).toBe(true));
  it.each(['Total Solutions Ltd', 'TotalEnergies', '华东', 'Totally Fine Co', ''])('%p is not', (s) => {
    expect(isSubtotalLabel(s)).toBe(false);
  });
});
