/**
 * Customer lifecycle within a fiscal review year (DOMAIN.md §2), from each customer's purchase years.
 *
 * A customer "purchased" in a fiscal year when it has at least one row with a positive amount in
 * that year (a year holding only refunds is not a purchase). Revenue figures are net (refunds
 * included). For review year Y:
 * - new: purchased in Y and in no earlier year;
 * - returning: purchased in Y and in Y−1;
 * - won back: purchased in Y, not in Y−1, but in some year before Y−1;
 * - lost: purchased in Y−1, not in Y.
 * repurchaseRate = returning / customers who purchased in Y−1; priorRepurchaseRate is the same
 * rate one year earlier (purchased in Y−2 and Y−1 / purchased in Y−2), for the point change.
 * Rows without a customer are left out of the counts; their net revenue is `unattributedRevenue`.
 */
import type { Table } from '../table';

export interface CustomerLifecycle {
  /** False when the table has no customer column: every count is 0 and every rate null. */
  hasCustomers: boolean;
  /** Customers who purchased in the review year. */
  active: number;
  new: number;
  returning: number;
  wonBack: number;
  lost: number;
  /** Customers who purchased in the prior year (the repurchase-rate denominator). */
  priorActive: number;
  /** Review-year net revenue of each group. */
  revenue: { new: number; returning: number; wonBack: number };
  /** Prior-year net revenue of the lost customers. */
  lostPriorRevenue: number;
  repurchaseRate: number | null;
  priorRepurchaseRate: number | null;
  /** Lost customers, largest prior-year revenue first. */
  lostList: { key: string; priorRevenue: number }[];
  /** Review-year net revenue per customer code (index = dictionary code). */
  byCustomer: Float64Array;
  /** Prior-year net revenue per customer code. */
  priorByCustomer: Float64Array;
  /** Review-year net revenue of rows with a blank customer. */
  unattributedRevenue: number;
}

// Purchase flags per customer, as bits.
const THIS = 1;
const PRIOR = 2;
const PRIOR2 = 4;
const BEFORE_PRIOR = 8; // any year before Y−1 (includes Y−2)

/**
 * Classifies customers as new / returning / won back / lost for a fiscal year.
 * @example customerLifecycle(table, 2025, 1).repurchaseRate // 0.78
 */
export function customerLifecycle(table: Table, year: number, startMonth: number): CustomerLifecycle {
  const cust = table.dims.customer;
  const amount = table.measures.amount?.values;
  const nCust = cust ? cust.values.length : 0;
  const byCustomer = new Float64Array(nCust);
  const priorByCustomer = new Float64Array(nCust);
  const flags = new Uint8Array(nCust);
  const off = startMonth >= 1 && startMonth <= 12 ? Math.trunc(startMonth) - 1 : 0;
  const fyShift = off === 0 ? 0 : 1;
  let unattributed = 0;

  if (cust && amount) {
    const codes = cust.codes;
    const months = table.monthIndex;
    // inline table scan for performance: fiscal year by arithmetic, flags as bits
    for (let i = 0, n = table.rowCount; i < n; i++) {
      const a = amount[i];
      if (a !== a) continue; // NaN amount
      const fy = Math.floor((months[i] - off) / 12) + fyShift;
      if (fy > year) continue;
      const c = codes[i];
      if (c < 0) {
        if (fy === year) unattributed += a;
        continue;
      }
      if (fy === year) byCustomer[c] += a;
      else if (fy === year - 1) priorByCustomer[c] += a;
      if (a <= 0) continue;
      if (fy === year) flags[c] |= THIS;
      else if (fy === year - 1) flags[c] |= PRIOR;
      else {
        flags[c] |= BEFORE_PRIOR;
        if (fy === year - 2) flags[c] |= PRIOR2;
      }
    }
  }

  const out: CustomerLifecycle = {
    hasCustomers: !!cust,
    active: 0,
    new: 0,
    returning: 0,
    wonBack: 0,
    lost: 0,
    priorActive: 0,
    revenue: { new: 0, returning: 0, wonBack: 0 },
    lostPriorRevenue: 0,
    repurchaseRate: null,
    priorRepurchaseRate: null,
    lostList: [],
    byCustomer,
    priorByCustomer,
    unattributedRevenue: unattributed,
  };
  let prior2Active = 0;
  let prior2Returning = 0;
  for (let c = 0; c < nCust; c++) {
    const f = flags[c];
    if (f & PRIOR) out.priorActive++;
    if (f & PRIOR2) {
      prior2Active++;
      if (f & PRIOR) prior2Returning++;
    }
    if (f & THIS) {
      out.active++;
      if (f & PRIOR) {
        out.returning++;
        out.revenue.returning += byCustomer[c];
      } else if (f & BEFORE_PRIOR) {
        out.wonBack++;
        out.revenue.wonBack += byCustomer[c];
      } else {
        out.new++;
        out.revenue.new += byCustomer[c];
      }
    } else if (f & PRIOR) {
      out.lost++;
      out.lostPriorRevenue += priorByCustomer[c];
      out.lostList.push({ key: cust ? cust.values[c] : '', priorRevenue: priorByCustomer[c] });
    }
  }
  out.lostList.sort((a, b) => b.priorRevenue - a.priorRevenue);
  out.repurchaseRate = out.priorActive > 0 ? out.returning / out.priorActive : null;
  out.priorRepurchaseRate = prior2Active > 0 ? prior2Returning / prior2Active : null;
  return out;
}
