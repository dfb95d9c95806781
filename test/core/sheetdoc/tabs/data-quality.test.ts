import { unitText } from '../../../../core/sheetdoc/tabs/data-quality';

describe('unitText', () => {
  it('shows the scale and the unit word the header or the user gave', () => {
    expect(unitText({ scale: 10_000, source: '万元', currency: null })).toBe('×10,000 (万元)');
    expect(unitText({ scale: 1, source: '元', currency: null })).toBe('×1 (元)');
  });

  it('keeps the currency of a 万美元 column when the user picks 万', () => {
    expect(unitText({ scale: 10_000, source: '万', currency: 'USD' })).toBe('×10,000 (万, USD)');
    expect(unitText({ scale: 1_000, source: 'USD K', currency: 'USD' })).toBe('×1,000 (USD K)');
  });

  it('is blank without a unit, the currency alone without a scale word', () => {
    expect(unitText(undefined)).toBeNull();
    expect(unitText({ scale: 1, source: null, currency: 'HKD' })).toBe('HKD');
  });
});
