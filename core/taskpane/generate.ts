/**
 * What the wizard says about a run that failed (the run itself is core/host generateReview): a
 * sentence in the UI language with what to do next, from a host error code or a core code.
 */
import { HOST_ERROR_CODES, type HostErrorCode } from '../host';
import { plainMessage, t, type MessageCode } from '../i18n';
import type { Lang } from '../i18n';

/** The wizard's sentence for each host error; each takes the host's own text as {message}. */
const HOST_MESSAGE = {
  SHEET_NOT_FOUND: 'WIZ_HOST_SHEET_NOT_FOUND',
  READ_FAILED: 'WIZ_HOST_READ_FAILED',
  WRITE_FAILED: 'WIZ_HOST_WRITE_FAILED',
  TOO_LARGE: 'WIZ_HOST_TOO_LARGE',
  HOST_TOO_OLD: 'WIZ_HOST_TOO_OLD',
  BUSY: 'WIZ_HOST_BUSY',
  OUT_OF_TIME: 'WIZ_HOST_OUT_OF_TIME',
  CANCELLED: 'WIZ_CANCELLED',
} as const satisfies Record<HostErrorCode, MessageCode>;

/**
 * The catalogue code of a host error's message.
 * @example hostMessageCode('HOST_TOO_OLD') // 'WIZ_HOST_TOO_OLD'
 */
export function hostMessageCode(code: HostErrorCode): (typeof HOST_MESSAGE)[HostErrorCode] {
  return HOST_MESSAGE[code];
}

/**
 * A failure in the user's language with what to do next, from a host error code or a core code.
 * @example failureMessage('WRITE_FAILED', 'locked', 'en') // 'The review tabs could not be written (locked); …'
 */
export function failureMessage(code: string, detail: string, lang: Lang): string {
  if (code === 'UNEXPECTED') return t('WIZ_ERR_UNEXPECTED', lang, { message: detail });
  if ((HOST_ERROR_CODES as readonly string[]).includes(code)) {
    return t(hostMessageCode(code as HostErrorCode), lang, { message: detail });
  }
  // A core message with parameters we do not have: the core's own (localized) text is better.
  const text = plainMessage(code, lang);
  if (text !== null) return text;
  return detail || t('WIZ_ERR_UNEXPECTED', lang, { message: code });
}
