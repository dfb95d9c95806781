import { formatNumber } from '../../../examples/browser-host/numfmt';

describe('formatNumber', () => {
  it.each([
    [0.1234, '0.0%', '12.3%'],
    [1234567.891, '#,##0', '1,234,568'],
    [-1234.5, '#,##0;-#,##0', '-1,235'],
    [-1234.5, '#,##0', '-1,235'],
    [3.7, '+0.0" pp";-0.0" pp";0.0" pp"', '+3.7 pp'],
    [-2, '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"', '-2.0个百分点'],
    [0, '+0.0%;-0.0%;0.0%', '0.0%'],
    [0.05, '+0.0%;-0.0%;0.0%', '+5.0%'],
    [12345678, '#,##0.0,,', '12.3'],
    [1.5, '0.00', '1.50'],
    [45658, 'yyyy-mm-dd', '2025-01-01'],
    [7, undefined, '7'],
    [1 / 3, 'General', '0.3333333333'],
    [12.5, '[Red]0.0', '12.5'],
  ])('formats %p with %p as %p', (value, fmt, text) => {
    expect(formatNumber(value, fmt)).toBe(text);
  });

  it('keeps semicolons inside quoted literals', () => {
    expect(formatNumber(1, '0" a;b"')).toBe('1 a;b');
  });

  it('shows non-finite numbers as they are', () => {
    expect(formatNumber(Number.NaN, '0.0%')).toBe('NaN');
  });
});
