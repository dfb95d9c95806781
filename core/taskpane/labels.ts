/** The wizard's labels of each choice, keyed by the value they name (a missing one fails the type check). */
import type { Localize, MessageCode } from '../i18n';
import { MONTH_NAMES } from '../i18n';
import type { Section } from '../settings';
import { isRole, type Role, type RowIssueCode } from '../table';
import type { TargetKind, WeightsChoice } from './wizard-state';

/** The wizard's name of each role. */
export const WIZ_ROLE_LABEL = {
  date: 'WIZ_ROLE_date',
  period: 'WIZ_ROLE_period',
  amount: 'WIZ_ROLE_amount',
  cost: 'WIZ_ROLE_cost',
  grossProfit: 'WIZ_ROLE_grossProfit',
  quantity: 'WIZ_ROLE_quantity',
  target: 'WIZ_ROLE_target',
  stretchTarget: 'WIZ_ROLE_stretchTarget',
  customer: 'WIZ_ROLE_customer',
  region: 'WIZ_ROLE_region',
  product: 'WIZ_ROLE_product',
  channel: 'WIZ_ROLE_channel',
  salesperson: 'WIZ_ROLE_salesperson',
  currency: 'WIZ_ROLE_currency',
  unitPrice: 'WIZ_ROLE_unitPrice',
  refund: 'WIZ_ROLE_refund',
  status: 'WIZ_ROLE_status',
} as const satisfies Record<Role, MessageCode>;

/**
 * The wizard's name of a role key; any other text is returned as given.
 * @example roleName(translator('en'), 'grossProfit') // 'Gross profit'
 */
export function roleName(tr: Localize, key: string | number): string {
  const k = String(key);
  return isRole(k) ? tr(WIZ_ROLE_LABEL[k]) : k;
}

/** Each review section's name. */
export const SECTION_LABEL = {
  overview: 'WIZ_SECTION_overview',
  quarterly: 'WIZ_SECTION_quarterly',
  breakdowns: 'WIZ_SECTION_breakdowns',
  customers: 'WIZ_SECTION_customers',
  bridges: 'WIZ_SECTION_bridges',
  findings: 'WIZ_SECTION_findings',
  plan: 'WIZ_SECTION_plan',
  dataQuality: 'WIZ_SECTION_dataQuality',
} as const satisfies Record<Section, MessageCode>;

/** Each kind of target. */
export const TARGET_LABEL = {
  none: 'WIZ_TARGET_none',
  column: 'WIZ_TARGET_column',
  sheet: 'WIZ_TARGET_sheet',
  typed: 'WIZ_TARGET_typed',
} as const satisfies Record<TargetKind, MessageCode>;

/** Each choice of quarter weights. */
export const WEIGHTS_LABEL = {
  '3322': 'WIZ_W_3322',
  equal: 'WIZ_W_equal',
  seasonal: 'WIZ_W_seasonal',
  custom: 'WIZ_W_custom',
} as const satisfies Record<WeightsChoice, MessageCode>;

/** The months January..December (the one list in core/i18n/months.ts). */
export const MONTH_LABEL = MONTH_NAMES;

/** Why rows were skipped, as a short phrase. */
export const SKIP_LABEL = {
  BLANK_ROW: 'WIZ_SKIP_BLANK_ROW',
  REPEATED_HEADER: 'WIZ_SKIP_REPEATED_HEADER',
  SUBTOTAL_ROW: 'WIZ_SKIP_SUBTOTAL_ROW',
  NO_AMOUNT: 'WIZ_SKIP_NO_AMOUNT',
  BAD_AMOUNT: 'WIZ_SKIP_BAD_AMOUNT',
  NO_DATE: 'WIZ_SKIP_NO_DATE',
  BAD_DATE: 'WIZ_SKIP_BAD_DATE',
  MISSING_RATE: 'WIZ_SKIP_MISSING_RATE',
  DUPLICATE_ROW: 'WIZ_SKIP_DUPLICATE_ROW',
  REFUND_ROW: 'WIZ_SKIP_REFUND_ROW',
  EXCLUDED_STATUS: 'WIZ_SKIP_EXCLUDED_STATUS',
} as const satisfies Record<RowIssueCode, MessageCode>;
