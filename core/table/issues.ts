/** Row issues with their localized messages. */
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { RowIssue, RowIssueCode } from './types';

/**
 * A row issue, message from the ROW_<code> catalogue entry.
 * @example rowIssue('NO_DATE', 12, 500, 'en').message // 'Row 12: the date is blank.'
 */
export function rowIssue(
  code: RowIssueCode,
  row: number,
  amount: number,
  lang: Lang,
  extra: { raw?: string; first?: number; currency?: string } = {},
): RowIssue {
  const params: Record<string, string | number> = { row, amount: Math.round(amount * 100) / 100 };
  if (extra.raw !== undefined) params.raw = extra.raw;
  if (extra.first !== undefined) params.first = extra.first;
  if (extra.currency !== undefined) params.currency = extra.currency;
  const issue: RowIssue = { row, code, message: t(`ROW_${code}`, lang, params), amount };
  if (extra.raw !== undefined) issue.raw = extra.raw;
  return issue;
}
