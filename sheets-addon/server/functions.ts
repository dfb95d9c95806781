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
    { lang },
  );
  if (Array.isArray(result)) return result.map((row) => row.map(cellOut));
  if (isFnError(result)) throw new Error(result.message);
  return cellOut(result);
}
