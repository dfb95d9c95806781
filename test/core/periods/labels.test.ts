import { fiscalMonthLabel, fiscalYearLabel, quarterKeyOf, quarterLabel } from '../../../core/periods/labels';
import { monthIndex } from '../../../core/periods/month';

describe('period labels', () => {
  it('calendar years read as the year, fiscal years with FY', () => {
    expect(fiscalYearLabel(2025, 1)).toBe('2025');
    expect(fiscalYearLabel(2026, 4)).toBe('FY2026');
  });
  it('quarter labels', () => {
    expect(quarterLabel(2025, 1, 1)).toBe('2025Q1');
    expect(quarterKeyOf(monthIndex(2025, 4), 4)).toBe('FY2026Q1');
    expect(quarterKeyOf(monthIndex(2025, 12), 1)).toBe('2025Q4');
  });
  it('fiscal month labels', () => {
    expect(fiscalMonthLabel(monthIndex(2025, 4), 4)).toBe('FY2026M01');
    expect(fiscalMonthLabel(monthIndex(2025, 12), 1)).toBe('2025M12');
  });
});
