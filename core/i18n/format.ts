/**
 * The one number formatter of the product: money, percentages, point changes and counts, in two
 * contexts with one rule each.
 * - Sentence (narratives, findings, wizard, CLI summary): each amount in the unit it reads best in
 *   (元 below 1万, then 万/亿; plain digits below 10,000, then K/M/B), three significant digits,
 *   trailing zeros dropped: "5,000元", "12.5万元", "12亿元", "5,000", "250K", "1.36B".
 * - Table (the review tabs): every amount of a document in one display unit (tableUnit), with that
 *   unit's decimals (元 0; 万, K, M 1; 亿 2) as number formats, and as text where a cell holds words
 *   (formatScaled).
 */
import type { Lang } from './lang';

/** Units an amount is written in: the display units of the tabs, plus B for sentences. */
export type AmountUnit = '元' | '万' | '亿' | 'K' | 'M' | 'B';

/** The display units a table (and the user's display-unit setting) may use. */
export const TABLE_UNITS = ['元', '万', '亿', 'K', 'M'] as const satisfies readonly AmountUnit[];
export type TableUnit = (typeof TABLE_UNITS)[number];

/** Base units per unit. */
export const UNIT_SCALE: Readonly<Record<AmountUnit, number>> = {
  元: 1,
  万: 1e4,
  亿: 1e8,
  K: 1e3,
  M: 1e6,
  B: 1e9,
};

/** Decimals of an amount in each table unit: whole 元, one decimal in 万/K/M, two in 亿. */
export const TABLE_DECIMALS: Readonly<Record<TableUnit, number>> = { 元: 0, 万: 1, 亿: 2, K: 1, M: 1 };

/** Traditional spellings of the Chinese units. */
const TW_UNIT: Partial<Record<AmountUnit, string>> = { 万: '萬', 亿: '億' };

/**
 * The unit one amount reads best in, in a sentence: 亿 from 1亿, 万 from 1万 (Chinese); B, M, and K
 * from 10,000 (English: "5,000", not "5K").
 * @example sentenceUnit(3.62e8, 'zh-CN') // '亿'
 */
export function sentenceUnit(value: number, lang: Lang): AmountUnit {
  const a = Math.abs(value);
  if (lang === 'en') return a >= 1e9 ? 'B' : a >= 1e6 ? 'M' : a >= 1e4 ? 'K' : '元';
  return a >= 1e8 ? '亿' : a >= 1e4 ? '万' : '元';
}

/**
 * The display unit of a review's tables: the user's, else by the revenue's size — 万 from 10万 and
 * 亿 from 100亿 in Chinese (Chinese reports count in 万元), K from 100K and M from 100M in English.
 * @example tableUnit(362_000_000, 'zh-CN', null) // '万'
 */
export function tableUnit(revenue: number, lang: Lang, chosen: TableUnit | null): TableUnit {
  if (chosen) return chosen;
  const abs = Math.abs(revenue);
  if (lang === 'en') return abs >= 1e8 ? 'M' : abs >= 1e5 ? 'K' : '元';
  return abs >= 1e10 ? '亿' : abs >= 1e5 ? '万' : '元';
}

/**
 * Decimals shown for a value already scaled to its unit in a sentence: three significant digits
 * (2 below 10, 1 below 100, else 0: 3.62亿, 13.6亿, 1,250万); whole 元 always.
 * @example amountDecimals(3.62, '亿') // 2
 */
export function amountDecimals(scaled: number, unit: AmountUnit): number {
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

/** Options of formatAmount. */
export interface AmountOptions {
  /** A fixed unit; default: the sentence unit of the value. */
  unit?: AmountUnit;
  /** Report currency (ISO); other than CNY it is named in place of 元 ("12亿 USD", "1.2B USD"). */
  currency?: string;
  /** "+" before a gain. */
  signed?: boolean;
}

/**
 * Money in a sentence: "3.62亿元", "1,250万元", "3.62億元", "5,000", "13.6M", "12亿 USD". Non-finite → "—".
 * @example formatAmount(362_000_000, 'zh-CN') // '3.62亿元'
 */
export function formatAmount(value: number | null, lang: Lang, options: AmountOptions = {}): string {
  return amountText(value, lang, options, 0);
}

/** The last decimal a unit may show: a cent of the base unit (元 2, 万 6, 亿 10, K 5, M 8, B 11). */
function maxDecimals(u: AmountUnit): number {
  return Math.round(Math.log10(UNIT_SCALE[u])) + 2;
}

/** formatAmount with `extra` decimals beyond the sentence rule (at most to the cent). */
function amountText(value: number | null, lang: Lang, options: AmountOptions, extra: number): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const u = options.unit ?? sentenceUnit(value, lang);
  const scaled = value / UNIT_SCALE[u];
  // Extra decimals keep their zeros, so figures set side by side read to the same precision.
  const digits = groupDigits(scaled, Math.min(amountDecimals(scaled, u) + extra, maxDecimals(u)), extra > 0);
  const plus = options.signed && value > 0 && Number(digits.replace(/,/g, '')) !== 0 ? '+' : '';
  const currency = options.currency ?? 'CNY';
  const foreign = currency === 'CNY' ? '' : ` ${currency}`;
  if (lang === 'en') return plus + digits + (u === '元' ? '' : u) + foreign;
  const word = lang === 'zh-TW' ? (TW_UNIT[u] ?? u) : u;
  const unitWord = u === '元' ? '' : word;
  return plus + digits + unitWord + (foreign || (u === 'K' || u === 'M' || u === 'B' ? '' : '元'));
}

