/**
 * Section 7, 下年度计划: next year's base and stretch target, split by quarter and by dimension,
 * a quarter × first-dimension cascade, and consistency checks. The same rules as the plan tab's
 * live formulas (round to the unit in inputs.roundTo, largest remainder), so cached values match.
 */
import { consistencyChecks, keepsEveryPart, roundingUnit, roundToUnit, safeSplitByWeights } from '../plan';
import { growth as growthOf } from '../metrics';
import type { PeriodRow, ReviewModel, SegmentRow } from './model';
import type { Scope } from './scope';
import { planCapacity, planMargins, planNewCustomers } from './plan-drivers';

/** Weights are written to input cells: 4 decimals is plenty and reads cleanly. */
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

function quarterWeights(
  scope: Scope,
  quarters: PeriodRow[],
): { weights: number[]; source: 'user' | 'equal' | 'seasonal' } {
  const w = scope.settings.plan.quarterWeights;
  if (Array.isArray(w) && w.some((x) => x > 0)) return { weights: [...w], source: 'user' };
  if (w === 'seasonal' && scope.lastMonth >= 12) {
    const rev = quarters.map((q) => q.revenue);
    const total = rev.reduce((s, v) => s + v, 0);
    if (total > 0 && rev.every((v) => v >= 0))
      return { weights: rev.map((v) => round4(v / total)), source: 'seasonal' };
  }
  return { weights: [0.25, 0.25, 0.25, 0.25], source: 'equal' };
}

function split(total: number, weights: number[], unit: number): number[] {
  const r = safeSplitByWeights(total, weights, unit);
  return r.ok ? r.value : weights.map(() => 0);
}

/** The plan's revenue figures at one rounding unit (the plan tab's formulas use one unit cell). */
interface Figures {
  target: number;
  stretch: number | null;
  qParts: number[];
  stretchParts: number[] | null;
  byRole: ReviewModel['plan']['byRole'];
  cascade: ReviewModel['plan']['cascade'];
}

function figuresAt(
  unit: number,
  raw: number,
  typed: boolean,
  stretchFactor: number | null,
  qw: number[],
  dims: readonly Dimension[],
): Figures {
  const target = typed ? raw : roundToUnit(raw, unit);
  const stretch = stretchFactor === null ? null : roundToUnit(target * stretchFactor, unit);
  const byRole: ReviewModel['plan']['byRole'] = {};
  for (const d of dims) {
    const parts = split(target, d.weights, unit);
    byRole[d.dim] = d.rows.map((r, i) => ({ key: r.key, weight: d.weights[i], target: parts[i] }));
  }
  const first = dims[0]?.dim;
  const cascade = first
    ? {
        role: first,
        rows: (byRole[first] ?? []).map((s) => s.key),
        matrix: (byRole[first] ?? []).map((s) => split(s.target, qw, unit)),
      }
    : null;
  return {
    target,
    stretch,
    qParts: split(target, qw, unit),
    stretchParts: stretch === null ? null : split(stretch, qw, unit),
    byRole,
    cascade,
  };
}

/** No positive figure's part with a positive weight is rounded to 0 at this unit. */
function keepsFigures(f: Figures, unit: number, qw: number[], dims: readonly Dimension[]): boolean {
  const keeps = (total: number, weights: readonly number[]): boolean =>
    total <= 0 || keepsEveryPart(total, weights, unit);
  if (!keeps(f.target, qw)) return false;
  if (f.stretch !== null && !keeps(f.stretch, qw)) return false;
  for (const d of dims) if (!keeps(f.target, d.weights)) return false;
  const rows = f.cascade?.role ? (f.byRole[f.cascade.role] ?? []) : [];
  return rows.every((r) => keeps(r.target, qw));
}

/** A breakdown the plan splits the target over, with its weights. */
interface Dimension {
  dim: string;
  rows: SegmentRow[];
  weights: number[];
}

