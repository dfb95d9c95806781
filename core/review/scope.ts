/** What every section builder shares: the table, the settings, the review and prior fiscal years. */
import { localize, type Lang, type Localize } from '../i18n';
import type { ReviewSettings } from '../settings';
import type { Grid, Table } from '../table';
import { emptySums, monthlySums, type GroupSums } from './sums';
import { chooseReviewYear, type YearChoice } from './year';

export interface Scope {
  table: Table;
  settings: ReviewSettings;
  lang: Lang;
  start: number;
  /** Review fiscal year. */
  year: number;
  /** Why this year: the user's, the latest, or the latest substantial one (a thin later year passed over). */
  yearChoice: YearChoice;
  /** Prior fiscal year when it has data and the settings compare with it, else null. */
  prior: number | null;
  /** Fiscal months 1..12 of the review year that have rows. */
  monthsPresent: boolean[];
  /** Last fiscal month (1..12) of the review year with data; 0 when none. */
  lastMonth: number;
  targetGrid: Grid | null;
  /** The 12 fiscal-month sums of a year (empty sums when the year has no rows). */
  months(year: number): GroupSums[];
  /** Fiscal years with data, ascending. */
  years: number[];
  /** Localized message. */
  L: Localize;
}

/**
 * The fiscal years with data, ascending (one arithmetic pass, no grouping).
 * @example yearsWithData(table, 1) // [2024, 2025]
 */
export function yearsWithData(table: Table, start: number): number[] {
  const off = start >= 1 && start <= 12 ? Math.trunc(start) - 1 : 0;
  const shift = off === 0 ? 0 : 1;
  const set = new Set<number>();
  let last = NaN;
  // inline scan for performance: rows are usually sorted, so the Set is touched once per run of a year
  for (let i = 0; i < table.rowCount; i++) {
    const fy = Math.floor((table.monthIndex[i] - off) / 12) + shift;
    if (fy !== last) {
      set.add(fy);
      last = fy;
    }
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * Builds the scope: review year = settings.year or the latest fiscal year with substantial data.
 * @example makeScope(table, settings, null).year // 2025
 */
export function makeScope(table: Table, settings: ReviewSettings, targetGrid: Grid | null): Scope {
  const start = settings.fiscalStartMonth;
  const monthly = monthlySums(table, start);
  const years = [...monthly.keys()].sort((a, b) => a - b);
  const coverage = years.map((y) => {
    const ms = monthly.get(y) ?? [];
    return { year: y, rows: ms.reduce((a, m) => a + m.rows, 0), months: ms.filter((m) => m.rows > 0).length };
  });
  const yearChoice = chooseReviewYear(coverage, settings.year);
  const year = yearChoice.year;
  const prior = settings.comparePriorYear && monthly.has(year - 1) ? year - 1 : null;
  const empty = Array.from({ length: 12 }, emptySums);
  const months = (y: number): GroupSums[] => monthly.get(y) ?? empty;
  const monthsPresent = months(year).map((m) => m.rows > 0);
  const lastMonth = monthsPresent.lastIndexOf(true) + 1;
  const lang = settings.language;
  return {
    table,
    settings,
    lang,
    start,
    year,
    yearChoice,
    prior,
    monthsPresent,
    lastMonth,
    targetGrid,
    months,
    years,
    L: localize(lang),
  };
}
