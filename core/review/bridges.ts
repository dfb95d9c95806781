/**
 * Section 5, 差异分析: prior year → this year and target → actual by segment; price–volume–mix. The
 * changes from last year are like for like: over the months both years have when one is partial.
 */
import { priceVolumeMix } from '../metrics';
import type { ReviewModel } from './model';
import type { Scope } from './scope';
import { hasValues, segmentSums } from './sums';
import { scopeComparison } from './comparison';

/**
 * Builds model.bridges from the breakdown rows (Others included, so the bridge adds up).
 * @example buildBridges(breakdowns).yoyBySegment.region?.[0] // { key: '华东', change: 7.4e7, contribution: 0.0617 }
 */
export function buildBridges(breakdowns: ReviewModel['breakdowns']): ReviewModel['bridges'] {
  const yoyBySegment: ReviewModel['bridges']['yoyBySegment'] = {};
  const planBySegment: ReviewModel['bridges']['planBySegment'] = {};
  for (const [dim, rows] of Object.entries(breakdowns)) {
    if (!rows) continue;
    if (rows.some((r) => r.priorRevenue !== null)) {
      yoyBySegment[dim] = rows
        // like for like: this year's and the prior year's compared months (comparisonBasis)
        .map((r) => ({
          key: r.key,
          change: (r.comparableRevenue ?? 0) - (r.priorRevenue ?? 0),
          contribution: r.contribution,
        }))
        .sort((a, b) => b.change - a.change);
    }
    if (rows.some((r) => r.target !== null)) {
      planBySegment[dim] = rows
        .map((r) => ({
          key: r.key,
          target: r.target ?? 0,
          actual: r.revenue,
          variance: r.revenue - (r.target ?? 0),
        }))
        .sort((a, b) => b.variance - a.variance);
    }
  }
  return { yoyBySegment, planBySegment };
}

/**
 * Price–volume–mix by product when quantity, product and a prior year exist; null otherwise.
 * @example buildPvm(scope)?.volume // 1e8
 */
export function buildPvm(scope: Scope): ReviewModel['pvm'] {
  if (scope.prior === null || !scope.agg.segments.product || !hasValues(scope.agg, 'quantity')) return null;
  // like for like: a partial year is compared over the months both years have (comparison.ts)
  const basis = scopeComparison(scope);
  if (basis === null || basis.basis === 'none') return null;
  const months: [number, number] | undefined =
    basis.basis === 'same-months' ? [basis.fromMonth, basis.toMonth] : undefined;
  const rows = new Map<string, { key: string; q0: number; r0: number; q1: number; r1: number }>();
  for (const g of segmentSums(scope.agg, 'product', [scope.year, scope.prior], months)) {
    const key = g.keys[1];
    const r = rows.get(key) ?? { key, q0: 0, r0: 0, q1: 0, r1: 0 };
    if (Number(g.keys[0]) === scope.year) {
      r.q1 += g.sums.quantity ?? 0;
      r.r1 += g.sums.revenue;
    } else {
      r.q0 += g.sums.quantity ?? 0;
      r.r0 += g.sums.revenue;
    }
    rows.set(key, r);
  }
  const p = priceVolumeMix([...rows.values()]);
  return {
    volume: p.volume,
    mix: p.mix,
    price: p.price,
    newProducts: p.newProducts,
    discontinued: p.discontinued,
  };
}
