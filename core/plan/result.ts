/**
 * Typed results of the plan functions (zod-style: `safeX` returns a result, `x` returns the value
 * and throws a PlanError on input it documents as invalid). Codes double as i18n catalogue keys
 * (core/i18n/messages-functions.ts).
 */

/** Why a split, cascade or seasonal profile could not be computed. */
export type PlanErrorCode =
  | 'PLAN_EMPTY_WEIGHTS'
  | 'PLAN_NEGATIVE_WEIGHT'
  | 'PLAN_NON_FINITE'
  | 'PLAN_ZERO_WEIGHTS'
  | 'PLAN_BAD_UNIT'
  | 'PLAN_TOO_MANY_UNITS'
  | 'PLAN_EMPTY_HISTORY'
  | 'PLAN_RAGGED_HISTORY'
  | 'PLAN_NEGATIVE_HISTORY'
  | 'PLAN_ZERO_HISTORY';

/** A plan computation's outcome; `index` points at the offending weight (or history year) when there is one. */
export type PlanResult<T> = { ok: true; value: T } | { ok: false; code: PlanErrorCode; index?: number };

/** Thrown by the non-safe plan functions on invalid input (API misuse); carries the same code. */
export class PlanError extends Error {
  readonly code: PlanErrorCode;
  readonly index?: number;

  constructor(code: PlanErrorCode, index?: number) {
    super(index === undefined ? code : `${code} at ${index}`);
    this.name = 'PlanError';
    this.code = code;
    this.index = index;
  }
}

/**
 * Returns the value of an ok result or throws its PlanError.
 * @example unwrap({ ok: true, value: 3 }) // 3
 */
export function unwrap<T>(result: PlanResult<T>): T {
  if (result.ok) return result.value;
  throw new PlanError(result.code, result.index);
}

/** Builds a failed result. */
export function fail<T>(code: PlanErrorCode, index?: number): PlanResult<T> {
  return index === undefined ? { ok: false, code } : { ok: false, code, index };
}
