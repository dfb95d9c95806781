import { cleanText, headerKey, isBlank, toSimplified } from '../../../core/table/normalize';

describe('normalize', () => {
  it('headerKey drops brackets, spaces and case and simplifies', () => {
    expect(headerKey(' 銷售額 (萬元) ')).toBe('销售额');
    expect(headerKey('Sales  Amount')).toBe('salesamount');
    expect(headerKey('客户_名称')).toBe('客户名称');
  });
  it('cleanText makes full-width ASCII half-width', () => {
    expect(cleanText('ＡＢＣ　１２')).toBe('ABC 12');
  });
  it('toSimplified maps common Traditional characters', () => {
    expect(toSimplified('客戶區域')).toBe('客户区域');
  });
  it('toSimplified maps the Traditional characters of Taiwan and Hong Kong sales headers', () => {
    // 國家 (country) and 訂單狀態 (order status) used to keep 國 and 狀態 and match nothing
    expect(headerKey('國家')).toBe('国家');
    expect(headerKey('訂單狀態')).toBe('订单状态');
    expect(toSimplified('購買日期')).toBe('购买日期');
    expect(toSimplified('業績')).toBe('业绩');
    expect(toSimplified('備註')).toBe('备注');
  });
  it('isBlank', () => {
    expect([isBlank(null), isBlank(undefined), isBlank(' '), isBlank(0), isBlank('a')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
