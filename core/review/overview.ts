/** Section 1, 总览: revenue against base, stretch and revised targets, prior year, margin, orders, people. */
import {
  attainment,
  growth,
  grossMargin,
  perHead,
  ppChange,
  runRate,
  variance,
  variancePct,
} from '../metrics';
import { scopeComparison } from './comparison';
import type { ReviewModel, Status } from './model';
import type { Scope } from './scope';
import { segmentSums, sumOf, type GroupSums } from './sums';
import type { Targets } from './targets';

/**
 * Red / amber / green from attainment and the user's thresholds; null without a target.
 * @example statusOf(0.97, { green: 1, amber: 0.95 }) // 'amber'
 */
export function statusOf(att: number | null, th: { green: number; amber: number }): Status {
  if (att === null) return null;
  return att >= th.green ? 'green' : att >= th.amber ? 'amber' : 'red';
}

/** The year's sums (zero sums when the year has no rows). */
export function yearSums(scope: Scope, year: number | null): GroupSums | null {
  return year === null ? null : sumOf(scope.months(year));
}

/** Distinct salespeople with rows in the year; null without a salesperson column. */
function salespeople(scope: Scope): number | null {
  if (!scope.agg.segments.salesperson) return null;
  return segmentSums(scope.agg, 'salesperson', [scope.year]).filter(
    (g) => g.keys[1] !== '' && g.sums.rows > 0,
  ).length;
}

/**
 * Builds model.totals.
 * @example buildTotals(scope, targets).attainment // 1.1333
 */
export function buildTotals(scope: Scope, targets: Targets): ReviewModel['totals'] {
  const cur = yearSums(scope, scope.year);
  const pri = yearSums(scope, scope.prior);
  const revenue = cur ? cur.revenue : 0;
  const priorRevenue = pri ? pri.revenue : null;
  const basis = scopeComparison(scope);
  const th = { green: scope.settings.thresholds.green, amber: scope.settings.thresholds.amber };
  const target = targets.annual;
  const att = target === null ? null : attainment(revenue, target);
  const gp = cur ? cur.grossProfit : null;
  const gm = gp === null ? null : grossMargin(gp, revenue);
  const pgm = pri && pri.grossProfit !== null ? grossMargin(pri.grossProfit, pri.revenue) : null;
  const orders = cur ? cur.rows : 0;
  const heads = salespeople(scope);
  const months = scope.monthsPresent.filter(Boolean).length;
  return {
    revenue,
    priorRevenue,
    // like for like: a partial year is compared with the same months of the other (comparison.ts)
    yoy:
      priorRevenue === null || basis === null || basis.basis === 'none'
        ? null
        : basis.basis === 'same-months'
          ? growth(basis.revenue, basis.priorRevenue)
          : growth(revenue, priorRevenue),
    target,
    targetSource: targets.source,
    attainment: att,
    variance: target === null ? null : variance(revenue, target),
    variancePct: target === null ? null : variancePct(revenue, target),
    stretchTarget: targets.stretch,
    stretchAttainment: targets.stretch === null ? null : attainment(revenue, targets.stretch),
    revisedTarget: targets.revised,
    revisedAttainment: targets.revised === null ? null : attainment(revenue, targets.revised),
    grossProfit: gp,
    grossMargin: gm,
    priorGrossMargin: pgm,
    grossMarginChange: gm === null || pgm === null ? null : ppChange(gm, pgm),
    orders,
    averageOrderValue: orders > 0 ? revenue / orders : null,
    salespeople: heads,
    revenuePerSalesperson: heads === null ? null : perHead(revenue, heads),
    runRate: months === 0 ? null : scope.lastMonth >= 12 ? revenue : runRate(revenue, scope.lastMonth),
    status: statusOf(att, th),
    thresholds: th,
  };
}
