/** Number display in the wizard (not in the tabs: those carry their own number formats). */
import type { Lang } from '../i18n/lang';

/**
 * An integer with the locale's thousands separators.
 * @example formatCount(120000, 'en') // '120,000'
 */
export function formatCount(n: number, lang: Lang): string {
  return Math.round(n).toLocaleString(lang === 'en' ? 'en-US' : lang);
}

/**
 * Money in a compact unit: 亿/万 in Chinese, B/M/K in English, with 2 significant decimals.
 * @example formatMoney(1.2e9, 'zh-CN') // '12.00亿'
 */
export function formatMoney(v: number, lang: Lang): string {
  const a = Math.abs(v);
  const sign = v < 0 ? '-' : '';
  const fix = (x: number, d: number): string =>
    x.toLocaleString(lang === 'en' ? 'en-US' : lang, { minimumFractionDigits: d, maximumFractionDigits: d });
  if (lang === 'en') {
    if (a >= 1e9) return `${sign}${fix(a / 1e9, 2)}B`;
    if (a >= 1e6) return `${sign}${fix(a / 1e6, 2)}M`;
    if (a >= 1e4) return `${sign}${fix(a / 1e3, 1)}K`;
    return `${sign}${fix(a, 0)}`;
  }
  const yi = lang === 'zh-TW' ? '億' : '亿';
  const wan = lang === 'zh-TW' ? '萬' : '万';
  if (a >= 1e8) return `${sign}${fix(a / 1e8, 2)}${yi}`;
  if (a >= 1e4) return `${sign}${fix(a / 1e4, 1)}${wan}`;
  return `${sign}${fix(a, 0)}`;
}

/**
 * A share as a percentage with one decimal.
 * @example formatShare(0.3, 'en') // '30.0%'
 */
export function formatShare(f: number, lang: Lang): string {
  return `${(f * 100).toLocaleString(lang === 'en' ? 'en-US' : lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })}%`;
}

/**
 * A preview cell as text: dates as yyyy-mm-dd, numbers as written, blanks empty.
 * @example cellText(new Date(Date.UTC(2025, 0, 5))) // '2025-01-05'
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * A saved ISO time as local date and time (yyyy-mm-dd hh:mm), the same in every language; the text
 * itself when it is not a time.
 * @example formatRunTime(new Date(2025, 0, 5, 9, 3).toISOString()) // '2025-01-05 09:03'
 */
export function formatRunTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
