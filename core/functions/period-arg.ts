/**
 * The `period` argument of the whole-table formulas: a quarter ("Q2", "2季度", "第二季度"), a half
 * ("H1", "上半年") or a calendar month (3, "3月", "M03", "Mar"), turned into the fiscal months
 * (1..12) it covers. Quarters and halves are fiscal, as in the review's quarterly tab; a month is
 * the calendar month inside the fiscal year.
 */
import { isBlank } from './coerce';
import { EN_MONTH_NAMES } from '../table';

const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

function quarter(q: number): number[] {
  return range(3 * q - 2, 3);
}

function month(m: number, fiscalStart: number): number[] | null {
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  return [((m - fiscalStart + 12) % 12) + 1];
}

/**
 * The fiscal months (1..12) a period argument covers; null when it names no period.
 * @example periodMonths('Q2', 1) // [4, 5, 6]
 * @example periodMonths(4, 4) // [1] (April opens a fiscal year that starts in April)
 */
export function periodMonths(v: unknown, fiscalStart: number): number[] | null {
  if (typeof v === 'number') return month(v, fiscalStart);
  if (typeof v !== 'string' || isBlank(v)) return null;
  const s = v.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  let m = /^(?:Q([1-4])|([1-4])Q|第?([1-4一二三四])季(?:度)?)$/.exec(s);
  if (m) return quarter(Number(m[1] ?? m[2] ?? CN_DIGIT[m[3]] ?? m[3]));
  m = /^(?:H([12])|([上下])半年)$/.exec(s);
  if (m) return range(m[1] === '2' || m[2] === '下' ? 7 : 1, 6);
  m = /^(?:M(\d{1,2})|(\d{1,2})(?:月份?)?)$/.exec(s);
  if (m) return month(Number(m[1] ?? m[2]), fiscalStart);
  // Jan, Sept., March: three letters or more of an English month name
  const word = s.replace(/\.$/, '').toLowerCase();
  const named = word.length >= 3 ? EN_MONTH_NAMES.findIndex((x) => x.startsWith(word)) : -1;
  return named >= 0 ? month(named + 1, fiscalStart) : null;
}
