/**
 * The custom functions' single entry: SALES_NAME(a, b) wrappers call `sheetsCall('NAME', [a, b])`.
 * Arguments arrive as Sheets passes them (scalars, or 2-D arrays for ranges; Dates for date cells;
 * "" for blanks; undefined for omitted arguments); results go back as Sheets wants them.
 */
import { evaluate, isFnError, type FnResult, type FnValue } from '../../core/functions';
import type { Lang } from '../../core/i18n';
import { isDate, type DateToSerial } from './cells';

function toCore(v: unknown, toSerial: () => DateToSerial): unknown {
  if (Array.isArray(v)) return v.map((x) => toCore(x, toSerial));
  if (isDate(v)) return toSerial()(v);
  return v;
}

/**
 * The largest `data` range (rows used × columns) a whole-table formula takes in Sheets. Google
 * stops a custom-function call after 30 seconds
 * (https://developers.google.com/apps-script/guides/services/quotas, "Custom function runtime");
 * by docs/formulas.md's measurements a call costs about 0.01 ms a cell handed over plus 5 × the
 * 16–19 µs a row the Node vm measures, so 1,500,000 cells (150,000 rows × 10 columns) take about
 * 18 s and leave room for a slow day. Past it the call answers at once with a sentence saying
 * what to do instead, rather than Google's time-out after 30 s.
 */
export const SHEETS_MAX_TABLE_CELLS = 1_500_000;

function cellOut(v: FnValue): number | string | boolean {
  if (isFnError(v)) return v.error;
  if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
  return v;
}

/**
 * Evaluates a registry function for Sheets: a scalar error becomes a thrown Error (Sheets shows
 * #ERROR! with the message in the cell's tooltip); errors inside arrays become their error text.
 * `dates` is only called when a Date is passed (it costs a spreadsheet lookup of the time zone).
 * @example sheetsCall('ATTAINMENT', [120, 100], dates, 'en') // 1.2
 */
export function sheetsCall(
  name: string,
  args: readonly unknown[],
  dates: () => DateToSerial,
  lang: Lang = 'en',
): unknown {
  let serial: DateToSerial | null = null;
  const toSerial = (): DateToSerial => (serial ??= dates());
  const result: FnResult = evaluate(
    name,
    args.map((a) => toCore(a, toSerial)),
    { lang, host: 'sheets', maxTableCells: SHEETS_MAX_TABLE_CELLS },
  );
  if (Array.isArray(result)) return result.map((row) => row.map(cellOut));
  if (isFnError(result)) throw new Error(result.message);
  return cellOut(result);
}
