/**
 * The one error a host operation throws (a read that cannot finish) or reports (a write result):
 * a code the UIs turn into a sentence in the user's language, the host's own detail, and what the
 * sentence needs (TOO_LARGE: sheet, address, cells, limit).
 */
import type { HostErrorCode } from './port';

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  /** @example throw new HostError('CANCELLED', 'Read cancelled after 20000 rows'); */
  constructor(code: HostErrorCode, message: string, params: Readonly<Record<string, string | number>> = {}) {
    super(message);
    this.name = 'HostError';
    this.code = code;
    this.params = params;
  }
}

/** Every host error code (the wizard and the one-click runs map each to a sentence). */
export const HOST_ERROR_CODES: readonly HostErrorCode[] = [
  'SHEET_NOT_FOUND',
  'READ_FAILED',
  'WRITE_FAILED',
  'TOO_LARGE',
  'CANCELLED',
  'HOST_TOO_OLD',
  'BUSY',
  'OUT_OF_TIME',
];

/**
 * The message of anything thrown (the Office JavaScript API throws OfficeExtension.Error objects with `message`).
 * @example errorText(new Error('x')) // 'x'
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

/**
 * A thrown value as a host error: its own code when it carries a known one (a HostError from
 * another realm — the sidebar, a vm — included), else `fallback`.
 * @example asHostError(new Error('x'), 'READ_FAILED').code // 'READ_FAILED'
 */
export function asHostError(e: unknown, fallback: HostErrorCode): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const params = typeof e === 'object' && e !== null ? (e as { params?: unknown }).params : undefined;
  const known = typeof code === 'string' && (HOST_ERROR_CODES as readonly string[]).includes(code);
  return new HostError(
    known ? (code as HostErrorCode) : fallback,
    errorText(e),
    typeof params === 'object' && params !== null ? (params as Record<string, string | number>) : {},
  );
}
