import type { HostErrorCode } from '../core/host';

/**
 * A failure of a host operation that returns a promise of data (readGrid): the code lets the
 * wizard show a localized message; the message carries the technical detail.
 * @example throw new HostError('CANCELLED', 'Read cancelled after 20000 rows');
 */
export class HostError extends Error {
  readonly code: HostErrorCode;
  /** What a localized message needs (TOO_LARGE: sheet, address, cells, limit). */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: HostErrorCode, message: string, params: Readonly<Record<string, string | number>> = {}) {
    super(message);
    this.name = 'HostError';
    this.code = code;
    this.params = params;
  }
}

/**
 * The message of anything thrown (Office.js throws OfficeExtension.Error objects with `message`).
 * @example errorText(new Error('x')) // 'x'
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}
