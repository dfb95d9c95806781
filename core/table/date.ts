/** Date parsing: serials, JS Dates and every text form of a day, month or quarter seen in sales sheets. */
import type { CellValue } from './types';
import { serialToDate, serialToPacked } from './serial';

/** How a column writes the day, month and year of all-number dates. */
export type DayOrder = 'ymd' | 'mdy' | 'dmy';

/** A parsed date: month index (year*12 + month−1), day (0 for month/quarter precision), precision. */
export interface ParsedDate {
  monthIndex: number;
  day: number;
  precision: 'day' | 'month' | 'quarter';
}

const CN_NUM: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function daysIn(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function ymd(y: number, m: number, d: number): ParsedDate | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return { monthIndex: y * 12 + m - 1, day: d, precision: 'day' };
}

function ym(y: number, m: number): ParsedDate | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12) return null;
  return { monthIndex: y * 12 + m - 1, day: 0, precision: 'month' };
}

function yq(y: number, q: number): ParsedDate | null {
  if (y < 1000 || y > 9999 || q < 1 || q > 4) return null;
  return { monthIndex: y * 12 + (q - 1) * 3, day: 0, precision: 'quarter' };
}

function quarterNumber(s: string): number {
  return CN_NUM[s] ?? Number(s);
}

/** Taiwan's Minguo (民國) calendar: year 1 is 1912, so 民國112年 is 2023. */
const MINGUO = 1911;

const TEXT_RULES: [RegExp, (m: RegExpExecArray) => ParsedDate | null][] = [
  // Minguo dates: 民國112年1月5日, 民國99/12/31, and a bare three-digit year 112/01/05, 112.1.5
  [
    /^民[國国]\s*(\d{1,3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t].*)?$/,
    (m) => ymd(+m[1] + MINGUO, +m[2], +m[3]),
  ],
  [
    /^(1\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t].*)?$/,
    (m) => ymd(+m[1] + MINGUO, +m[2], +m[3]),
  ],
  // 民國112年1月, 112年1月
  [
    /^(?:民[國国]\s*(\d{1,3})|(1\d{2}))\s*年\s*(\d{1,2})\s*月份?$/,
    (m) => ym(+(m[1] ?? m[2]) + MINGUO, +m[3]),
  ],
  // 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日, with an optional time after
  [
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ t].*)?$/,
    (m) => ymd(+m[1], +m[2], +m[3]),
  ],
  // 20250305
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => ymd(+m[1], +m[2], +m[3])],
  // 2025-03, 2025/3, 2025.03, 2025年3月, 2025年03月份
  [/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月份?)?$/, (m) => ym(+m[1], +m[2])],
  // 202503
  [/^(\d{4})(\d{2})$/, (m) => ym(+m[1], +m[2])],
  // 2025Q1, 2025-Q1, 2025 Q1, 2025年Q1, 2025 1Q
  [/^(\d{4})\s*[-/年]?\s*(?:q([1-4])|([1-4])q)$/, (m) => yq(+m[1], +(m[2] ?? m[3]))],
  // Q1 2025, Q1-2025, 1Q2025, Q1/25 is not accepted (two-digit years are ambiguous)
  [/^(?:q([1-4])|([1-4])q)\s*[-/]?\s*(\d{4})$/, (m) => yq(+m[3], +(m[1] ?? m[2]))],
  // 2025年第一季度, 2025年第1季度, 2025年一季度, 2025第1季
  [/^(\d{4})\s*年?\s*第?\s*([1-4一二三四壹贰貳叁參肆])\s*季度?$/, (m) => yq(+m[1], quarterNumber(m[2]))],
  // Mar 2025, March 2025, 2025 Mar
  [/^([a-z]{3})[a-z]*\.?\s*[-/]?\s*(\d{4})$/, (m) => ym(+m[2], MONTHS.indexOf(m[1]) + 1)],
  // 5 Mar 2025, 5-Mar-2025
  [
    /^(\d{1,2})\s*[-/ ]\s*([a-z]{3})[a-z]*\.?\s*[-/ ]\s*(\d{4})(?:\s.*)?$/,
    (m) => ymd(+m[3], MONTHS.indexOf(m[2]) + 1, +m[1]),
  ],
  // Mar 5, 2025, Mar 5 2025 10:00
  [
    /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s.*)?$/,
    (m) => ymd(+m[3], MONTHS.indexOf(m[1]) + 1, +m[2]),
  ],
];

