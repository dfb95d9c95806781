/**
 * Parameters every whole-table formula shares (data, year, dimension, value, period, mapping) and
 * the steps that open them: the range through the table cache, the year through the review.
 */
import type { ReviewSections } from '../review';
import { rangeParam, scalarNumber, textParam, tx } from './params';
import { loadSalesTable, type SalesTable } from './sales-table';
import {
  isFnError,
  type FnContext,
  type FnError,
  type FnValue,
  type Matrix,
  type ParamDef,
  type WholeArg,
} from './types';

export const DATA: ParamDef = {
  ...rangeParam(
    'data',
    tx(
      "The sales range with its header row; whole columns work (A:I, 'Sales'!A:I).",
      "含表头的销售明细区域，可整列引用（A:I、'销售明细'!A:I）。",
      "含表頭的銷售明細範圍，可整欄參照（A:I、'銷售明細'!A:I）。",
    ),
  ),
  cell: 'any',
};

export const YEAR: ParamDef = scalarNumber(
  'year',
  tx(
    'Fiscal year, e.g. 2025; blank = the latest year with data.',
    '财年，如 2025；留空为有数据的最近一年。',
    '財年，如 2025；留空為有資料的最近一年。',
  ),
  { optional: true },
);

export const DIMENSION: ParamDef = textParam(
  'dimension',
  tx(
    'region, product, channel, salesperson, customer or a column header.',
    '维度：region、product、channel、salesperson、customer 或列标题（如 区域）。',
    '維度：region、product、channel、salesperson、customer 或欄標題（如 區域）。',
  ),
);

export const OPTIONAL_DIMENSION: ParamDef = { ...DIMENSION, optional: true, default: '' };

export const VALUE: ParamDef = {
  ...textParam(
    'value',
    tx(
      'The segment, e.g. East; give it with dimension.',
      '维度取值，如 华东；与 dimension 同用。',
      '維度取值，如 華東；與 dimension 同用。',
    ),
    { optional: true, default: '' },
  ),
  cell: 'any',
};

export const PERIOD: ParamDef = {
  ...textParam(
    'period',
    tx(
      'Q1–Q4, H1, H2 or a month 1–12; blank = the whole year.',
      'Q1–Q4、H1、H2 或月份 1–12；留空为全年。',
      'Q1–Q4、H1、H2 或月份 1–12；留空為全年。',
    ),
    { optional: true, default: '' },
  ),
  cell: 'any',
};

export const MAPPING: ParamDef = {
  ...rangeParam(
    'mapping',
    tx(
      'Hints for detection, e.g. "amount=Sales Amount; unit=万; fiscal_start=4".',
      '识别提示，如“amount=销售额(万元); unit=万; fiscal_start=4”。',
      '識別提示，如「amount=銷售額(萬元); unit=萬; fiscal_start=4」。',
    ),
    { optional: true },
  ),
  cell: 'text',
};

/**
 * The ingested table of a data argument (cached by content) with its mapping argument.
 * @example openTable(grid, undefined, ctx).table.rowCount
 */
export function openTable(
  data: WholeArg,
  mapping: WholeArg | undefined,
  ctx: FnContext,
): SalesTable | FnError {
  return loadSalesTable(data as Matrix, mapping as Matrix | undefined, ctx);
}

/**
 * The review sections of a year argument (undefined = the review's own choice of year).
 * @example openReview(st, 2025, ctx).scope.year // 2025
 */
export function openReview(
  st: SalesTable,
  year: WholeArg | undefined,
  ctx: FnContext,
): ReviewSections | FnError {
  if (year === undefined) return st.review(null);
  const y = year as number;
  if (!Number.isInteger(y) || y < 1900 || y > 2200)
    return ctx.error('#VALUE!', 'FN_TABLE_BAD_YEAR', { value: String(year) });
  return st.review(y);
}

/**
 * A table and the review of a year in one step.
 * @example openYear(grid, 2025, undefined, ctx)
 */
export function openYear(
  data: WholeArg,
  year: WholeArg | undefined,
  mapping: WholeArg | undefined,
  ctx: FnContext,
): { st: SalesTable; s: ReviewSections } | FnError {
  const st = openTable(data, mapping, ctx);
  if (isFnError(st)) return st;
  const s = openReview(st, year, ctx);
  return isFnError(s) ? s : { st, s };
}

/**
 * A figure as a result cell: unknown (null) is blank.
 * @example cellOf(null) // ''
 */
export function cellOf(v: number | string | null | undefined): FnValue {
  return v === null || v === undefined ? '' : v;
}

/**
 * A whole number argument within bounds, or the error naming them.
 * @example countArg(10, 'n', 1, 1000, ctx) // 10
 */
export function countArg(
  v: WholeArg,
  param: string,
  min: number,
  max: number,
  ctx: FnContext,
): number | FnError {
  const n = v as number;
  if (!Number.isInteger(n) || n < min || n > max)
    return ctx.error('#VALUE!', 'FN_TABLE_BAD_COUNT', { param, min, max });
  return n;
}
