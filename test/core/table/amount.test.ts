import { hasOwnUnit, parseAmount, parseAmountText } from '../../../core/table/amount';

describe('parseAmount', () => {
  it.each([
    [1234.5, 1234.5],
    ['1,234.5', 1234.5],
    ['¥1,234', 1234],
    ['￥1,234', 1234],
    ['$2,930', 2930],
    ['€12', 12],
    ['HK$1,000', 1000],
    ['NT$1,000', 1000],
    ['１２３４', 1234],
    ['12.5万', 125000],
    ['12.5萬', 125000],
    ['3.6亿', 360000000],
    ['3.6億', 360000000],
    ['5千', 5000],
    ['12K', 12000],
    ['1.5M', 1500000],
    ['$2,930万', 29300000],
    ['12.5%', 0.125],
    ['(1,200)', -1200],
    ['−1,200', -1200],
    ['-1200', -1200],
    ['-12.5万', -125000],
    ['1,200元', 1200],
    [' 12 ', 12],
    ['1.2e3', 1200],
  ])('%p → %p', (raw, expected) => {
    expect(parseAmount(raw)).toBeCloseTo(expected, 9);
  });

  it('applies the unit scale to plain numbers and number text', () => {
    expect(parseAmount(12.5, 10000)).toBe(125000);
    expect(parseAmount('12.5', 10000)).toBe(125000);
  });

  it('does not apply the unit scale when the cell carries its own unit', () => {
    expect(parseAmount('3万', 10000)).toBe(30000);
  });

  it('returns EMPTY_VALUE for blanks', () => {
    expect(parseAmount('  ')).toEqual({ ok: false, code: 'EMPTY_VALUE', raw: '' });
    expect(parseAmount(null)).toEqual({ ok: false, code: 'EMPTY_VALUE', raw: '' });
  });

  it.each(['abc', '12abc', '1.2.3', '万', true, NaN, Infinity, '1e999', '-1e400'])(
    'returns NOT_A_NUMBER for %p',
    (raw) => {
      const r = parseAmount(raw as never);
      expect(typeof r).toBe('object');
      expect((r as { code: string }).code).toBe('NOT_A_NUMBER');
    },
  );

  it('returns NOT_A_NUMBER when the unit makes the amount overflow', () => {
    expect(parseAmount(1e305, 1e8)).toMatchObject({ code: 'NOT_A_NUMBER' });
    expect(parseAmount('1e305', 1e8)).toMatchObject({ code: 'NOT_A_NUMBER' });
    expect(parseAmount('1e305', 1)).toBe(1e305);
  });
  it('returns NOT_A_NUMBER for a Date', () => {
    expect(parseAmount(new Date(0))).toMatchObject({ code: 'NOT_A_NUMBER' });
  });
});

describe('parseAmountText', () => {
  it('is NaN for empty text', () => {
    expect(parseAmountText('')).toBeNaN();
  });
});

describe('hasOwnUnit', () => {
  it('sees 万, K and %', () => {
    expect([hasOwnUnit('1万'), hasOwnUnit('3K'), hasOwnUnit('5%'), hasOwnUnit('1,200')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
