/** Amount parsing: numbers and the many ways a sheet writes money as text. */
import type { CellValue } from './types';

/** Why a value is not an amount. */
export type AmountFailureCode = 'EMPTY_VALUE' | 'NOT_A_NUMBER';

/** A coded parse failure (the raw text is kept for the report). */
export interface ParseFailure {
  ok: false;
  code: AmountFailureCode;
  raw: string;
}

const SUFFIX: Record<string, number> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  千: 1e3,
  百万: 1e6,
  千万: 1e7,
  万亿: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
};
// Currency marks are formatting here; the currency itself comes from a column or the header.
const SYMBOLS =
  /^(hk\$|nt\$|us\$|rmb|cny|usd|hkd|twd|eur|[¥$€£])|(hk\$|nt\$|us\$|rmb|cny|usd|hkd|twd|eur|元|[¥$€£])$/;
const NUMBER = /^\d+(\.\d*)?$|^\.\d+$/;
const SUFFIX_AT_END = /(万亿|百万|千万|万|萬|亿|億|千|mn|mm|bn|k|m|b)$/;

/**
 * Fast path for the common "12,345.6" / "-1200": digits, commas, one dot, a leading minus; else NaN.
 * Such text carries no unit, is no label and needs no trimming.
 * @example plainNumber('12,345.6') // 12345.6
 */
export function plainNumber(text: string): number {
  const len = text.length;
  if (len === 0 || len > 24) return NaN;
  let dot = false;
  let any = false;
  for (let k = 0; k < len; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 48 && ch <= 57) {
      any = true;
      continue;
    }
    if (ch === 44 && any && !dot) continue; // thousands separator
    if (ch === 46 && !dot) {
      dot = true;
      continue;
    }
    if (ch === 45 && k === 0) continue;
    return NaN;
  }
  if (!any) return NaN;
  return Number(text.indexOf(',') >= 0 ? text.replace(/,/g, '') : text);
}

/**
 * Parses a text amount to a number, NaN when it is not one. Header scale is NOT applied here.
 * Accepts separators, currency marks, full-width digits, 万/亿/千/K/M suffixes, %, (x) and −/- negatives;
 * with `decimalComma` (the column's convention, see decimal-comma.ts) "1052,75元" is 1052.75.
 * @example parseAmountText('$2,930万') // 29300000
 */
export function parseAmountText(text: string, decimalComma = false): number {
  if (!decimalComma || text.indexOf(',') < 0) {
    const fast = plainNumber(text);
    if (fast === fast) return fast;
  }
  let s = text.normalize('NFKC').toLowerCase();
  // A decimal comma (1.052,75 or 1052,75元): dots and spaces group thousands, the comma is the point.
  s = decimalComma ? s.replace(/[\s.']/g, '').replace(',', '.') : s.replace(/[\s,']/g, '');
  if (s === '') return NaN;
  let sign = 1;
  if (s.startsWith('(') && s.endsWith(')')) {
    sign = -1;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('−') || s.startsWith('–')) {
    sign = -sign;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  for (let i = 0; i < 2; i++) s = s.replace(SYMBOLS, '');
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -sign;
    s = s.slice(1);
  }
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  } else {
    const m = SUFFIX_AT_END.exec(s);
    if (m) {
      scale = SUFFIX[m[1]];
      s = s.slice(0, -m[1].length);
      s = s.replace(SYMBOLS, '');
    }
  }
  if (/^\d+(\.\d+)?e[+-]?\d+$/.test(s)) return sign * Number(s) * scale;
  if (!NUMBER.test(s)) return NaN;
  return sign * Number(s) * scale;
}

/**
 * An amount from a raw cell: a number (times unitScale for plain numbers), or a coded failure.
 * A unit written in the cell ("12.5万") wins over the header's unit.
 * @example parseAmount('12.5万') // 125000
 */
export function parseAmount(raw: CellValue, unitScale = 1): number | ParseFailure {
  if (typeof raw === 'number') {
    const x = raw * unitScale;
    return Number.isFinite(x) ? x : { ok: false, code: 'NOT_A_NUMBER', raw: String(raw) };
  }
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return { ok: false, code: 'EMPTY_VALUE', raw: '' };
  }
  if (typeof raw !== 'string') return { ok: false, code: 'NOT_A_NUMBER', raw: String(raw) };
  const v = parseAmountText(raw);
  const x = hasOwnUnit(raw) ? v : v * unitScale;
  // "1e999" parses to Infinity: no amount
  return Number.isFinite(x) ? x : { ok: false, code: 'NOT_A_NUMBER', raw };
}

/**
 * Whether the text carries its own unit (万, 亿, K, M, %), so a header unit must not apply again.
 * @example hasOwnUnit('3.6亿') // true
 */
export function hasOwnUnit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last >= 48 && last <= 57) return false; // ends in a digit: no suffix, no %, no trailing mark
  const s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s)]+$/, '')
    .replace(SYMBOLS, '');
  return s.endsWith('%') || SUFFIX_AT_END.test(s);
}
