/** What every section builder shares: the aggregates, the settings, the review and prior fiscal years. */
import type { Aggregates } from '../aggregates';
import { localize, type Lang, type Localize } from '../i18n';
import type { ReviewSettings } from '../settings';
import type { Grid } from '../table';
import { emptySums, monthlySums, type GroupSums } from './sums';
import { chooseReviewYear, type YearChoice } from './year';

export interface Scope {
  /** The grouped sums the review reads (core/aggregates): never rows. */
  agg: Aggregates;
  settings: ReviewSettings;
  lang: Lang;
  start: number;
  /** Review fiscal year. */
  year: number;
  /** Why this year: the user's, the latest, or the latest substantial one (a thin later year passed over). */
  yearChoice: YearChoice;
  /**
   * The data holds one amount per year (whole-year columns of a wide sheet): a year with rows is a
   * whole year, compared as one; it has no quarters or months to show.
   */
  annual: boolean;
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
 * The fiscal years with data, ascending.
 * @example yearsWithData(agg) // [2024, 2025]
 */
export function yearsWithData(agg: Aggregates): number[] {
  return [...new Set(agg.periods.map((p) => p.fiscalYear))].sort((a, b) => a - b);
}

/**
 * Builds the scope: review year = settings.year or the latest fiscal year with substantial data.
 * `annual`: the amounts are whole years (each dated in one month of its year), not monthly sales.
 * @example makeScope(agg, settings, null).year // 2025
 */
export function makeScope(
  agg: Aggregates,
  settings: ReviewSettings,
  targetGrid: Grid | null,
  annual = false,
): Scope {
  const start = agg.spec.startMonth;
  const monthly = monthlySums(agg);
  const years = [...monthly.keys()].sort((a, b) => a - b);
  const coverage = years.map((y) => {
    const ms = monthly.get(y) ?? [];
    const rows = ms.reduce((a, m) => a + m.rows, 0);
    // a whole year's amount covers its twelve months
    return { year: y, rows, months: annual && rows > 0 ? 12 : ms.filter((m) => m.rows > 0).length };
  });
  const yearChoice = chooseReviewYear(coverage, settings.year);
  const year = yearChoice.year;
  const prior = settings.comparePriorYear && monthly.has(year - 1) ? year - 1 : null;
  const empty = Array.from({ length: 12 }, emptySums);
  const months = (y: number): GroupSums[] => monthly.get(y) ?? empty;
  const withRows = months(year).some((m) => m.rows > 0);
  const monthsPresent = months(year).map((m) => (annual ? withRows : m.rows > 0));
  const lastMonth = monthsPresent.lastIndexOf(true) + 1;
  const lang = settings.language;
  return {
    agg,
    settings,
    lang,
    start,
    year,
    yearChoice,
    annual,
    prior,
    monthsPresent,
    lastMonth,
    targetGrid,
    months,
    years,
    L: localize(lang),
  };
}
