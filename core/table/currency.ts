/** Currency names as they appear in sheets, to ISO codes. */
import { cleanText } from './normalize';

const NAMES: Record<string, string> = {
  人民币: 'CNY',
  人民幣: 'CNY',
  rmb: 'CNY',
  '¥': 'CNY',
  元: 'CNY',
  cny: 'CNY',
  美元: 'USD',
  美金: 'USD',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  港币: 'HKD',
  港幣: 'HKD',
  港元: 'HKD',
  hk$: 'HKD',
  hkd: 'HKD',
  新台币: 'TWD',
  新台幣: 'TWD',
  台币: 'TWD',
  台幣: 'TWD',
  nt$: 'TWD',
  ntd: 'TWD',
  twd: 'TWD',
  欧元: 'EUR',
  歐元: 'EUR',
  '€': 'EUR',
  eur: 'EUR',
  日元: 'JPY',
  日圆: 'JPY',
  日圓: 'JPY',
  日币: 'JPY',
  日幣: 'JPY',
  円: 'JPY',
  jpy: 'JPY',
  英镑: 'GBP',
  英鎊: 'GBP',
  '£': 'GBP',
  gbp: 'GBP',
};

/**
 * ISO code of a currency name, symbol or code; other text is upper-cased; blank → null.
 * @example currencyCode('美元') // 'USD'
 */
export function currencyCode(raw: string): string | null {
  const s = cleanText(raw);
  if (s === '') return null;
  return NAMES[s.toLowerCase()] ?? s.toUpperCase();
}

/**
 * The currency a review is in: the one asked for, unless every currency the sheet names for its
 * money (headers such as "Sales ($)" or "Importo (€)", a currency column) is one other currency
 * and no rate converts it. A person reviews an all-euro sheet in euros: refusing it for want of a
 * EUR→CNY rate, or inventing one, would both misread it.
 * @example reviewCurrency('CNY', ['EUR'], {}) // 'EUR'
 * @example reviewCurrency('CNY', ['EUR'], { EUR: 7.8 }) // 'CNY'
 * @example reviewCurrency('CNY', ['EUR', 'USD'], {}) // 'CNY' (mixed: a rate is needed)
 */
export function reviewCurrency(
  requested: string,
  named: readonly string[],
  rates: Readonly<Record<string, number>> = {},
): string {
  const found = new Set(named);
  if (found.size !== 1) return requested;
  const [only] = [...found];
  const converts = Object.keys(rates).some((k) => currencyCode(k) === only);
  return only === requested || converts ? requested : only;
}
