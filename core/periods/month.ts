/** Month indexes: one integer per calendar month, year * 12 + (month − 1), so months subtract. */

/**
 * Month index of a calendar year and month 1..12.
 * @example monthIndex(2025, 3) // 24302
 */
export function monthIndex(year: number, month1to12: number): number {
  return year * 12 + (month1to12 - 1);
}

/**
 * Calendar year of a month index.
 * @example yearOf(monthIndex(2025, 3)) // 2025
 */
export function yearOf(monthIndex: number): number {
  return Math.floor(monthIndex / 12);
}

/**
 * Calendar month 1..12 of a month index.
 * @example monthOf(monthIndex(2025, 3)) // 3
 */
export function monthOf(monthIndex: number): number {
  const m = monthIndex % 12;
  return (m < 0 ? m + 12 : m) + 1;
}

/**
 * "YYYY-MM" label of a month index.
 * @example monthLabel(monthIndex(2025, 3)) // "2025-03"
 */
export function monthLabel(monthIndex: number): string {
  const m = monthOf(monthIndex);
  return `${yearOf(monthIndex)}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * Month index of a JS Date. By default the Date's local calendar fields are read (what Apps Script
 * and browsers hand over for a cell); pass `utc = true` for dates built as UTC midnight (ExcelJS).
 * @example dateToMonthIndex(new Date(2025, 2, 5)) // monthIndex(2025, 3)
 */
export function dateToMonthIndex(d: Date, utc = false): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return utc ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getFullYear() * 12 + d.getMonth();
}
