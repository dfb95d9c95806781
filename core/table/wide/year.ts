/**
 * The year of each period column of a wide sheet: stated in the header (2025年1月, 2025Q1) or the
 * block title above it (2024 | 2025), else taken from the title rows, the sheet name or the user,
 * in that order. Never guessed: with none of them the caller asks the user (NO_YEAR).
 */
import type { Grid } from '../types';
import type { WideLayout } from './layout';
import { yearInText, type YearRef } from './period-header';

/** Where the sheet's year was found. */
export type WideYearSource = 'header' | 'title' | 'sheetName' | 'user';

/** Each period column's year and month index (year*12 + month-1 of its first month). */
export interface ResolvedYears {
  /** Per period column (same order as layout.periods): calendar year. */
  years: number[];
  source: WideYearSource;
  /** The title cell or the sheet name the year was read from. */
  from: string | null;
}

/** Where the base year (for periods that state none, and 上年/本年) comes from. */
function baseYear(
  grid: Grid,
  layout: WideLayout,
  sheetName: string | undefined,
  userYear: number | null | undefined,
): { year: number; source: WideYearSource; from: string | null } | null {
  for (let r = 0; r < layout.headerRow; r++)
    for (const v of grid[r] ?? []) {
      const y = yearInText(v);
      if (y !== null) return { year: y, source: 'title', from: String(v) };
    }
  const y = sheetName ? yearInText(sheetName) : null;
  if (y !== null) return { year: y, source: 'sheetName', from: sheetName ?? null };
  if (userYear !== null && userYear !== undefined) return { year: userYear, source: 'user', from: null };
  return null;
}

/**
 * The year of every period column, or null when some period needs a year nobody states.
 * @example resolveYears(grid, layout, '2025', null)?.years // [2025, 2025, …]
 */
export function resolveYears(
  grid: Grid,
  layout: WideLayout,
  sheetName: string | undefined,
  userYear: number | null | undefined,
): ResolvedYears | null {
  const refs: YearRef[] = layout.periods.map((p) => p.head.year ?? p.block);
  // 2025年1月, 2月, 3月: a year stated once carries right, a step back in the months is the next year
  const years: (number | null)[] = [];
  let carried: number | null = null;
  let prevIndex = 0;
  let stated = false;
  refs.forEach((ref, i) => {
    const idx = layout.periods[i].head.index;
    if (ref?.kind === 'stated') {
      carried = ref.year;
      stated = true;
      years.push(ref.year);
    } else if (ref === null && carried !== null) {
      if (idx <= prevIndex) carried++;
      years.push(carried);
    } else years.push(null);
    prevIndex = idx;
  });
  const needBase = years.some((y) => y === null);
  if (!needBase) return { years: years as number[], source: 'header', from: null };
  const base = baseYear(grid, layout, sheetName, userYear);
  if (!base) return null;
  const out = years.map((y, i) => {
    if (y !== null) return y;
    const ref = refs[i];
    return ref?.kind === 'relative' ? base.year + ref.offset : base.year;
  });
  return { years: out, source: stated ? 'header' : base.source, from: base.from };
}
