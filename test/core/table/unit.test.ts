import { unitFromHeader } from '../../../core/table/unit';

describe('unitFromHeader', () => {
  it.each([
    ['销售额(万元)', 1e4, null],
    ['銷售額(萬元)', 1e4, null],
    ['销售额（万元）', 1e4, null],
    ['Revenue (K)', 1e3, null],
    ['Revenue (USD K)', 1e3, 'USD'],
    ['金额(亿元)', 1e8, null],
    ['收入(千元)', 1e3, null],
    ['Amount (USD)', 1, 'USD'],
    ['金额(万美元)', 1e4, 'USD'],
    ['Sales [M]', 1e6, null],
    ['金额/万元', 1e4, null],
    ['金额 单位:万元', 1e4, null],
    ['销售额万元', 1e4, null],
    ['金额(元)', 1, null],
  ])('%p → scale %p, currency %p', (header, scale, currency) => {
    const u = unitFromHeader(header);
    expect([u.scale, u.currency]).toEqual([scale, currency]);
  });

  it('has no unit for a plain header', () => {
    expect(unitFromHeader('Sales Amount')).toEqual({ scale: 1, currency: null, source: null });
    expect(unitFromHeader('Market')).toEqual({ scale: 1, currency: null, source: null });
  });

  it('keeps the text the unit came from', () => {
    expect(unitFromHeader('销售额(万元)').source).toBe('万元');
  });
});
