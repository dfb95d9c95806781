import { evaluate } from '../../../core/functions/evaluate';

describe('date functions', () => {
  it('QUARTER of a serial (45658 = 2025-01-01) and of text forms', () => {
    expect(evaluate('QUARTER', [45658])).toBe(1);
    expect(evaluate('QUARTER', [[['2025/3/5'], ['2025年8月1日'], ['2025Q4']]])).toEqual([[1], [3], [4]]);
  });

  it('QUARTER with a fiscal year starting in April', () => {
    expect(evaluate('QUARTER', ['2025-04-01', 4])).toBe(1);
    expect(evaluate('QUARTER', ['2026-03-31', 4])).toBe(4);
  });

  it('FISCAL_YEAR is named by the calendar year it ends in', () => {
    expect(evaluate('FISCAL_YEAR', ['2025-04-01', 4])).toBe(2026);
    expect(evaluate('FISCAL_YEAR', ['2025-03-31', 4])).toBe(2025);
    expect(evaluate('FISCAL_YEAR', [new Date(2025, 5, 1)])).toBe(2025);
  });

  it('errors: not a date, blank, bad start month', () => {
    expect(evaluate('QUARTER', ['soon'])).toEqual({ error: '#VALUE!', message: '"soon" is not a date.' });
    expect(evaluate('QUARTER', [[[null]]])).toEqual([[{ error: '#N/A', message: 'date is blank.' }]]);
    expect(evaluate('QUARTER', [45658, 13])).toMatchObject({ error: '#NUM!' });
  });
});
