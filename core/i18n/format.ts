/**
 * Number wording for sentences and messages: money in 元/万/亿 (Chinese) or K/M/B (English),
 * percentages and point changes. Tables use number formats instead (core/sheetdoc/formats.ts).
 */
import type { Lang } from './lang';

/** A display unit for money, or 'auto' to pick one from the value's size and the language. */
export type AmountUnit = '元' | '万' | '亿' | 'K' | 'M' | 'B' | 'auto';

const SCALE: Record<Exclude<AmountUnit, 'auto'>, number> = {
  元: 1,
  万: 1e4,
  亿: 1e8,
  K: 1e3,
  M: 1e6,
  B: 1e9,
};

/** Traditional spellings of the Chinese units. */
const TW_UNIT: Record<string, string> = { 万: '萬', 亿: '億' };

/**
 * The unit a single value reads best in: 亿 from 1亿, 万 from 1万 (Chinese); B, M, K (English).
 * @example autoUnit(3.62e8, 'zh-CN') // '亿'
 */
export function autoUnit(value: number, lang: Lang): Exclude<AmountUnit, 'auto'> {
  const a = Math.abs(value);
  if (lang === 'en') return a >= 1e9 ? 'B' : a >= 1e6 ? 'M' : a >= 1e3 ? 'K' : '元';
  return a >= 1e8 ? '亿' : a >= 1e4 ? '万' : '元';
}

/**
 * Decimals shown for a value already scaled to its unit: 2 below 10, 1 below 100, else 0
 * (3.62亿, 13.6亿, 1,250万); whole 元 always.
 * @example amountDecimals(3.62, '亿') // 2
 */
export function amountDecimals(scaled: number, unit: Exclude<AmountUnit, 'auto'>): number {
  if (unit === '元') return 0;
  const a = Math.abs(scaled);
  return a < 10 ? 2 : a < 100 ? 1 : 0;
}

/**
 * Fixed decimals with thousands separators; trailing zeros dropped unless keepZeros.
 * @example groupDigits(1250.0, 1) // '1,250'
 */
export function groupDigits(value: number, decimals: number, keepZeros = false): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const f = keepZeros ? frac : frac.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (f ? '.' + f : '');
}

/**
 * Money as words a reader expects: "3.62亿元", "1,250万元", "3.62億元", "13.6M". Non-finite → "—".
 * @example formatAmount(362_000_000, 'auto', 'zh-CN') // '3.62亿元'
 */
export function formatAmount(value: number | null, unit: AmountUnit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const u = unit === 'auto' ? autoUnit(value, lang) : unit;
  const scaled = value / SCALE[u];
  const digits = groupDigits(scaled, amountDecimals(scaled, u));
  if (lang === 'en') return u === '元' ? digits : digits + u;
  const word = lang === 'zh-TW' ? (TW_UNIT[u] ?? u) : u;
  if (u === 'K' || u === 'M' || u === 'B') return digits + word;
  return u === '元' ? digits + '元' : digits + word + '元';
}

/**
 * A fraction as a percentage with one decimal: 1.1333 → "113.3%"; signed adds "+" to positives.
 * @example formatPercent(-0.032, 'en', { signed: true }) // '-3.2%'
 */
export function formatPercent(
  value: number | null,
  _lang: Lang,
  options: { decimals?: number; signed?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = groupDigits(value * 100, options.decimals ?? 1, true);
  const plus = options.signed && !text.startsWith('-') && Number(text.replace(/,/g, '')) !== 0 ? '+' : '';
  return `${plus}${text}%`;
}

/**
 * A point change (fraction, 0.037) as signed points: "+3.7 pp", "+3.7个百分点", "+3.7個百分點".
 * @example formatPoints(0.037, 'zh-CN') // '+3.7个百分点'
 */
export function formatPoints(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = groupDigits(value * 100, 1, true);
  const plus = !text.startsWith('-') && Number(text.replace(/,/g, '')) !== 0 ? '+' : '';
  const word = lang === 'en' ? ' pp' : lang === 'zh-TW' ? '個百分點' : '个百分点';
  return `${plus}${text}${word}`;
}

/**
 * One display unit for a set of values (a table column): by the largest magnitude — 亿 from 1亿,
 * 万 from 10万 in Chinese; M from 1M, K from 10K in English; else 元.
 * @example chooseDisplayUnit([3.6e8, 2.4e8], 'zh-CN') // '亿'
 */
export function chooseDisplayUnit(
  values: readonly (number | null)[],
  lang: Lang,
): '元' | '万' | '亿' | 'K' | 'M' {
  let max = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  if (lang === 'en') return max >= 1e6 ? 'M' : max >= 1e4 ? 'K' : '元';
  return max >= 1e8 ? '亿' : max >= 1e5 ? '万' : '元';
}
