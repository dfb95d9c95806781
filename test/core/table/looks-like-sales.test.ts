import { looksLikeSales } from '../../../core/table/looks-like-sales';

describe('looksLikeSales', () => {
  const sales = [
    ['日期', '客户', '区域', '销售额'],
    ...Array.from({ length: 10 }, (_, i) => [45658 + i, `c${i}`, '东', 100 + i]),
  ];
  it('scores a sales sheet high', () => {
    expect(looksLikeSales(sales)).toBeGreaterThan(0.9);
  });
  it('scores a notes sheet low', () => {
    expect(looksLikeSales([['说明'], ['本工作簿用于…']])).toBe(0);
  });
  it('scores an empty grid 0', () => {
    expect(looksLikeSales([])).toBe(0);
  });
  it('ranks a sales sheet above a lookup table', () => {
    const lookup = [
      ['区域', '负责人'],
      ['东', '张三'],
      ['西', '李四'],
    ];
    expect(looksLikeSales(sales)).toBeGreaterThan(looksLikeSales(lookup));
  });
  it('stays within 0..1', () => {
    const s = looksLikeSales(sales);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
  });
});