/**
 * Builds model.plan. Figures are rounded to settings.plan.roundTo when the plan is large enough
 * for it, else to the coarsest power of ten below it that moves the target by at most 1% and
 * rounds no positive part to 0 (core/plan/rounding-unit.ts); inputs.roundTo is the unit used.
 * @example buildPlan(scope, totals, quarters, breakdowns, customers).quarters // [3.6e8, 3.6e8, 2.4e8, 2.4e8]
 */
export function buildPlan(
  scope: Scope,
  totals: ReviewModel['totals'],
  quarters: PeriodRow[],
  breakdowns: ReviewModel['breakdowns'],
  customers: ReviewModel['customers'],
): ReviewModel['plan'] {
  const p = scope.settings.plan;
  const actual = totals.revenue;
  const raw = p.target ?? actual * (1 + p.growth);
  const qw = quarterWeights(scope, quarters);
  const dims: Dimension[] = [];
  for (const [dim, rows] of Object.entries(breakdowns)) {
    if (!rows || rows.length === 0) continue;
    const user = p.mix[dim];
    const weights = user
      ? rows.map((r) => (r.key === null ? 0 : (user[r.key] ?? 0)))
      : rows.map((r) => round4(totals.revenue > 0 ? Math.max(0, r.revenue) / totals.revenue : 0));
    if (!weights.some((w) => w > 0)) continue;
    dims.push({ dim, rows, weights });
  }
  const at = (u: number): Figures => figuresAt(u, raw, p.target !== null, p.stretchFactor, qw.weights, dims);
  const unit = roundingUnit(raw, p.roundTo, (u) => keepsFigures(at(u), u, qw.weights, dims));
  const { target, stretch, qParts, stretchParts, byRole, cascade } = at(unit);
  const g = p.target === null ? p.growth : growthOf(target, actual);
  const margins = planMargins(scope, totals, quarters, qParts);
  return {
    growth: g,
    target,
    stretchTarget: stretch,
    quarterWeights: qw.weights,
    weightsSource: qw.source,
    quarters: qParts,
    stretchQuarters: stretchParts,
    byRole,
    cascade,
    tolerance: p.tolerance,
    margins,
    newCustomers: planNewCustomers(scope, customers, target),
    capacity: planCapacity(scope, totals, target),
    checks: checks(scope, target, qParts, margins.quarters, byRole),
    inputs: {
      growth: p.growth,
      target: p.target,
      stretchFactor: p.stretchFactor,
      roundTo: unit,
      marginTarget: p.marginTarget,
      quarterMargins: p.quarterMargins ? [...p.quarterMargins] : null,
      newCustomers: p.newCustomers,
      newCustomerRevenue: p.newCustomerRevenue,
      headcount: p.headcount,
      revenuePerHead: p.revenuePerHead,
    },
  };
}

function checks(
  scope: Scope,
  annual: number,
  qParts: number[],
  margins: number[] | null,
  byRole: ReviewModel['plan']['byRole'],
): ReviewModel['plan']['checks'] {
  const p = scope.settings.plan;
  // The plan's own quarterly margin targets, weighted by its quarters, against the margin target.
  const raw = consistencyChecks({
    annual,
    parts: qParts,
    marginTarget: p.marginTarget,
    quarterMargins: p.marginTarget !== null ? margins : null,
  });
  const out: ReviewModel['plan']['checks'] = raw.map((c) => ({
    code: c.code,
    ok: c.ok,
    values: { ...c.values },
  }));
  for (const [dim, segs] of Object.entries(byRole)) {
    if (!segs) continue;
    const sum = segs.reduce((s, x) => s + x.target, 0);
    const ok = Math.abs(sum - annual) <= 1e-6 * Math.max(1, Math.abs(annual));
    out.push({ code: 'PLAN_DIM_VS_ANNUAL', ok, dimension: dim, values: { annual, sum } });
  }
  return out;
}
