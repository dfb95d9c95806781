/**
 * Whether a number format shows a date, and a serial as the Date it shows: how a host hands back a
 * date the user typed (a deadline in a review tab) as a date rather than as its serial number.
 */

/**
 * Whether a format code shows a date or time: a y, m, d, h or s outside quoted text, [colour] or
 * [$-locale] brackets, escapes and padding (so 0.00"万", #,##0_);[Red](#,##0) and 0.00E+00 are not).
 * @example isDateFormat('yyyy"年"m"月"d"日"') // true
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\.|_.|\*./g, '')
    .replace(/General/gi, '');
  return /[ymdhs]/i.test(bare);
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * The Date (UTC wall clock) a serial shows; the 1904 system counts from 1904-01-01.
 * @example serialAsDate(46477).toISOString() // '2027-03-31T00:00:00.000Z'
 */
export function serialAsDate(serial: number, date1904 = false): Date {
  return new Date(EPOCH_1900 + (serial + (date1904 ? 1462 : 0)) * MS_PER_DAY);
}
