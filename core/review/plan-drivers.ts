/**
 * The plan's drivers besides the revenue split (DOMAIN §1 下年度计划): quarterly margin targets with
 * the weighted annual margin, new-customer targets, and headcount × revenue per head against the
 * target. Each input is the user's setting, else seeded from this year, else left blank (null) for
 * the user to type into the plan tab's yellow cell; the figures derived from them follow the same
 * rules as the tab's live formulas, so the cached values match.
 */
import { capacityPlan, marginPlan, roundingUnit, roundToUnit } from '../plan';
import { share } from '../metrics';
import type { PeriodRow, ReviewModel } from './model';
import type { Scope } from './scope';

type Plan = ReviewModel['plan'];

/** Seeded rates are written to input cells: a tenth of a point reads cleanly (27.3%). */
const round3 = (v: number): number => Math.round(v * 1e3) / 1e3;

/**
 * A seeded amount rounded to the plan's unit when that moves it by at most 1%, else to a power of
 * ten that does (core/plan roundingUnit), or to the cent when it is below one whole unit.
 */
function roundAmount(v: number, preferred: number): number {
  const r = roundToUnit(v, roundingUnit(v, preferred));
  return r !== 0 ? r : Math.round(v * 100) / 100;
}

/**
 * Margin targets per quarter: the user's; else this year's quarterly margins (a quarter without
 * data takes the year's margin); else the margin target in every quarter; else none.
 * @example planMargins(scope, totals, quarters, [3.8e7, 4.2e7, 4.5e7, 5.5e7]).weighted
 */
export function planMargins(
  scope: Scope,
  totals: ReviewModel['totals'],
  quarters: readonly PeriodRow[],
  parts: readonly number[],
): Plan['margins'] {
  const p = scope.settings.plan;
  let margins: number[] | null = null;
  let source: Plan['margins']['source'] = null;
  if (p.quarterMargins) {
    margins = [...p.quarterMargins];
    source = 'user';
  } else if (totals.grossMargin !== null) {
    const year = totals.grossMargin;
    margins = [0, 1, 2, 3].map((q) => round3(quarters[q]?.grossMargin ?? year));
    source = 'this-year';
  } else if (p.marginTarget !== null) {
    margins = [p.marginTarget, p.marginTarget, p.marginTarget, p.marginTarget];
    source = 'target';
  }
  if (margins === null || parts.length !== 4)
    return { quarters: null, source: null, grossProfit: null, weighted: null };
  const m = marginPlan(parts, margins);
  return { quarters: margins, source, grossProfit: m.grossProfit, weighted: m.weighted };
}

/**
 * New customers to win and the revenue they bring: the user's, else this year's new customers
 * (only known with a prior year to tell new from returning); the revenue's share of the target.
 * @example planNewCustomers(scope, customers, 1.564e9).count // 42
 */
export function planNewCustomers(
  scope: Scope,
  customers: ReviewModel['customers'],
  target: number,
): Plan['newCustomers'] {
  const p = scope.settings.plan;
  const count = p.newCustomers ?? customers.new;
  const revenue =
    p.newCustomerRevenue ??
    (customers.revenueNew === null ? null : roundAmount(Math.max(0, customers.revenueNew), p.roundTo));
  return {
    count,
    countSource: p.newCustomers !== null ? 'user' : count !== null ? 'this-year' : null,
    revenue,
    revenueSource: p.newCustomerRevenue !== null ? 'user' : revenue !== null ? 'this-year' : null,
    share: revenue === null ? null : share(revenue, target),
    revenuePerCustomer: revenue === null || count === null || count <= 0 ? null : revenue / count,
  };
}

/**
 * Headcount × revenue per head against the target: the user's, else this year's distinct
 * salespeople and revenue per salesperson (none without a salesperson column).
 * @example planCapacity(scope, totals, 1.564e9).gap // -2.04e8
 */
export function planCapacity(scope: Scope, totals: ReviewModel['totals'], target: number): Plan['capacity'] {
  const p = scope.settings.plan;
  const headcount =
    p.headcount ?? (totals.salespeople !== null && totals.salespeople > 0 ? totals.salespeople : null);
  const perHead =
    p.revenuePerHead ??
    (totals.revenuePerSalesperson === null ? null : roundAmount(totals.revenuePerSalesperson, p.roundTo));
  const c = capacityPlan({ headcount, revenuePerHead: perHead, target });
  return {
    headcount,
    headcountSource: p.headcount !== null ? 'user' : headcount !== null ? 'this-year' : null,
    revenuePerHead: perHead,
    revenuePerHeadSource: p.revenuePerHead !== null ? 'user' : perHead !== null ? 'this-year' : null,
    capacity: c.capacity,
    gap: c.gap,
    headcountNeeded: c.headcountNeeded,
  };
}
