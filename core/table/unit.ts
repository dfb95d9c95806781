/** Units written in headers: 销售额(万元), Revenue (K), 金额(亿元), (千元), (USD). */
import type { UnitTag } from './types';
import { BRACKETED, cleanText } from './normalize';
import { currencyCode } from './currency';

const SCALES: [RegExp, number][] = [
  [/(万亿|萬億)/, 1e12],
  [/(亿|億)/, 1e8],
  [/(千万|千萬)/, 1e7],
  [/(百万|百萬)/, 1e6],
  [/(万|萬)/, 1e4],
  [/千/, 1e3],
  [/(^|[^a-z])(bn|b)([^a-z]|$)/, 1e9],
  [/(^|[^a-z])(mn|mm|m|million|millions)([^a-z]|$)/, 1e6],
  [/(^|[^a-z])(k|thousand|thousands|000s|'000)([^a-z]|$)/, 1e3],
];
const CURRENCY =
  /(人民币|人民幣|rmb|cny|美元|美金|usd|us\$|港币|港幣|港元|hkd|hk\$|新台币|新台幣|台币|台幣|twd|ntd|nt\$|欧元|歐元|eur|€|日元|日圓|jpy|英镑|英鎊|gbp|£|\$)/;
const NO_UNIT: UnitTag = { scale: 1, currency: null, source: null };

/**
 * The unit a header states: scale to base units and ISO currency, from brackets or a "/单位" tail.
 * @example unitFromHeader('销售额(万元)') // { scale: 10000, currency: null, source: '万元' }
 */
export function unitFromHeader(header: string): UnitTag {
  const h = cleanText(header);
  const parts: string[] = [];
  for (const m of h.matchAll(BRACKETED)) parts.push(m[1].trim());
  const tail =
    /(?:单位|單位|unit)\s*[:：]?\s*(\S+)\s*$|[/_]\s*([^/_\s]*(?:元|万|萬|亿|億|usd|cny|k|m))\s*$/i.exec(h);
  if (tail) parts.push((tail[1] ?? tail[2]).trim());
  const bare = /(万元|萬元|亿元|億元|千元|百万元|百萬元|美元|万美元|萬美元)$/.exec(
    h.replace(BRACKETED, '').trim(),
  );
  if (parts.length === 0 && bare) parts.push(bare[1]);
  for (const source of parts) {
    const s = source.toLowerCase();
    let scale = 1;
    for (const [re, f] of SCALES) {
      if (re.test(s)) {
        scale = f;
        break;
      }
    }
    const cm = CURRENCY.exec(s);
    const currency = cm ? currencyCode(cm[1]) : null;
    if (scale !== 1 || currency !== null || /^(元|圆|圓)$/.test(s)) return { scale, currency, source };
  }
  return NO_UNIT;
}
