/** Narrative of section 4: concentration, new and lost customers, repurchase trend. */
import type { ReviewModel } from '../review';
import { trivialPoints, type Words } from './words';

/**
 * Up to five sentences on the customer base; none without a customer column.
 * @example customerSentences(model, words('zh-CN'))[0] // '前十大客户贡献46.0%的销售额,其中最大客户X占18.0%。'
 */
export function customerSentences(m: ReviewModel, w: Words): string[] {
  const c = m.customers;
  if (c.active === null || c.active === 0) return [];
  const out: string[] = [];
  if (c.top1Share !== null && c.largestCustomer !== null) {
    // "The ten largest" only says something when there are more than ten customers.
    const code = c.active > 10 && c.top10Share !== null ? 'NR_C_CONC' : 'NR_C_LARGEST';
    out.push(w.L(code, { top10: w.pct(c.top10Share), name: c.largestCustomer, top1: w.pct(c.top1Share) }));
  }
  if (c.new !== null && c.new > 0 && c.revenueNew !== null && c.newRevenueShare !== null) {
    out.push(w.L('NR_C_NEW', { n: c.new, revenue: w.amt(c.revenueNew), share: w.pct(c.newRevenueShare) }));
  }
  if (c.wonBack !== null && c.wonBack > 0 && c.revenueWonBack !== null) {
    out.push(w.L('NR_C_WONBACK', { n: c.wonBack, revenue: w.amt(c.revenueWonBack) }));
  }
  if (c.lost !== null && c.lost > 0 && c.lostPriorRevenue !== null) {
    out.push(w.L('NR_C_LOST', { n: c.lost, revenue: w.amt(c.lostPriorRevenue) }));
  }
  if (c.repurchaseRate !== null && c.repurchaseRateChange !== null && c.priorRepurchaseRate !== null) {
    const d = c.repurchaseRateChange;
    const code = trivialPoints(d) ? 'NR_C_REP_FLAT' : d > 0 ? 'NR_C_REP_UP' : 'NR_C_REP_DOWN';
    out.push(w.L(code, { prior: w.pct(c.priorRepurchaseRate), rate: w.pct(c.repurchaseRate), pp: w.pp(d) }));
  }
  return out.slice(0, 5);
}
