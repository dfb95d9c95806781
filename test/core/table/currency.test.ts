import { currencyCode, reviewCurrency } from '../../../core/table/currency';
import { rateTable } from '../../../core/table/rates';

describe('currencyCode', () => {
  it.each([
    ['美元', 'USD'],
    ['usd', 'USD'],
    ['人民币', 'CNY'],
    ['RMB', 'CNY'],
    ['港幣', 'HKD'],
    ['新台幣', 'TWD'],
    ['歐元', 'EUR'],
    ['chf', 'CHF'],
  ])('%p → %p', (raw, code) => expect(currencyCode(raw)).toBe(code));
  it('is null for blank', () => expect(currencyCode('  ')).toBeNull());
});

describe('rateTable', () => {
  it('normalizes names and drops bad rates', () => {
    const t = rateTable({ 美元: 7.2, EUR: 0, JPY: NaN }, 'CNY');
    expect([...t.entries()].sort()).toEqual([
      ['CNY', 1],
      ['USD', 7.2],
    ]);
  });
  it('does not mutate the input', () => {
    const r = { USD: 7.2 };
    rateTable(r, 'CNY');
    expect(r).toEqual({ USD: 7.2 });
  });
});

describe('reviewCurrency', () => {
  it('is the sheet’s own currency when all its money is in one other currency and no rate converts it', () => {
    expect(reviewCurrency('CNY', ['EUR'], {})).toBe('EUR');
    expect(reviewCurrency('CNY', ['TWD', 'TWD'])).toBe('TWD');
  });
  it('stays the one asked for when a rate converts, when currencies mix, or when the sheet names none', () => {
    expect(reviewCurrency('CNY', ['EUR'], { EUR: 7.8 })).toBe('CNY');
    expect(reviewCurrency('CNY', ['EUR'], { 欧元: 7.8 })).toBe('CNY');
    expect(reviewCurrency('CNY', ['EUR', 'USD'], {})).toBe('CNY');
    expect(reviewCurrency('CNY', ['CNY', 'USD'], {})).toBe('CNY');
    expect(reviewCurrency('USD', [], {})).toBe('USD');
  });
});
