/**
 * Period headers of a wide sheet (issue 14): a column title that names a month or a quarter
 * (1月, 一月, Jan, January, 2025-01, 2025年1月, Q1, 一季度, 2025Q1, FY2025 Q1, 上年1月 …), and a
 * block title that names a year (2024, 2025年, FY2025, 上年, 本年) over several such columns; and a
 * column title that names a whole year (FY2024 | FY2025, 2024年 | 2025年, 上年 | 本年, LY | TY) over
 * annual amounts.
 */
import { cleanText } from '../normalize';
import { chineseMonth, EN_MONTH_NAMES } from '../month-names';

/** Which year a period belongs to: stated, or relative to the year the sheet is about. */
export type YearRef = { kind: 'stated'; year: number } | { kind: 'relative'; offset: 0 | -1 } | null;

/** A month, quarter or whole-year column title, read. */
export interface PeriodHead {
  kind: 'month' | 'quarter' | 'year';
  /** Month 1..12 or quarter 1..4; 1 for a whole year. */
  index: number;
  year: YearRef;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const fullYear = (s: string): number => (s.length === 2 ? 2000 + Number(s) : Number(s));
const inRange = (y: number): boolean => y >= 1990 && y <= 2100;

/** A year prefix or suffix: 2025, 2025年, FY2025, FY25, 上年, 本年, 去年, 今年. */
function yearPart(s: string): { ref: YearRef; rest: string } {
  const rel =
    /^(上年|去年|上一年|本年|今年)(同期)?[\s\-_:：]*/.exec(s) ??
    /[\s\-_(（]*(上年|去年|本年|今年)(同期)?[)）]?$/.exec(s);
  if (rel) {
    const prior = /上|去/.test(rel[1]);
    return { ref: { kind: 'relative', offset: prior ? -1 : 0 }, rest: s.replace(rel[0], '').trim() };
  }
  const pre = /^(?:fy\s*)?((?:19|20)\d{2})\s*(?:年度?|[-/.\s_']|(?=q))?\s*/i.exec(s);
  if (pre && inRange(Number(pre[1])) && pre[0].length < s.length)
    return { ref: { kind: 'stated', year: Number(pre[1]) }, rest: s.slice(pre[0].length).trim() };
  const fy = /^fy\s*(\d{2})\s*[-\s]?\s*/i.exec(s);
  if (fy && fy[0].length < s.length)
    return { ref: { kind: 'stated', year: fullYear(fy[1]) }, rest: s.slice(fy[0].length).trim() };
  const post = /[\s\-/'._,]+(?:fy\s*)?((?:19|20)?\d{2})$/i.exec(s);
  if (post && inRange(fullYear(post[1])) && post.index > 0)
    return { ref: { kind: 'stated', year: fullYear(post[1]) }, rest: s.slice(0, post.index).trim() };
  return { ref: null, rest: s };
}

function monthOf(rest: string): number | null {
  let m = /^0?(\d{1,2})\s*(?:月份?|月度)$/.exec(rest);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null;
  m = /^([一二三四五六七八九十]{1,3})月份?$/.exec(rest);
  if (m) return Number.isNaN(chineseMonth(m[1])) ? null : chineseMonth(m[1]);
  m = /^(?:m)?0?(\d{1,2})$/i.exec(rest);
  if (m && /^m/i.test(rest)) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null;
  m = /^([a-z]{3,9})\.?$/i.exec(rest);
  if (m) {
    const w = m[1].toLowerCase();
    const i = EN_MONTHS.indexOf(w.slice(0, 3));
    const full = EN_MONTH_NAMES[i];
    if (i >= 0 && (w.length === 3 || (w === 'sept' && i === 8) || full === w)) return i + 1;
  }
  return null;
}

function quarterOf(rest: string): number | null {
  let m = /^q\s*([1-4])$/i.exec(rest) ?? /^([1-4])\s*q$/i.exec(rest);
  if (m) return Number(m[1]);
  m = /^第?([一二三四1-4])\s*季度?$/.exec(rest);
  if (m && /季/.test(rest))
    return ({ 一: 1, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[m[1]] ?? Number(m[1]);
  m = /^(?:quarter|qtr)\s*([1-4])$/i.exec(rest) ?? /^([1-4])(?:st|nd|rd|th)\s*(?:quarter|qtr)$/i.exec(rest);
  return m ? Number(m[1]) : null;
}

/**
 * Reads a column title as a month or a quarter, with its year when it states one; null otherwise.
 * @example periodHead('2025年3月') // { kind: 'month', index: 3, year: { kind: 'stated', year: 2025 } }
 */
export function periodHead(raw: unknown): PeriodHead | null {
  if (typeof raw !== 'string') return null;
  const s = cleanText(raw)
    .replace(/[(（][^)）]*(元|万|千|k|m|usd|rmb|cny)[^)）]*[)）]$/i, '')
    .trim();
  if (s === '' || s.length > 24) return null;
  const { ref, rest } = yearPart(s);
  const mq = /^(.*?)[\s\-_/]*(合计|小计|累计|total|ytd)$/i.exec(rest);
  if (mq) return null; // "1月累计", "Q1 total": a total, not a period
  // 2025-01, 2025/1, 2025.01: a stated year, then the month's number
  const bare = ref?.kind === 'stated' && /^\d{1,2}$/.test(rest) ? Number(rest) : null;
  const month = bare !== null ? (bare >= 1 && bare <= 12 ? bare : null) : monthOf(rest);
  if (month !== null) return { kind: 'month', index: month, year: ref };
  const quarter = quarterOf(rest);
  if (quarter !== null) return { kind: 'quarter', index: quarter, year: ref };
  return null;
}

/**
 * Reads a block title above period columns (2024, 2025年, FY2025, 上年, 本年) as a year; null otherwise.
 * @example yearBlock('FY2024') // { kind: 'stated', year: 2024 }
 */
export function yearBlock(raw: unknown): YearRef {
  if (typeof raw === 'number')
    return Number.isInteger(raw) && inRange(raw) ? { kind: 'stated', year: raw } : null;
  if (typeof raw !== 'string') return null;
  const s = cleanText(raw);
  const m = /^(?:fy\s*)?((?:19|20)\d{2})\s*(?:年度?|财年|fy)?(?:销售|业绩|实际|数据|sales|actual)?$/i.exec(s);
  if (m && inRange(Number(m[1]))) return { kind: 'stated', year: Number(m[1]) };
  if (/^(上年|去年|上一年度?)(同期|实际|销售)?$/.test(s)) return { kind: 'relative', offset: -1 };
  if (/^(本年|今年|本年度)(实际|销售|累计)?$/.test(s)) return { kind: 'relative', offset: 0 };
  return null;
}

/**
 * Whether a column title names a row or grand total of the periods (合计, 总计, 总额, 总量, 全年, Total, YTD …).
 * @example isTotalHeader('总额') // true
 */
export function isTotalHeader(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const s = cleanText(raw)
    .replace(/[(（][^)）]*[)）]$/, '')
    .trim()
    .toLowerCase();
  return /^((19|20)\d{2}\s*年?)?(合计|合計|总计|總計|总额|總額|总量|總量|总和|汇总|全年|全年合计|年度合计|年合计|累计|年累计|小计|共计|total|grand total|sum|ytd|year total|full year|annual total|fy total)$/.test(
    s,
  );
}

/**
 * The year a title or a sheet name states (华东区2023年销售员月度业绩 → 2023; 2024年 → 2024).
 * @example yearInText('华东区2023年销售员月度业绩') // 2023
 */
export function yearInText(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && inRange(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  // a year, not a date: 制表日期 2024-01-05 says when the sheet was made, not what it covers
  const text = cleanText(raw);
  if (/(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/.test(text)) return null;
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?:年|财年|年度|$|[^\d])/.exec(text);
  return m && inRange(Number(m[1])) ? Number(m[1]) : null;
}

/** Words that may follow or precede a year over annual amounts (2024年销售额, Sales 2024, 本年实际). */
const AMOUNT_WORD =
  '(?:销售额|销售收入|销售|收入|营收|业绩|实际|金额|銷售額|銷售收入|銷售|營收|業績|實際|金額|sales|revenue|actual|amount)';
const YEAR_FIRST = new RegExp(
  `^(?:fy\\s*)?((?:19|20)\\d{2})\\s*(?:年度?|财年|財年|fy)?\\s*${AMOUNT_WORD}?$`,
  'i',
);
const WORD_FIRST = new RegExp(`^${AMOUNT_WORD}\\s*(?:fy\\s*)?((?:19|20)\\d{2})\\s*(?:年度?)?$`, 'i');
const PRIOR_YEAR = new RegExp(
  `^(?:(?:上年|去年|上一年|上年度|上一年度)${AMOUNT_WORD}?|(?:prior|previous|last) year(?: ${AMOUNT_WORD})?|ly|py)$`,
  'i',
);
const THIS_YEAR = new RegExp(
  `^(?:(?:本年|今年|本年度|当年|當年)${AMOUNT_WORD}?|(?:this|current) year(?: ${AMOUNT_WORD})?|ty|cy)$`,
  'i',
);

/**
 * Reads a column title as a whole year holding annual amounts (FY2024, FY25, 2024年, 2024, 2024年销售额,
 * Sales 2024, 上年, 本年, Prior year, This year, LY, TY); null otherwise. A bare number counts only
 * when it is a year (the caller decides whether its row is a header).
 * @example yearHead('FY2025') // { kind: 'stated', year: 2025 }
 */
export function yearHead(raw: unknown): YearRef {
  if (typeof raw === 'number')
    return Number.isInteger(raw) && inRange(raw) ? { kind: 'stated', year: raw } : null;
  if (typeof raw !== 'string') return null;
  const s = cleanText(raw)
    .replace(/\s*\([^)]*\)$/, '')
    .trim();
  if (s === '' || s.length > 24) return null;
  const m = YEAR_FIRST.exec(s) ?? WORD_FIRST.exec(s);
  if (m && inRange(Number(m[1]))) return { kind: 'stated', year: Number(m[1]) };
  const fy = /^fy\s*'?(\d{2})$/i.exec(s);
  if (fy) return { kind: 'stated', year: fullYear(fy[1]) };
  if (PRIOR_YEAR.test(s)) return { kind: 'relative', offset: -1 };
  if (THIS_YEAR.test(s)) return { kind: 'relative', offset: 0 };
  return null;
}
