/** What every section builder shares: the table, the settings, the review and prior fiscal years. */
import { fiscalMonthOf, fiscalYearOf } from '../periods';
import type { Lang } from '../i18n/lang';
import { t, type MessageParams } from '../i18n/messages';
import type { ReviewSettings } from '../settings/schema';
import type { Grid, Table } from '../table/types';

export interface Scope {
  table: Table;
  settings: ReviewSettings;
  lang: Lang;
  start: number;
  /** Review fiscal year. */
  year: number;
  /** Prior fiscal year when it has data and the settings compare with it, else null. */
  prior: number | null;
  /** Fiscal months 1..12 of the review year that have rows. */
  monthsPresent: boolean[];
  /** Last fiscal month (1..12) of the review year with data; 0 when none. */
  lastMonth: number;
  targetGrid: Grid | null;
  /** Localized message. */
  L(code: string, params?: MessageParams): string;
}

/**
 * The fiscal years with data, ascending.
 * @example yearsWithData(table, 1) // [2024, 2025]
 */
export function yearsWithData(table: Table, start: number): number[] {
  const set = new Set<number>();
  for (let i = 0; i < table.rowCount; i++) set.add(fiscalYearOf(table.monthIndex[i], start));
  return [...set].sort((a, b) => a - b);
}

/**
 * Builds the scope: review year = settings.year or the latest fiscal year with data.
 * @example makeScope(table, settings, null).year // 2025
 */
export function makeScope(table: Table, settings: ReviewSettings, targetGrid: Grid | null): Scope {
  const start = settings.fiscalStartMonth;
  const years = yearsWithData(table, start);
  const year = settings.year ?? (years.length ? years[years.length - 1] : new Date(0).getUTCFullYear());
  const prior = settings.comparePriorYear && years.includes(year - 1) ? year - 1 : null;
  const monthsPresent = new Array<boolean>(12).fill(false);
  for (let i = 0; i < table.rowCount; i++) {
    const m = table.monthIndex[i];
    if (fiscalYearOf(m, start) === year) monthsPresent[fiscalMonthOf(m, start) - 1] = true;
  }
  const lastMonth = monthsPresent.lastIndexOf(true) + 1;
  const lang = settings.language;
  return {
    table,
    settings,
    lang,
    start,
    year,
    prior,
    monthsPresent,
    lastMonth,
    targetGrid,
    L: (code, params) => t(code, lang, params),
  };
}
