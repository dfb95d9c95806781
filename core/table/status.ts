/** Order statuses that mean no sale happened: cancelled, closed, refunded in full, void, failed. */

const CANCELLED =
  /取消|关闭|關閉|退款成功|已退款|全额退款|全額退款|作废|作廢|无效|無效|失败|失敗|拒收|拒货|已退货|已退貨|退货成功|退貨成功|cancel|void|refunded|rejected|declined|failed|returned|closed[\s_-]*lost|^lost$/i;
/** In-progress or partial words that keep a row: a refund being processed, a partial refund. */
const KEPT = /部分|退款中|申请|申請|partial|pending|requested/i;
/** A CRM stage saying the deal was won (Won, Closed Won, Closed - Won, 赢单, 贏單). */
const WON = /^(closed[\s_-]*)?won$|^(已)?赢单$|^(已)?贏單$/i;

/**
 * Whether an order status says the order did not become a sale (已取消, 交易关闭, 退款成功, Cancelled, Refunded).
 * @example isCancelledStatus('交易关闭') // true
 * @example isCancelledStatus('交易成功') // false
 */
export function isCancelledStatus(status: string): boolean {
  const s = status.normalize('NFKC').trim();
  return s !== '' && CANCELLED.test(s) && !KEPT.test(s);
}

/**
 * Whether a CRM stage says the deal was won.
 * @example isWonStage('Closed Won') // true
 * @example isWonStage('Negotiation') // false
 */
export function isWonStage(status: string): boolean {
  return WON.test(status.normalize('NFKC').trim());
}

/**
 * Which of a status column's distinct values leave their rows out of the sales. A column with a won
 * stage is a CRM pipeline, where only won deals are sales: lost deals and every still-open stage
 * (Prospecting, Engaging, Negotiation …, often with an expected close date and amount) are out.
 * Any other status column loses its cancelled, closed and refunded orders.
 * @example statusesLeftOut(['Won', 'Lost', 'Prospecting']) // [false, true, true]
 * @example statusesLeftOut(['Shipped', 'Cancelled']) // [false, true]
 */
export function statusesLeftOut(values: readonly string[]): boolean[] {
  const pipeline = values.some(isWonStage);
  return values.map((v) => (pipeline ? v.trim() !== '' && !isWonStage(v) : isCancelledStatus(v)));
}
