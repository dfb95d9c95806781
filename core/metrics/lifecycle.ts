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

/** One customer's net revenue and purchases (rows with a positive amount) in one fiscal year. */
export interface CustomerYear {
  /** Index into the customer keys; −1 for rows without a customer. */
  customer: number;
  fiscalYear: number;
  revenue: number;
  purchases: number;
}

/**
 * Net revenue and purchases per customer code and fiscal year, in code order (rows without a
 * customer under −1, first); rows without an amount are left out. Empty without a customer column.
 * @example customerYears(table, 1)[0] // { customer: 0, fiscalYear: 2024, revenue: 50, purchases: 1 }
 */
export function customerYears(table: Table, startMonth: number): CustomerYear[] {
  const cust = table.dims.customer;
  const amount = table.measures.amount?.values;
  if (!cust || !amount || table.rowCount === 0) return [];
  const off = startMonth >= 1 && startMonth <= 12 ? Math.trunc(startMonth) - 1 : 0;
  const shift = off === 0 ? 0 : 1;
  let lo = table.monthIndex[0];
  let hi = lo;
  for (let i = 1; i < table.rowCount; i++) {
    const m = table.monthIndex[i];
    if (m < lo) lo = m;
    else if (m > hi) hi = m;
  }
  // Years numbered densely (a stray far-off date adds one year, not a century of empty slots).
  const yearOfMonth = new Int32Array(hi - lo + 1);
  const years: number[] = [];
  for (let m = lo; m <= hi; m++) {
    const fy = Math.floor((m - off) / 12) + shift;
    if (years.length === 0 || years[years.length - 1] !== fy) years.push(fy);
    yearOfMonth[m - lo] = years.length - 1;
  }
  const used = new Uint8Array(years.length);
  for (let i = 0; i < table.rowCount; i++) used[yearOfMonth[table.monthIndex[i] - lo]] = 1;
  const dense = new Int32Array(years.length);
  const present: number[] = [];
  for (let y = 0; y < years.length; y++) dense[y] = used[y] ? present.push(years[y]) - 1 : -1;
  const span = present.length;
  // slot 0..span−1: no customer; then span slots per customer code
  const slots = (cust.values.length + 1) * span;
  const revenue = new Float64Array(slots);
  const purchases = new Int32Array(slots);
  const seen = new Uint8Array(slots);
  // inline table scan for performance: one pass, slot = (code + 1) × years + year number
  for (let i = 0, n = table.rowCount; i < n; i++) {
    const a = amount[i];
    if (a !== a) continue; // NaN amount
    const k = (cust.codes[i] + 1) * span + dense[yearOfMonth[table.monthIndex[i] - lo]];
    revenue[k] += a;
    seen[k] = 1;
    if (a > 0) purchases[k]++;
  }
  const out: CustomerYear[] = [];
  for (let k = 0; k < slots; k++) {
    if (seen[k] === 0) continue;
    out.push({
      customer: Math.floor(k / span) - 1,
      fiscalYear: present[k % span],
      revenue: revenue[k],
      purchases: purchases[k],
    });
  }
  return out;
}

/**
 * Classifies customers as new / returning / won back / lost for a fiscal year.
 * @example customerLifecycle(table, 2025, 1).repurchaseRate // 0.78
 */
export function customerLifecycle(table: Table, year: number, startMonth: number): CustomerLifecycle {
  const cust = table.dims.customer;
  const out = lifecycleOf(cust ? cust.values : [], customerYears(table, startMonth), year);
  return { ...out, hasCustomers: !!cust };
}

/**
 * The lifecycle from customers' yearly revenue and purchases (any engine's aggregates): byCustomer
 * and priorByCustomer are indexed like `keys`.
 * @example lifecycleOf(['A'], [{ customer: 0, fiscalYear: 2025, revenue: 5, purchases: 1 }], 2025).new // 1
 */
export function lifecycleOf(
  keys: readonly string[],
  rows: readonly CustomerYear[],
  year: number,
): CustomerLifecycle {
  const nCust = keys.length;
  const byCustomer = new Float64Array(nCust);
  const priorByCustomer = new Float64Array(nCust);
  const flags = new Uint8Array(nCust);
  let unattributed = 0;
  for (const r of rows) {
    const fy = r.fiscalYear;
    if (fy > year) continue;
    const c = r.customer;
    if (c < 0) {
      if (fy === year) unattributed += r.revenue;
      continue;
    }
    if (fy === year) byCustomer[c] += r.revenue;
    else if (fy === year - 1) priorByCustomer[c] += r.revenue;
    if (r.purchases <= 0) continue;
    if (fy === year) flags[c] |= THIS;
    else if (fy === year - 1) flags[c] |= PRIOR;
    else {
      flags[c] |= BEFORE_PRIOR;
      if (fy === year - 2) flags[c] |= PRIOR2;
    }
  }

  const out: CustomerLifecycle = {
    hasCustomers: nCust > 0,
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
      out.lostList.push({ key: keys[c], priorRevenue: priorByCustomer[c] });
    }
  }
  // Ties by name, so every engine lists them alike (none keeps the sheet's row order).
  out.lostList.sort(
    (a, b) => b.priorRevenue - a.priorRevenue || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  out.repurchaseRate = out.priorActive > 0 ? out.returning / out.priorActive : null;
  out.priorRepurchaseRate = prior2Active > 0 ? prior2Returning / prior2Active : null;
  return out;
}
