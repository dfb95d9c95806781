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