/**
 * Year-last day text: 2/24/2003, 24.02.2003, 2/24/2003 0:00, 2/24/2003 12:00 AM, 24/02/2003 00:00:00,
 * 03/01/19 (a two-digit year, read as Excel reads it).
 * Which part is the day is the column's date order, not the cell's (see date-order.ts).
 */
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?:[ t].*)?$/;

/** A two-digit year as Excel reads it: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(y: string): number {
  const n = +y;
  return y.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

/**
 * The two leading parts of year-last day text (first, second, year), or null for any other form.
 * @example yearLastParts('2/24/2003 0:00') // [2, 24, 2003]
 */
export function yearLastParts(text: string): [number, number, number] | null {
  const m = YEAR_LAST.exec(text.normalize('NFKC').trim().toLowerCase());
  return m ? [+m[1], +m[2], fullYear(m[3])] : null;
}

/**
 * Parses date text (ISO, 2025/3/5, 2025.3.5, 2025年3月5日, 2/24/2003 0:00, 2025-03, 2025年3月, 2025Q1,
 * Q1 2025, 2025年第一季度 …) to a day, month or calendar quarter; null when it is not a date. `order`
 * is the column's order of year-last text (dmy: 05-02-2010 is 5 Feb; mdy: 2 May; ymd: not a date);
 * without it, month first unless the first part is above 12.
 * @example parseDateText('2025年第一季度') // { monthIndex: 24300, day: 0, precision: 'quarter' }
 */
export function parseDateText(text: string, order?: DayOrder): ParsedDate | null {
  const s = text.normalize('NFKC').trim().toLowerCase();
  if (s === '' || s.length > 40) return null;
  const y = YEAR_LAST.exec(s);
  if (y) {
    const a = +y[1];
    const b = +y[2];
    const year = fullYear(y[3]);
    if (order === 'ymd') return null; // the year is not first: not this column's order
    if (order === 'dmy') return ymd(year, b, a);
    if (order === 'mdy') return ymd(year, a, b);
    // No column order given: month first unless the first part cannot be a month.
    return a > 12 ? ymd(year, b, a) : ymd(year, a, b);
  }
  for (const [re, make] of TEXT_RULES) {
    const m = re.exec(s);
    if (m) return make(m);
  }
  return null;
}

/**
 * A date from a number: yyyymmdd (20250305), yyyymm (202503) or a spreadsheet serial.
 * @example parseDateNumber(45658) // { monthIndex: 24300, day: 1, precision: 'day' }
 */
export function parseDateNumber(n: number, date1904 = false): ParsedDate | null {
  if (Number.isInteger(n)) {
    if (n >= 10000101 && n <= 99991231) return ymd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
    if (n >= 100001 && n <= 999912) return ym(Math.floor(n / 100), n % 100);
  }
  const d = serialToDate(n, date1904);
  return d ? { monthIndex: d.year * 12 + d.month - 1, day: d.day, precision: 'day' } : null;
}

/**
 * A JS Date's calendar day: UTC fields when it is exactly UTC midnight (ExcelJS, Node), else local
 * fields (Apps Script and browsers hand local midnight). Invalid → null.
 * @example parseDateObject(new Date(Date.UTC(2025, 2, 5))) // { monthIndex: 24302, day: 5, precision: 'day' }
 */
export function parseDateObject(d: Date): ParsedDate | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const utc = t % 86400000 === 0;
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const m = utc ? d.getUTCMonth() : d.getMonth();
  return { monthIndex: y * 12 + m, day: utc ? d.getUTCDate() : d.getDate(), precision: 'day' };
}

/**
 * A date from any raw cell: serial (1900 or 1904 system), JS Date, or text; null when none.
 * @example parseDate('2025/3/5') // { monthIndex: 24302, day: 5, precision: 'day' }
 */
export function parseDate(raw: CellValue, date1904 = false, order?: DayOrder): ParsedDate | null {
  if (typeof raw === 'number') return parseDateNumber(raw, date1904);
  if (typeof raw === 'string') return parseDateText(raw, order);
  if (raw instanceof Date) return parseDateObject(raw);
  return null;
}

/**
 * parseDateNumber as one packed integer, monthIndex * 32 + day (−1 when not a date); for hot loops.
 * @example packedDateNumber(45658) // 24300 * 32 + 1
 */
export function packedDateNumber(n: number, date1904 = false): number {
  if (n >= 100001 && n <= 99991231 && Number.isInteger(n) && (n >= 10000101 || n <= 999912)) {
    const d = parseDateNumber(n, date1904);
    return d ? d.monthIndex * 32 + d.day : -1;
  }
  return serialToPacked(n, date1904);
}
