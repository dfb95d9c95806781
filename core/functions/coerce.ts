/** Argument coercion shared by every function: host cells → numbers, text, matrices. */
import { parseAmount } from '../table';
import { isFnError, type FnContext, type FnError, type Matrix } from './types';

/** Blank as hosts pass it: Excel null, Sheets '', missing. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * A cell a whole-range function passes over: blank, or a boolean (SUM ignores TRUE/FALSE in a
 * range, as Excel and Sheets both do; a boolean typed straight into a number argument is still
 * an error).
 * @example skippedInRange(true) // true
 */
export function skippedInRange(v: unknown): boolean {
  return typeof v === 'boolean' || isBlank(v);
}

/**
 * A host argument as a 2-D block (a scalar becomes 1×1).
 * @example asMatrix(5) // [[5]]
 */
export function asMatrix(v: unknown): Matrix {
  if (Array.isArray(v)) {
    if (v.length === 0) return [[]];
    return v.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  }
  return [[v]];
}

/** A single value from an argument: scalars as they are, a 1×1 range unwrapped, else undefined. */
export function asScalar(v: unknown): { ok: true; value: unknown } | { ok: false } {
  if (!Array.isArray(v)) return { ok: true, value: v };
  const m = asMatrix(v);
  if (m.length === 1 && m[0].length === 1) return { ok: true, value: m[0][0] };
  return { ok: false };
}

/**
 * One cell as a number: finite numbers, and text amounts through the ingest parser ("12.5万", "(1,200)").
 * @example cellNumber('12.5万', 'actual', ctx) // 125000
 */
export function cellNumber(v: unknown, param: string, ctx: FnContext): number | FnError {
  if (isFnError(v)) return v;
  if (isBlank(v)) return ctx.error('#N/A', 'FN_BLANK', { param });
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : ctx.error('#NUM!', 'FN_NOT_A_NUMBER', { param, value: String(v) });
  }
  if (typeof v === 'string') {
    const n = parseAmount(v);
    return typeof n === 'number' ? n : ctx.error('#VALUE!', 'FN_NOT_A_NUMBER', { param, value: v });
  }
  return ctx.error('#VALUE!', 'FN_NOT_A_NUMBER', { param, value: String(v) });
}

/** One cell as text (numbers are written as they read). */
export function cellText(v: unknown, param: string, ctx: FnContext): string | FnError {
  if (isFnError(v)) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (isBlank(v)) return '';
  return ctx.error('#VALUE!', 'FN_NOT_TEXT', { param });
}

/** The cells of a block, row by row. */
export function cells(m: Matrix): unknown[] {
  const out: unknown[] = [];
  for (const row of m) for (const v of row) out.push(v);
  return out;
}

/**
 * Numbers of a block for whole-range functions: blanks and booleans skipped (as SUM does), anything
 * else must be a number.
 * Returns the numbers with their flat positions, or the first bad cell's error.
 */
export function rangeNumbers(
  m: Matrix,
  param: string,
  ctx: FnContext,
): { values: number[]; at: number[] } | FnError {
  const values: number[] = [];
  const at: number[] = [];
  const flat = cells(m);
  for (let i = 0; i < flat.length; i++) {
    if (skippedInRange(flat[i])) continue;
    const n = cellNumber(flat[i], param, ctx);
    if (typeof n !== 'number') return n;
    values.push(n);
    at.push(i);
  }
  return { values, at };
}
