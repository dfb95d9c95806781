/**
 * When no row survives, one sentence with the main reason, an example value and what fixes it (the
 * command-line option and the wizard control), instead of "no data rows under the header".
 */
import { t, type Lang, type MessageCode, type ParamsOf, type CoreCatalogue } from '../i18n';
import type { ColumnMapping, DateOrderReport, RowIssue, RowIssueCode } from './types';
import type { DayOrder } from './date';
import { yearLastParts } from './date';
import { roleLabel } from './role-labels';

/** Reasons that say something about the data, and how each is said (blank rows never stop a review alone). */
const REASON = {
  BAD_DATE: 'SKIP_REASON_BAD_DATE',
  NO_DATE: 'SKIP_REASON_NO_DATE',
  BAD_AMOUNT: 'SKIP_REASON_BAD_AMOUNT',
  NO_AMOUNT: 'SKIP_REASON_NO_AMOUNT',
  EXCLUDED_STATUS: 'SKIP_REASON_EXCLUDED_STATUS',
  SUBTOTAL_ROW: 'SKIP_REASON_SUBTOTAL_ROW',
} as const satisfies Partial<Record<RowIssueCode, MessageCode>>;
type DataReason = keyof typeof REASON;

/** Each day order's name. */
export const DATE_ORDER_LABEL = {
  ymd: 'DATE_ORDER_ymd',
  mdy: 'DATE_ORDER_mdy',
  dmy: 'DATE_ORDER_dmy',
} as const satisfies Record<DayOrder, MessageCode>;

const isDataReason = (code: RowIssueCode): code is DataReason => code in REASON;

/** The parameters of ALL_ROWS_SKIPPED, plus the main reason's code, its example and the option. */
export type AllSkipped = ParamsOf<CoreCatalogue, 'ALL_ROWS_SKIPPED'> & {
  code: DataReason;
  example: string;
  option: string;
};

/**
 * Why every row was skipped, or null when no data row was read at all (then the header has no rows
 * under it: NO_DATA_ROWS).
 * @example allSkipped(skipped, mapping, [], 'en')?.option // '--date-order dmy'
 */
export function allSkipped(
  skipped: readonly RowIssue[],
  mapping: ColumnMapping,
  dateOrders: readonly DateOrderReport[],
  lang: Lang,
): AllSkipped | null {
  const counts = new Map<DataReason, number>();
  let rows = 0;
  for (const s of skipped) {
    if (!isDataReason(s.code)) continue;
    rows++;
    counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  }
  if (rows === 0) return null;
  const code = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const example = skipped.find((s) => s.code === code)?.raw ?? '';
  const dateRole = mapping.roles.date ?? mapping.roles.period;
  const amount = mapping.roles.amount;
  const header = (code === 'BAD_DATE' || code === 'NO_DATE' ? dateRole?.header : amount?.header) ?? '';
  let fix: string;
  let option: string;
  const parts = yearLastParts(example);
  if (code === 'BAD_DATE' && parts) {
    // Year-last text that did not read: the other day order reads it (or the first, after ymd).
    const used = dateOrders.find((d) => d.header === dateRole?.header)?.order ?? 'mdy';
    const order: DayOrder = used === 'mdy' || (used === 'ymd' && parts[0] > 12) ? 'dmy' : 'mdy';
    option = `--date-order ${order}`;
    fix = t('SKIP_FIX_DATE_ORDER', lang, { option, order: t(DATE_ORDER_LABEL[order], lang) });
  } else if (code === 'BAD_DATE' || code === 'NO_DATE') {
    option = `--map date=${dateRole?.runnerUp?.header ?? '…'}`;
    fix = t('SKIP_FIX_MAP', lang, { option, role: roleLabel('date', lang) });
  } else if (code === 'EXCLUDED_STATUS') {
    option = '--include-cancelled';
    fix = t('SKIP_FIX_INCLUDE_CANCELLED', lang, { option });
  } else {
    option = `--map amount=${amount?.runnerUp?.header ?? amount?.passedOver?.[0]?.header ?? '…'}`;
    fix = t('SKIP_FIX_MAP', lang, { option, role: roleLabel('amount', lang) });
  }
  return {
    rows: rows.toLocaleString('en-US'),
    reason: t(REASON[code], lang, { raw: example, header }),
    fix,
    code,
    example,
    option,
  };
}
