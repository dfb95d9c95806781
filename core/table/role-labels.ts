/** The display name of each column role, from the catalogue (ROLE_*). */
import { t, type Lang, type MessageCode } from '../i18n';
import type { Role } from './types';

/** The catalogue entry naming each role. */
export const ROLE_LABEL = {
  date: 'ROLE_date',
  period: 'ROLE_period',
  amount: 'ROLE_amount',
  cost: 'ROLE_cost',
  grossProfit: 'ROLE_grossProfit',
  quantity: 'ROLE_quantity',
  target: 'ROLE_target',
  stretchTarget: 'ROLE_stretchTarget',
  customer: 'ROLE_customer',
  region: 'ROLE_region',
  product: 'ROLE_product',
  channel: 'ROLE_channel',
  salesperson: 'ROLE_salesperson',
  currency: 'ROLE_currency',
  unitPrice: 'ROLE_unitPrice',
  refund: 'ROLE_refund',
  status: 'ROLE_status',
} as const satisfies Record<Role, MessageCode>;

/**
 * Whether a key (a dimension of a breakdown, a field of a finding) is a column role.
 * @example isRole('region') // true
 */
export function isRole(key: string): key is Role {
  return Object.prototype.hasOwnProperty.call(ROLE_LABEL, key);
}

/**
 * The display name of a role, or of an extra dimension (its header text, returned as given).
 * @example roleLabel('region', 'zh-CN') // '区域'
 */
export function roleLabel(key: string, lang: Lang): string {
  return isRole(key) ? t(ROLE_LABEL[key], lang) : key;
}
