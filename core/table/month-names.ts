/** Month names, January first: the one list every month reader matches against (English words, Chinese numerals). */

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

const CN_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * A month written in Chinese numerals (一 … 十二), 1..12; NaN for anything else.
 * @example chineseMonth('十一') // 11
 */
export function chineseMonth(s: string): number {
  if (s.length === 1) return CN_DIGIT[s] ?? NaN;
  if (s.length === 2 && s[0] === '十' && s[1] !== '十') {
    const n = 10 + (CN_DIGIT[s[1]] ?? NaN);
    return n <= 12 ? n : NaN;
  }
  return NaN;
}
