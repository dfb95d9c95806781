/**
 * What a sheet without order lines cannot say. A wide sheet (months across, one row per partner or
 * product) holds sums per period: counting its cells as orders would invent order counts, an
 * average order value, repurchase and new/lost customers. Those figures are null (the reading note
 * NOTE_WIDE_NO_ORDERS says why); revenue, quarters, breakdowns and concentration stay. Whole-year
 * columns with customers down keep the customers gained, kept and lost: that is what comparing
 * one year's customers with the last's says, order lines or not (NOTE_WIDE_ANNUAL).
 */
import { NO_LIFECYCLE } from './customers';
import type { ReviewModel } from './model';

/**
 * The totals without order counts and the customers without their lifecycle.
 * @example withoutOrderLines(totals, customers).totals.orders // null
 */
export function withoutOrderLines(
  totals: ReviewModel['totals'],
  customers: ReviewModel['customers'],
  keepLifecycle = false,
): { totals: ReviewModel['totals']; customers: ReviewModel['customers'] } {
  const withoutOrders = { ...totals, orders: null, averageOrderValue: null };
  if (keepLifecycle) return { totals: withoutOrders, customers };
  return {
    totals: withoutOrders,
    customers: { ...customers, ...NO_LIFECYCLE, lostList: [] },
  };
}
