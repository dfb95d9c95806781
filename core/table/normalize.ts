/** Text normalization shared by header matching, unit reading and value parsing. */

const TRAD =
  '額銷戶區產數單負責員務業標訂約發貨幣別種計總萬億營潤戰衝類線價際實稱編號碼簽應稅' +
  '開時間經預劃彙匯滙達證廠導與週級領圓統點體門庫項國購買賣場東車費運條據屬狀態顧說' +
  '説備註進倉儲資機構關閉帳賬筆優會現結餘淨損報廣縣鄉鎮齡聯絡電話郵遞傳專隊組長規來' +
  '處權灣臺檯錄記評圖書為個設銀財還換讓虧雜險貼補贈層決議紅積細張頁績網鋪舖樓櫃紀顏' +
  '華亞歐館廳團請確認審輸';
const SIMP =
  '额销户区产数单负责员务业标订约发货币别种计总万亿营润战冲类线价际实称编号码签应税' +
  '开时间经预划汇汇汇达证厂导与周级领圆统点体门库项国购买卖场东车费运条据属状态顾说' +
  '说备注进仓储资机构关闭账账笔优会现结余净损报广县乡镇龄联络电话邮递传专队组长规来' +
  '处权湾台台录记评图书为个设银财还换让亏杂险贴补赠层决议红积细张页绩网铺铺楼柜纪颜' +
  '华亚欧馆厅团请确认审输';
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
