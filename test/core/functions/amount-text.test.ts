import { CN_UNITS, fixed } from '../../../core/functions/amount-text';

describe('amount-text', () => {
  it('knows simplified and traditional Chinese units', () => {
    expect(CN_UNITS['億']).toEqual({ scale: 1e8, suffix: '億' });
    expect(CN_UNITS['万'].scale).toBe(1e4);
  });

  it('writes fixed decimals without "-0.0"', () => {
    expect(fixed(-0.01, 1)).toBe('0.0');
    expect(fixed(-1.25, 1)).toBe('-1.3');
    expect(fixed(125, 1)).toBe('125.0');
  });
});
