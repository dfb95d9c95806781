/**
 * Day-first or month-first is a property of a column: decided once from the evidence of all its
 * year-last cells (a first part above 12 can only be a day, a second part above 12 only a day),
 * then applied to every cell, so 05-02-2010 and 19-02-2010 in one column are read the same way.
 */
import type { Lang } from '../i18n';
import type { DayOrder } from './date';
import { yearLastParts } from './date';
import type { DateOrderReport } from './types';

/** A user's choice of date order: `auto` decides per column from the evidence. */
export type DateOrder = 'auto' | DayOrder;
export const DATE_ORDERS = ['auto', 'ymd', 'mdy', 'dmy'] as const satisfies readonly DateOrder[];

/** Year-last cells of a column that only one order can read, with the first example of each. */
export interface DateOrderVotes {
  /** Distinct texts whose first part is above 12 (day first). */
  dmy: number;
  /** Distinct texts whose second part is above 12 (month first). */
  mdy: number;
  /** Distinct year-last texts both orders read (both parts 12 or below). */
  either: number;
  dmyExample: string | null;
  mdyExample: string | null;
  eitherExample: string | null;
}

/** How a column's date order was decided. */
export interface DateOrderDecision {
  order: DayOrder;
  /**
   * `user`: the settings chose it; `evidence`: a cell only one order can read; `default`: year-last
   * cells but no evidence, so the language default; `none`: no year-last cells (ISO, serials), the
   * order changes nothing.
   */
  basis: 'user' | 'evidence' | 'default' | 'none';
  /** The cell that decided it (evidence) or an ambiguous one (default); null otherwise. */
  example: string | null;
  /** Distinct texts that contradict the order decided (read as bad dates under it). */
  conflicts: number;
}

/**
 * Empty votes, to be filled by addVote.
 * @example emptyVotes().dmy // 0
 */
export function emptyVotes(): DateOrderVotes {
  return { dmy: 0, mdy: 0, either: 0, dmyExample: null, mdyExample: null, eitherExample: null };
}

/**
 * Counts one distinct text's evidence (texts that are not year-last dates count nothing).
 * @example const v = emptyVotes(); addVote(v, '19-02-2010'); v.dmy // 1
 */
export function addVote(votes: DateOrderVotes, text: string): void {
  const p = yearLastParts(text);
  if (!p) return;
  const [a, b] = p;
  if (a > 12 && a <= 31 && b >= 1 && b <= 12) {
    votes.dmy++;
    votes.dmyExample ??= text.trim();
  } else if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
    votes.mdy++;
    votes.mdyExample ??= text.trim();
  } else if (a >= 1 && a <= 12 && b >= 1 && b <= 12) {
    votes.either++;
    votes.eitherExample ??= text.trim();
  }
}

/**
 * The order a sheet in this language most likely uses when its cells give no evidence. Month first
 * in every language: year-last text in Chinese sheets comes from Excel's en-US exports (Chinese
 * locales write the year first), and en-US is what Excel's own CSV export writes.
 * @example defaultDayOrder('en') // 'mdy'
 */
export function defaultDayOrder(lang: Lang): DayOrder {
  const byLang: Record<Lang, DayOrder> = { en: 'mdy', 'zh-CN': 'mdy', 'zh-TW': 'mdy' };
  return byLang[lang];
}

/**
 * Decides a column's order: the user's choice, else the evidence (the majority when cells
 * disagree; the others are then bad dates, never read in a second order), else the default.
 * @example decideDayOrder({ ...emptyVotes(), dmy: 3, dmyExample: '19-02-2010' }, 'auto', 'mdy').order // 'dmy'
 */
export function decideDayOrder(
  votes: DateOrderVotes,
  setting: DateOrder,
  fallback: DayOrder,
): DateOrderDecision {
  if (setting !== 'auto') {
    const conflicts =
      setting === 'ymd' ? votes.dmy + votes.mdy + votes.either : setting === 'dmy' ? votes.mdy : votes.dmy;
    return { order: setting, basis: 'user', example: null, conflicts };
  }
  if (votes.dmy > 0 || votes.mdy > 0) {
    const dmy = votes.dmy > votes.mdy || (votes.dmy === votes.mdy && fallback === 'dmy');
    return dmy
      ? { order: 'dmy', basis: 'evidence', example: votes.dmyExample, conflicts: votes.mdy }
      : { order: 'mdy', basis: 'evidence', example: votes.mdyExample, conflicts: votes.dmy };
  }
  if (votes.either > 0)
    return { order: fallback, basis: 'default', example: votes.eitherExample, conflicts: 0 };
  return { order: fallback, basis: 'none', example: null, conflicts: 0 };
}

/**
 * The report of a date column with no year-last text (every date the SQL engines read is
 * year-first): what ingest reports for such a column.
 * @example dateOrderReport('date', '日期', 'en').basis // 'none'
 */
export function dateOrderReport(role: 'date' | 'period', header: string, lang: Lang): DateOrderReport {
  return { role, header, ...decideDayOrder(emptyVotes(), 'auto', defaultDayOrder(lang)) };
}
