/**
 * The data set of a workbook: the grid to review and, when it spans several sheets, how they were
 * combined — one call for every host (the CLI with every sheet in memory, generateReview with the
 * sheets it read through the Host port).
 */
import type { Lang } from '../../i18n';
import type { Grid, Role } from '../types';
import { combineSheets } from './combine';
import { planSplit } from './plan';
import type { CombinedSheets, HiddenCopies, SplitPlan, WorkbookSheet } from './types';

export interface DataSetOptions {
  /** The sheet chosen (saved, active or asked for); null = the one that looks most like sales rows. */
  sheet?: string | null;
  /** settings.sheets: null = the sheet and those with the same header, 'all', or exactly these. */
  sheets?: readonly string[] | 'all' | null;
  /** Sheets that are never data (the targets sheet, the review's own tabs). */
  ignore?: readonly string[];
  lang?: Lang;
  year?: number | null;
  fiscalStartMonth?: number;
  overrides?: Partial<Record<Role, string | null>>;
}

export type DataSet =
  | {
      ok: true;
      /** The grid to review (a single sheet's own grid, or the stacked one). */
      grid: Grid;
      /** The sheet's name, or "a + b + c". */
      sheet: string;
      /** How the sheets were stacked (null for one sheet). */
      split: CombinedSheets | null;
      /** One sheet read while hidden sheets with its header were left out (null otherwise). */
      hiddenCopies: HiddenCopies | null;
      plan: SplitPlan;
    }
  | {
      ok: false;
      code: 'SPLIT_HEADER_DIFFERS' | 'SPLIT_NO_YEAR' | 'SHEET_NOT_FOUND';
      message: string;
      params: Record<string, string>;
    };

/**
 * The grid to review from a workbook's sheets, combined when one order list spans several.
 * @example dataSetOf(sheets, { lang: 'en' }) // { ok: true, sheet: 'Sheet1 + Sheet2', … }
 */
export function dataSetOf(sheets: readonly WorkbookSheet[], o: DataSetOptions = {}): DataSet {
  const choose = o.sheets ?? null;
  const planned = planSplit(sheets, { choose, primary: o.sheet ?? null, ignore: o.ignore, lang: o.lang });
  if (!planned.ok) return planned;
  const plan = planned.plan;
  if (plan.used.length === 0) {
    const name = o.sheet ?? '';
    return { ok: false, code: 'SHEET_NOT_FOUND', message: name, params: { sheet: name, sheets: '' } };
  }
  if (plan.used.length === 1) {
    const only = sheets.find((s) => s.name === plan.used[0].name)!;
    const hidden = plan.leftOut.filter((l) => l.reason === 'hidden').map((l) => l.name);
    const hiddenCopies = hidden.length > 0 ? { sheet: only.name, hidden } : null;
    return { ok: true, grid: only.grid, sheet: only.name, split: null, hiddenCopies, plan };
  }
  const c = combineSheets(sheets, plan, {
    lang: o.lang,
    year: o.year,
    fiscalStartMonth: o.fiscalStartMonth,
    overrides: o.overrides,
  });
  if (!c.ok) return c;
  return {
    ok: true,
    grid: c.combined.grid,
    sheet: c.combined.label,
    split: c.combined,
    hiddenCopies: null,
    plan,
  };
}