/**
 * The fewest extra decimals (0, 1, … up to `max`) at which no two values that differ (by `key`)
 * print the same; null when even `max` is not enough.
 */
function distinctAt<T>(
  values: readonly (number | null)[],
  render: (v: number | null, extra: number) => T,
  key: (v: number) => number,
  max: number,
): T[] | null {
  for (let extra = 0; extra <= max; extra++) {
    const out = values.map((v) => render(v, extra));
    const seen = new Map<T, number>();
    let clash = false;
    values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      const k = seen.get(out[i]);
      if (k !== undefined && k !== key(v)) clash = true;
      else seen.set(out[i], key(v));
    });
    if (!clash) return out;
  }
  return null;
}

/** Two amounts are different when they differ by a cent or more. */
const cents = (v: number): number => Number(v.toFixed(2)) + 0;

/**
 * The amounts of one sentence, each by the sentence rule, with just enough more decimals that two
 * different amounts never print the same ("from 147K to 147K" becomes "from 147.3K to 147.0K"):
 * amounts a cent or more apart always read differently; equal amounts read the same.
 * @example formatAmounts([147_312, 147_021], 'en') // ['147.3K', '147.0K']
 */
export function formatAmounts(
  values: readonly (number | null)[],
  lang: Lang,
  options: AmountOptions = {},
): string[] {
  const max = maxDecimals('B');
  return (
    distinctAt(values, (v, extra) => amountText(v, lang, options, extra), cents, max) ??
    // Scaled digits can round apart from the cents they stand for: the cents themselves, in 元.
    values.map((v) => amountText(v === null ? null : cents(v), lang, { ...options, unit: '元' }, 2))
  );
}

/**
 * An amount in a table's display unit as digits, with that unit's decimals (trailing zeros dropped):
 * for text cells that state amounts beside a table in the same unit ("7,252.3" in 万).
 * @example formatScaled(72_523_000, '万') // '7,252.3'
 */
export function formatScaled(value: number | null, unit: TableUnit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return groupDigits(value / UNIT_SCALE[unit], TABLE_DECIMALS[unit]);
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
 * The percentages of one sentence, with one decimal, or more where two different rates would
 * otherwise print the same ("15.0%, above the 15.0% threshold" becomes "15.04% … 15.00%"): rates
 * a hundredth of a percent or more apart always read differently.
 * @example formatPercents([0.1504, 0.15], 'en') // ['15.04%', '15.00%']
 */
export function formatPercents(
  values: readonly (number | null)[],
  lang: Lang,
  options: { signed?: boolean } = {},
): string[] {
  const key = (v: number): number => Number((v * 100).toFixed(2)) + 0;
  return (
    distinctAt(values, (v, extra) => formatPercent(v, lang, { ...options, decimals: 1 + extra }), key, 1) ??
    values.map((v) => formatPercent(v === null ? null : key(v) / 100, lang, { ...options, decimals: 2 }))
  );
}

/**
 * A point change (a fraction: 0.037) in points with one decimal: "+3.7 points", "+3.7个百分点",
 * "+3.7個百分點"; `signed: false` gives the magnitude for a sentence whose words say the direction.
 * @example formatPoints(0.037, 'zh-CN') // '+3.7个百分点'
 */
export function formatPoints(value: number | null, lang: Lang, options: { signed?: boolean } = {}): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const signed = options.signed ?? true;
  const text = groupDigits((signed ? value : Math.abs(value)) * 100, 1, true);
  const plus = signed && !text.startsWith('-') && Number(text.replace(/,/g, '')) !== 0 ? '+' : '';
  const word = lang === 'en' ? ' points' : lang === 'zh-TW' ? '個百分點' : '个百分点';
  return `${plus}${text}${word}`;
}

/**
 * A count with thousands separators, the same in every language.
 * @example formatCount(120000, 'zh-CN') // '120,000'
 */
export function formatCount(value: number | null, _lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return groupDigits(Math.round(value), 0);
}
