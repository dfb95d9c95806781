import { sqlReadsDates } from '../../cli/duck-date-forms';

describe('sqlReadsDates', () => {
  it('accepts the forms the SQL reads: year-first dates with or without a time, yyyymmdd, serials, Dates, blanks', () => {
    const rows = [
      ['2025-03-05'],
      ['2025/3/5 10:00'],
      ['2025年3月5日'],
      ['20250305'],
      [45721],
      [new Date(0)],
      [''],
      [null],
    ];
    expect(sqlReadsDates(rows, 0)).toBe(true);
  });

  it.each([['05/03/2025'], ['3/5/25'], ['Mar 5, 2025'], ['5-Mar-2025']])('sends %s to the core', (cell) => {
    expect(sqlReadsDates([['2025-03-05'], [cell]], 0)).toBe(false);
  });

  it('passes over text the core reads as no date either (a subtotal label, a repeated header, n/a): skipped alike', () => {
    expect(sqlReadsDates([['2025-03-05'], ['合计'], ['Order date'], ['n/a'], ['2025-13-01']], 0)).toBe(true);
  });
});
