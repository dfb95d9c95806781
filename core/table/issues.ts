/** Row issues with their localized messages. */
import {
  CATALOGUE,
  fillParams,
  type CoreCatalogue,
  type Lang,
  type MessageCode,
  type ParamsOf,
} from '../i18n';
import type { RowIssue, RowIssueCode } from './types';

/** The catalogue entry of each row issue. */
const ROW_MESSAGE = {
  BLANK_ROW: 'ROW_BLANK_ROW',
  REPEATED_HEADER: 'ROW_REPEATED_HEADER',
  SUBTOTAL_ROW: 'ROW_SUBTOTAL_ROW',
  NO_AMOUNT: 'ROW_NO_AMOUNT',
  BAD_AMOUNT: 'ROW_BAD_AMOUNT',
  NO_DATE: 'ROW_NO_DATE',
  BAD_DATE: 'ROW_BAD_DATE',
  MISSING_RATE: 'ROW_MISSING_RATE',
  DUPLICATE_ROW: 'ROW_DUPLICATE_ROW',
  REFUND_ROW: 'ROW_REFUND_ROW',
  EXCLUDED_STATUS: 'ROW_EXCLUDED_STATUS',
} as const satisfies Record<RowIssueCode, MessageCode>;

/** What a row issue's message needs besides the row and the amount. */
type Extra<C extends RowIssueCode> = Omit<ParamsOf<CoreCatalogue, (typeof ROW_MESSAGE)[C]>, 'row' | 'amount'>;

/**
 * A row issue, message from the ROW_<code> catalogue entry.
 * @example rowIssue('NO_DATE', 12, 500, 'en').message // 'Row 12: the date is blank.'
 */
export function rowIssue<C extends RowIssueCode>(
  code: C,
  row: number,
  amount: number,
  lang: Lang,
  ...[extra]: keyof Extra<C> extends never ? [] : [extra: Extra<C>]
): RowIssue {
  const params = { ...(extra as object), row, amount: Math.round(amount * 100) / 100 };
  const issue: RowIssue = {
    row,
    code,
    message: fillParams(CATALOGUE[ROW_MESSAGE[code]][lang], params),
    amount,
  };
  const raw = (extra as { raw?: string } | undefined)?.raw;
  if (raw !== undefined) issue.raw = raw;
  const first = (extra as { first?: number } | undefined)?.first;
  if (first !== undefined) issue.first = first;
  return issue;
}
