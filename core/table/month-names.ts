/** English month names, lower case, January first: the one list every month reader matches against. */

/**
 * The twelve English month names in lower case; index + 1 is the month number.
 * @example EN_MONTH_NAMES.indexOf('march') + 1 // 3
 */
export const EN_MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
