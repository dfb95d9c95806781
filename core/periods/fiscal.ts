/**
 * Calendar and fiscal periods over month indexes (year * 12 + month − 1).
 *
 * Naming rule: a fiscal year is named by the calendar year in which it ENDS. With start month 4,
 * April 2025 – March 2026 is FY2026; with start month 1 the fiscal year is the calendar year.
 * Fiscal quarters and months count from the start month (start 4: April = fiscal month 1, Q1).
 */

/** Month offset of the fiscal start from January (start month 4 → 3). Out-of-range starts clamp to 1..12. */
function startOffset(startMonth: number): number {
  const s = Math.trunc(startMonth);
  return s >= 1 && s <= 12 ? s - 1 : 0;
}

/**
 * Fiscal year of a month, named by the calendar year in which that fiscal year ends.
 * @example fiscalYearOf(monthIndex(2025, 4), 4) // 2026
 */
export function fiscalYearOf(monthIndex: number, startMonth: number): number {
  const off = startOffset(startMonth);
  return Math.floor((monthIndex - off) / 12) + (off === 0 ? 0 : 1);
}

/**
 * Fiscal month 1..12 of a month (start 4: April → 1, March → 12).
 * @example fiscalMonthOf(monthIndex(2026, 3), 4) // 12
 */
export function fiscalMonthOf(monthIndex: number, startMonth: number): number {
  const m = (monthIndex - startOffset(startMonth)) % 12;
  return (m < 0 ? m + 12 : m) + 1;
}

/**
 * Fiscal quarter 1..4 of a month (start 7: July–September → 1).
 * @example fiscalQuarterOf(monthIndex(2025, 9), 7) // 1
 */
export function fiscalQuarterOf(monthIndex: number, startMonth: number): number {
  return ((fiscalMonthOf(monthIndex, startMonth) - 1) / 3 + 1) | 0;
}

/**
 * Month index of fiscal month 1 of a fiscal year (start 4, FY2026 → April 2025).
 * @example monthLabel(fiscalYearStart(2026, 4)) // "2025-04"
 */
export function fiscalYearStart(fiscalYear: number, startMonth: number): number {
  const off = startOffset(startMonth);
  return (fiscalYear - (off === 0 ? 0 : 1)) * 12 + off;
}

/**
 * Month index of a fiscal year / fiscal month pair (inverse of fiscalYearOf + fiscalMonthOf).
 * @example monthLabel(fiscalMonthIndex(2026, 12, 4)) // "2026-03"
 */
export function fiscalMonthIndex(fiscalYear: number, fiscalMonth: number, startMonth: number): number {
  return fiscalYearStart(fiscalYear, startMonth) + (fiscalMonth - 1);
}

/**
 * First and last month index (inclusive) of a fiscal quarter.
 * @example fiscalQuarterRange(2026, 1, 4) // { first: monthIndex(2025, 4), last: monthIndex(2025, 6) }
 */
export function fiscalQuarterRange(
  fiscalYear: number,
  quarter: number,
  startMonth: number,
): { first: number; last: number } {
  const first = fiscalYearStart(fiscalYear, startMonth) + (quarter - 1) * 3;
  return { first, last: first + 2 };
}
