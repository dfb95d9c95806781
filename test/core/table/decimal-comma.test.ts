import { addCommaVote, isDecimalComma } from '../../../core/table/decimal-comma';
import { parseAmountText } from '../../../core/table/amount';

describe('decimal comma per column', () => {
  const votes = (texts: string[]) => {
    const v = { decimal: 0, thousands: 0 };
    for (const t of texts) addCommaVote(v, t);
    return v;
  };

  it('decides a decimal comma from 1052,75元 and 11,50万元', () => {
    expect(isDecimalComma(votes(['1052,75元', '11,50万元', '7,5', '300元']))).toBe(true);
  });

  it('decides thousands from 12,345 and 1,234.50', () => {
    expect(isDecimalComma(votes(['12,345', '1,234.50', '300']))).toBe(false);
  });

  it('says nothing without commas', () => {
    expect(votes(['12.5', '300'])).toEqual({ decimal: 0, thousands: 0 });
    expect(isDecimalComma(votes(['12.5']))).toBe(false);
  });

  it('reads amounts in the column’s convention', () => {
    expect(parseAmountText('1052,75元', true)).toBe(1052.75);
    expect(parseAmountText('11,50万元', true)).toBe(115000);
    expect(parseAmountText('1.052,75', true)).toBe(1052.75);
    expect(parseAmountText('12,345.6')).toBe(12345.6);
    expect(parseAmountText('1052,75')).toBe(105275);
  });
});
