import fc from 'fast-check';
import {
  fiscalMonthIndex,
  fiscalMonthOf,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearStart,
} from '../../../core/periods/fiscal';
import { monthIndex, monthLabel } from '../../../core/periods/month';

describe('fiscal year naming', () => {
  it('start 4: April 2025 – March 2026 is FY2026', () => {
    expect(fiscalYearOf(monthIndex(2025, 4), 4)).toBe(2026);
    expect(fiscalYearOf(monthIndex(2026, 3), 4)).toBe(2026);
    expect(fiscalYearOf(monthIndex(2025, 3), 4)).toBe(2025);
  });
  it('start 1: the calendar year', () => {
    expect(fiscalYearOf(monthIndex(2025, 1), 1)).toBe(2025);
    expect(fiscalYearOf(monthIndex(2025, 12), 1)).toBe(2025);
  });
  it('start 7: July 2025 – June 2026 is FY2026', () => {
    expect(fiscalYearOf(monthIndex(2025, 7), 7)).toBe(2026);
    expect(fiscalYearOf(monthIndex(2025, 6), 7)).toBe(2025);
  });
  it('an out-of-range start month falls back to January', () => {
    expect(fiscalYearOf(monthIndex(2025, 5), 0)).toBe(2025);
    expect(fiscalQuarterOf(monthIndex(2025, 5), 13)).toBe(2);
  });
});

describe('fiscal quarters and months', () => {
  it('start 4: April is fiscal month 1 of Q1, March is month 12 of Q4', () => {
    expect(fiscalMonthOf(monthIndex(2025, 4), 4)).toBe(1);
    expect(fiscalQuarterOf(monthIndex(2025, 4), 4)).toBe(1);
    expect(fiscalMonthOf(monthIndex(2026, 3), 4)).toBe(12);
    expect(fiscalQuarterOf(monthIndex(2026, 3), 4)).toBe(4);
  });
  it('calendar quarters with start 1', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map((m) => fiscalQuarterOf(monthIndex(2025, m), 1))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
  it('fiscal year start and quarter range', () => {
    expect(monthLabel(fiscalYearStart(2026, 4))).toBe('2025-04');
    expect(monthLabel(fiscalYearStart(2025, 1))).toBe('2025-01');
    const q4 = fiscalQuarterRange(2026, 4, 4);
    expect([monthLabel(q4.first), monthLabel(q4.last)]).toEqual(['2026-01', '2026-03']);
  });
});

describe('properties', () => {
  const month = fc.integer({ min: 1900 * 12, max: 2200 * 12 });
  const start = fc.integer({ min: 1, max: 12 });
  it('fiscal year + fiscal month round-trips to the month for every start month 1–12', () => {
    fc.assert(
      fc.property(month, start, (m, s) => {
        expect(fiscalMonthIndex(fiscalYearOf(m, s), fiscalMonthOf(m, s), s)).toBe(m);
      }),
    );
  });
  it('a month lies inside the range of its fiscal quarter', () => {
    fc.assert(
      fc.property(month, start, (m, s) => {
        const r = fiscalQuarterRange(fiscalYearOf(m, s), fiscalQuarterOf(m, s), s);
        expect(m).toBeGreaterThanOrEqual(r.first);
        expect(m).toBeLessThanOrEqual(r.last);
      }),
    );
  });
  it('every start month gives 12 consecutive months per fiscal year, quarters 1..4 in order', () => {
    for (let s = 1; s <= 12; s++) {
      const first = fiscalYearStart(2026, s);
      const quarters = Array.from({ length: 12 }, (_, k) => fiscalQuarterOf(first + k, s));
      expect(quarters).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
      for (let k = 0; k < 12; k++) expect(fiscalYearOf(first + k, s)).toBe(2026);
      expect(fiscalYearOf(first - 1, s)).toBe(2025);
      expect(fiscalYearOf(first + 12, s)).toBe(2027);
      // the fiscal year ends in calendar year 2026
      expect(Math.floor((first + 11) / 12)).toBe(2026);
    }
  });
});
