/** Text normalization shared by header matching, unit reading and value parsing. */

const TRAD =
  '額銷戶區產數單負責員務業標訂約發貨幣別種計總萬億營潤戰衝類線價際實稱編號碼簽應稅開時間經預劃彙匯滙達證廠導與週級領圓統點體門庫項';
const SIMP =
  '额销户区产数单负责员务业标订约发货币别种计总万亿营润战冲类线价际实称编号码签应税开时间经预划汇汇汇达证厂导与周级领圆统点体门库项';
const TRAD_TO_SIMP = new Map<string, string>([...TRAD].map((c, i) => [c, SIMP[i]]));

/** Any character the map converts: most text (and all Simplified text) skips the per-character loop. */
const HAS_TRAD = new RegExp(`[${TRAD}]`);

/**
 * Simplified-Chinese form of Traditional characters common in sales headers (header matching only).
 * @example toSimplified('銷售額') // '销售额'
 */
export function toSimplified(s: string): string {
  if (!HAS_TRAD.test(s)) return s;
  let out = '';
  for (const ch of s) out += TRAD_TO_SIMP.get(ch) ?? ch;
  return out;
}

/**
 * Half-width, trimmed, single-spaced form of a cell text (full-width digits, letters, brackets → ASCII).
 * @example cleanText(' １２３ ') // '123'
 */
export function cleanText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Bracketed segments: (万元) （USD） [K] 【千元】. */
export const BRACKETED = /[([【{]([^)\]】}]*)[)\]】}]/g;

/**
 * The comparison key of a header: half-width, lower case, Simplified, no brackets, spaces or punctuation.
 * @example headerKey('銷售額 (萬元)') // '销售额'
 */
export function headerKey(header: string): string {
  const s = toSimplified(cleanText(header).toLowerCase()).replace(BRACKETED, '');
  return s.replace(/[\s_\-:：/\\.·*#'"“”‘’,，、|]+/g, '');
}

/**
 * Whether a raw cell is blank (null, undefined, or text of only spaces).
 * @example isBlank('  ') // true
 */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
