import { toleranceBand, toleranceCheck } from '../../../core/plan/tolerance';

describe('toleranceCheck', () => {
  it('is inside within ±5% of the quarterly target, edges included', () => {
    expect(toleranceCheck(96, 100, 0.05)).toBe('inside');
    expect(toleranceCheck(95, 100, 0.05)).toBe('inside');
    expect(toleranceCheck(105, 100, 0.05)).toBe('inside');
  });

  it('is below or above outside the band', () => {
    expect(toleranceCheck(94.9, 100, 0.05)).toBe('below');
    expect(toleranceCheck(105.1, 100, 0.05)).toBe('above');
  });

  it('uses |target| for a negative target', () => {
    expect(toleranceCheck(-96, -100, 0.05)).toBe('inside');
  });

  it('returns null on non-finite input or a negative band', () => {
    expect(toleranceCheck(NaN, 100, 0.05)).toBeNull();
    expect(toleranceCheck(1, 100, -0.1)).toBeNull();
  });

  it('gives the band for display', () => {
    expect(toleranceBand(3.6e8, 0.05)).toEqual({ low: 3.42e8, high: 3.78e8 });
  });
});
