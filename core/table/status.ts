/** Order statuses that mean no sale happened: cancelled, closed, refunded in full, void, failed. */

const CANCELLED =
  /取消|关闭|關閉|退款成功|已退款|全额退款|全額退款|作废|作廢|无效|無效|失败|失敗|拒收|拒货|已退货|已退貨|退货成功|退貨成功|cancel|void|refunded|rejected|declined|failed|returned|closed[\s_-]*lost|^lost$/i;
/** In-progress or partial words that keep a row: a refund being processed, a partial refund. */
const KEPT = /部分|退款中|申请|申請|partial|pending|requested/i;

/**
 * Whether an order status says the order did not become a sale (已取消, 交易关闭, 退款成功, Cancelled, Refunded).
 * @example isCancelledStatus('交易关闭') // true
 * @example isCancelledStatus('交易成功') // false
 */
export function isCancelledStatus(status: string): boolean {
  const s = status.normalize('NFKC').trim();
  return s !== '' && CANCELLED.test(s) && !KEPT.test(s);
}
