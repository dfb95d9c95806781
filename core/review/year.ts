/**
 * The default review year: the latest year with substantial data. A year-end review is of a year a
 * reviewer would call complete enough: a few months (or a handful of late rows) at the end of the
 * data are not a year to review when a fuller year precedes them.
 */

/** How much data one (fiscal) year has. */
export interface YearCoverage {
  year: number;
  rows: number;
  /** Months with at least one row (1..12). */
  months: number;
}

/** Which year is reviewed and why. */
export interface YearChoice {
  year: number;
  /** settings: the user chose it; latest: the latest year with data; substantial: a later, thinner year was passed over. */
  basis: 'settings' | 'latest' | 'substantial';
  /** The later year passed over (its rows and months), when basis is 'substantial'. */
  passedOver: YearCoverage | null;
}

/** A year with at least this many months of data is substantial on its own … */
export const SUBSTANTIAL_MONTHS = 6;
/** … else with at least this share of the year before's rows. */
export const SUBSTANTIAL_SHARE = 0.5;

/**
 * The review year: the user's, else the latest year with substantial data (≥ 6 months, or at least
 * half the rows of the year before it); the first year when none is.
 * @example chooseReviewYear([{ year: 2004, rows: 927, months: 12 }, { year: 2005, rows: 338, months: 5 }], null).year // 2004
 */
export function chooseReviewYear(years: readonly YearCoverage[], setting: number | null): YearChoice {
  if (setting !== null) return { year: setting, basis: 'settings', passedOver: null };
  const sorted = [...years].sort((a, b) => a.year - b.year);
  if (sorted.length === 0) return { year: new Date(0).getUTCFullYear(), basis: 'latest', passedOver: null };
  let passedOver: YearCoverage | null = null;
  for (let i = sorted.length - 1; i > 0; i--) {
    const y = sorted[i];
    const before = sorted[i - 1];
    if (y.months >= SUBSTANTIAL_MONTHS || y.rows >= before.rows * SUBSTANTIAL_SHARE)
      return passedOver
        ? { year: y.year, basis: 'substantial', passedOver }
        : { year: y.year, basis: 'latest', passedOver: null };
    passedOver ??= y;
  }
  const first = sorted[0];
  return passedOver
    ? { year: first.year, basis: 'substantial', passedOver }
    : { year: first.year, basis: 'latest', passedOver: null };
}
