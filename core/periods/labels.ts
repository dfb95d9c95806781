/** Display keys for fiscal periods. Calendar years read "2025", fiscal years "FY2026". */
import { fiscalMonthOf, fiscalQuarterOf, fiscalYearOf } from './fiscal';

/**
 * Label of a fiscal year: "2025" when the fiscal year is the calendar year, else "FY2026".
 * @example fiscalYearLabel(2026, 4) // "FY2026"
 */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  return startMonth === 1 ? String(fiscalYear) : `FY${fiscalYear}`;
}

/**
 * Label of a fiscal quarter: "2025Q1" (calendar) or "FY2026Q1" (fiscal).
 * @example quarterLabel(2025, 1, 1) // "2025Q1"
 */
export function quarterLabel(fiscalYear: number, quarter: number, startMonth: number): string {
  return `${fiscalYearLabel(fiscalYear, startMonth)}Q${quarter}`;
}

/**
 * Quarter label of a month index.
 * @example quarterKeyOf(monthIndex(2025, 4), 4) // "FY2026Q1"
 */
export function quarterKeyOf(monthIndex: number, startMonth: number): string {
  return quarterLabel(
    fiscalYearOf(monthIndex, startMonth),
    fiscalQuarterOf(monthIndex, startMonth),
    startMonth,
  );
}

/**
 * Label of a fiscal month: "2025M03" style keyed by fiscal year and fiscal month ("FY2026M01" = April 2025 at start 4).
 * @example fiscalMonthLabel(monthIndex(2025, 4), 4) // "FY2026M01"
 */
export function fiscalMonthLabel(monthIndex: number, startMonth: number): string {
  const fm = fiscalMonthOf(monthIndex, startMonth);
  return `${fiscalYearLabel(fiscalYearOf(monthIndex, startMonth), startMonth)}M${fm < 10 ? '0' : ''}${fm}`;
}
