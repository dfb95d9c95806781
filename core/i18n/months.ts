/** Calendar month names for fiscal months, in the user's language. */
import type { Localize, MessageCode } from './messages';

/** The catalogue entries naming January..December (the wizard's month labels, fiscal ranges). */
export const MONTH_NAMES = [
  'WIZ_MONTH_1',
  'WIZ_MONTH_2',
  'WIZ_MONTH_3',
  'WIZ_MONTH_4',
  'WIZ_MONTH_5',
  'WIZ_MONTH_6',
  'WIZ_MONTH_7',
  'WIZ_MONTH_8',
  'WIZ_MONTH_9',
  'WIZ_MONTH_10',
  'WIZ_MONTH_11',
  'WIZ_MONTH_12',
] as const satisfies readonly MessageCode[];

/**
 * Fiscal months from..to (1..12) named by their calendar months: "January–October", "9月–12月".
 * @example monthRange(localize('en'), 4, 1, 3) // 'April–June'
 */
export function monthRange(L: Localize, fiscalStart: number, from: number, to: number): string {
  const name = (fm: number): string => L(MONTH_NAMES[(fiscalStart - 1 + fm - 1 + 12) % 12]);
  return from === to ? name(from) : `${name(from)}–${name(to)}`;
}
