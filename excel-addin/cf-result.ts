/**
 * The bridge between Excel's custom-function wrappers (generated/functions.ts) and the core
 * registry: evaluates through core/functions and maps the result to what Excel expects. Core
 * errors are values ({ error, message }); Excel wants CustomFunctions.Error — thrown for a scalar
 * result, placed as an element inside a spilled array.
 */
import { evaluate, isFnError } from '../core/functions';
import type { FnErrorType } from '../core/functions';
import { langFromLocale } from '../core/i18n';
import type { Lang } from '../core/i18n';

type Scalar = string | number | boolean;

/** Error messages in Excel's UI language (the shared runtime has Office.context). */
function uiLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return langFromLocale(office?.context?.displayLanguage ?? 'en');
}

/**
 * Read lazily: the CustomFunctions global exists only inside Excel's functions runtime. Excel
 * shows a custom message only with #VALUE! and #N/A ("You can only return a custom error message
 * with the #VALUE! and #N/A errors", custom-functions-errors); the other codes go without one.
 */
function cfError(kind: FnErrorType, message: string): CustomFunctions.Error {
  const code = {
    '#DIV/0!': CustomFunctions.ErrorCode.divisionByZero,
    '#VALUE!': CustomFunctions.ErrorCode.invalidValue,
    '#NUM!': CustomFunctions.ErrorCode.invalidNumber,
    '#N/A': CustomFunctions.ErrorCode.notAvailable,
  }[kind];
  if (code === CustomFunctions.ErrorCode.divisionByZero || code === CustomFunctions.ErrorCode.invalidNumber)
    return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code ?? CustomFunctions.ErrorCode.invalidValue, message);
}

function cell(v: unknown): Scalar | CustomFunctions.Error {
  if (isFnError(v)) return cfError(v.error, v.message);
  if (v === null || v === undefined) return '';
  if (typeof v === 'number')
    return Number.isFinite(v) ? v : cfError('#NUM!', 'Result is not a finite number');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** A rectangular matrix (Excel rejects ragged spills); a 1-D array spills down one column. */
function matrix(rows: readonly unknown[]): (Scalar | CustomFunctions.Error)[][] {
  const asRows = rows.map((r) => (Array.isArray(r) ? r : [r]));
  const width = asRows.reduce((m, r) => Math.max(m, r.length), 0);
  if (asRows.length === 0 || width === 0) return [['']];
  return asRows.map((r) => Array.from({ length: width }, (_, c) => cell(c < r.length ? r[c] : null)));
}

/**
 * Evaluates a registry function for Excel: scalar errors throw CustomFunctions.Error, errors inside
 * arrays become error elements, ranges spill, and a missing optional argument is passed as null.
 * @example callRegistry('ATTAINMENT', [120, 100]) // 1.2
 */
export function callRegistry(name: string, args: unknown[]): Scalar | (Scalar | CustomFunctions.Error)[][] {
  const result: unknown = evaluate(
    name,
    args.map((a) => (a === undefined ? null : a)),
    { lang: uiLang() },
  );
  if (Array.isArray(result)) return matrix(result);
  const v = cell(result);
  if (v instanceof CustomFunctions.Error) throw v;
  return v;
}
