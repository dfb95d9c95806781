import { dateToMonthIndex, monthIndex, monthLabel, monthOf, yearOf } from '../../../core/periods/month';

describe('month index', () => {
  it('is year * 12 + month − 1', () => {
    expect(monthIndex(2025, 3)).toBe(2025 * 12 + 2);
    expect(monthIndex(2025, 1) - monthIndex(2024, 12)).toBe(1);
  });
  it('splits back into year and month', () => {
    expect(yearOf(monthIndex(2025, 12))).toBe(2025);
    expect(monthOf(monthIndex(2025, 12))).toBe(12);
    expect(monthOf(monthIndex(2025, 1))).toBe(1);
  });
  it('labels as YYYY-MM', () => {
    expect(monthLabel(monthIndex(2025, 3))).toBe('2025-03');
    expect(monthLabel(monthIndex(2025, 11))).toBe('2025-11');
  });
});

describe('dateToMonthIndex', () => {
  it('reads local calendar fields by default', () => {
    expect(dateToMonthIndex(new Date(2025, 2, 5))).toBe(monthIndex(2025, 3));
  });
  it('reads UTC fields when asked', () => {
    expect(dateToMonthIndex(new Date(Date.UTC(2025, 11, 31)), true)).toBe(monthIndex(2025, 12));
  });
  it('is null for an invalid date', () => {
    expect(dateToMonthIndex(new Date('nope'))).toBeNull();
  });
});
