/**
 * What a sheet's name says about its rows: a month (1月, 2025年3月, Jan, 2025-03 …), a store or
 * region (北京店, 华东区, Store 12), a sales channel (天猫, 京东, Amazon), or nothing (Sheet1, 明细).
 */
import { cleanText } from '../normalize';
import { isPlaceName } from '../places';
import { chineseMonth, EN_MONTH_NAMES } from '../month-names';

/** A month a sheet name gives; `year` is null when the name has none (1月, Jan). */
export interface SheetMonth {
  year: number | null;
  month: number;
}

/** 一 … 十二 (also 正月, 腊月/臘月) → 1..12, else NaN. */
function cnMonth(s: string): number {
  if (s === '正') return 1;
  if (s === '腊' || s === '臘' || s === '冬') return s === '冬' ? 11 : 12;
  return chineseMonth(s);
}

/** An English month word (Jan, Sept, March), else 0. At least three letters, a prefix of the name. */
function enMonth(word: string): number {
  if (word.length < 3) return 0;
  const i = EN_MONTH_NAMES.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september'));
  return i + 1;
}

/** A year of two or four digits as written beside a month (25 → 2025). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const ok = (year: number | null, month: number): SheetMonth | null =>
  month >= 1 && month <= 12 && (year === null || (year >= 1900 && year <= 2200)) ? { year, month } : null;

/**
 * The month a sheet's name gives, or null when it is not a month.
 * @example sheetMonth('2025年3月') // { year: 2025, month: 3 }
 * @example sheetMonth('Jan') // { year: null, month: 1 }
 */
export function sheetMonth(name: string): SheetMonth | null {
  const s = cleanText(name)
    .toLowerCase()
    .replace(/\s*(份|销售|銷售|明细|明細|订单|訂單|数据|數據)$/u, '');
  let m: RegExpExecArray | null;
  // 2025年3月, 2025-03, 2025.3, 2025_03, 2025/3, 2025 03
  if ((m = /^(\d{4})\s*[-/._年 ]\s*(\d{1,2})\s*月?$/.exec(s))) return ok(+m[1], +m[2]);
  // 202503
  if ((m = /^(\d{4})(\d{2})$/.exec(s))) return ok(+m[1], +m[2]);
  // 2025年三月, 2025年十二月
  if ((m = /^(\d{4})\s*年\s*([一二三四五六七八九十正腊臘冬]{1,2})月$/.exec(s)))
    return ok(+m[1], cnMonth(m[2]));
  // 3月, 03月, 3月份 (份 removed above)
  if ((m = /^(\d{1,2})\s*月$/.exec(s))) return ok(null, +m[1]);
  // 三月, 十一月, 正月
  if ((m = /^([一二三四五六七八九十正腊臘冬]{1,2})月$/.exec(s))) return ok(null, cnMonth(m[1]));
  // Jan, January, Jan 2025, Jan-25, Jan'25
  if ((m = /^([a-z]+)\.?\s*(?:[-_/' ]\s*)?(\d{4}|\d{2})?$/.exec(s))) {
    const month = enMonth(m[1]);
    return month > 0 ? ok(m[2] ? fullYear(m[2]) : null, month) : null;
  }
  // 2025 Jan, 2025-Jan
  if ((m = /^(\d{4})\s*[-_/ ]?\s*([a-z]+)\.?$/.exec(s))) {
    const month = enMonth(m[2]);
    return month > 0 ? ok(+m[1], month) : null;
  }
  return null;
}

/** Words that end a store's or branch's name, or name one in English. */
const STORE =
  /(店|门店|門店|分店|专卖店|專賣店|旗舰店|旗艦店|分公司|子公司|分部|办事处|辦事處|营业部|營業部|卖场|賣場|商场|商場|专柜|專櫃|仓|倉|区|區|省|市)$|\b(store|shop|branch|outlet|office|region|warehouse)\b/i;
/** Sales channels and platforms a sheet per channel is named after. */
const CHANNEL =
  /^(天猫|天貓|淘宝|淘寶|京东|京東|拼多多|抖音|快手|小红书|小紅書|唯品会|唯品會|苏宁|蘇寧|微信|微店|有赞|有贊|线上|線上|线下|線下|直营|直營|经销|經銷|分销|分銷|批发|批發|零售|电商|電商|门市|amazon|ebay|shopify|walmart|etsy|tiktok|online|offline|retail|wholesale|direct|distributors?|e-?commerce)(店|旗舰店|旗艦店|渠道|平台|store|shop)?$/i;

/**
 * Whether a sheet's name names a store, branch or place.
 * @example isStoreName('北京店') // true
 */
export function isStoreName(name: string): boolean {
  const s = cleanText(name);
  return s !== '' && !/^sheet\s*\d*$/i.test(s) && (isPlaceName(s) || STORE.test(s));
}

/**
 * Whether a sheet's name names a sales channel or platform.
 * @example isChannelName('天猫') // true
 */
export function isChannelName(name: string): boolean {
  return CHANNEL.test(cleanText(name));
}

/** What every sheet name of a data set gives each row. */
export type SheetNameKind = 'period' | 'region' | 'channel';

/**
 * What the names of the sheets of one data set give their rows, when every name says the same kind
 * of thing and they are all different (two sheets at least); null otherwise (Sheet1, Sheet2).
 * @example sheetNameKind(['1月', '2月', '3月']) // 'period'
 * @example sheetNameKind(['Sheet1', 'Sheet2']) // null
 */
export function sheetNameKind(names: readonly string[]): SheetNameKind | null {
  if (names.length < 2) return null;
  const keys = names.map((n) => cleanText(n).toLowerCase());
  if (new Set(keys).size !== keys.length) return null;
  const months = names.map(sheetMonth);
  if (months.every((m) => m !== null)) {
    // Names with and without a year (2025年1月 beside 1月), or one month twice: not a month each.
    const withYear = months.filter((m) => m!.year !== null).length;
    if (withYear !== 0 && withYear !== months.length) return null;
    const seen = new Set(months.map((m) => `${m!.year ?? ''}-${m!.month}`));
    return seen.size === names.length ? 'period' : null;
  }
  if (names.every(isChannelName)) return 'channel';
  if (names.every(isStoreName)) return 'region';
  return null;
}
