/**
 * Section 3, 三维拆解: each chosen dimension's segments against target and prior year, sorted by
 * revenue, the tail beyond settings.maxSegments folded into "Others", dark horse and laggard flagged.
 */
import { attainment, grossMargin, growth, ppChange, share, variance } from '../metrics';
import type { ReviewModel, SegmentKey, SegmentRow } from './model';
import { statusOf } from './overview';
import type { Scope } from './scope';
import { addSums, emptySums, segmentSums, type GroupSums } from './sums';
import type { Targets } from './targets';
import { scopeComparison, type ComparisonBasis } from './comparison';

/** A segment must hold at least this share of revenue to be a dark horse. */
export const MATERIAL_SHARE = 0.05;

interface Seg {
  key: SegmentKey;
  cur: GroupSums;
  /** This year over the compared months (cur itself for whole years). */
  same: GroupSums;
  /** The prior year over the compared months; null without a like-for-like prior year. */
  prior: GroupSums | null;
  target: number | null;
  others: boolean;
}

function collect(scope: Scope, dim: string, targets: Targets, basis: ComparisonBasis | null): Seg[] {
  // Like for like (comparison.ts): the prior year over the months both years have; none when they share none.
  const prior = basis === null || basis.basis === 'none' ? null : scope.prior;
  const months: [number, number] | undefined =
    basis?.basis === 'same-months' ? [basis.fromMonth, basis.toMonth] : undefined;
  // The blank cells' segment keeps the key '' (what the data holds); the layout names it.
  const by = new Map<string, Seg>();
  const seg = (key: string): Seg => {
    const s = by.get(key) ?? {
      key,
      cur: emptySums(),
      same: emptySums(),
      prior: prior === null ? null : emptySums(),
      target: null,
      others: false,
    };
    by.set(key, s);
    return s;
  };
  for (const g of segmentSums(scope.agg, dim, [scope.year])) {
    const s = seg(g.keys[1]);
    s.cur = addSums(s.cur, g.sums);
    if (!months) s.same = addSums(s.same, g.sums);
  }
  if (months)
    for (const g of segmentSums(scope.agg, dim, [scope.year], months)) {
      const s = seg(g.keys[1]);
      s.same = addSums(s.same, g.sums);
    }
  if (prior !== null)
    for (const g of segmentSums(scope.agg, dim, [prior], months)) {
      const s = seg(g.keys[1]);
      if (s.prior) s.prior = addSums(s.prior, g.sums);
    }
  // a segment with rows only in the prior year's other months has nothing to compare or show
  if (prior !== null && months)
    for (const g of segmentSums(scope.agg, dim, [prior])) if (!by.has(g.keys[1])) seg(g.keys[1]);
  const tmap = targets.byDim[dim];
  if (tmap) {
    for (const [k, tg] of tmap) {
      const s = by.get(k) ?? {
        key: k,
        cur: emptySums(),
        same: emptySums(),
        prior: prior === null ? null : emptySums(),
        target: null,
        others: false,
      };
      s.target = (s.target ?? 0) + tg.base;
      by.set(k, s);
    }
  }
  // Segments with neither revenue this year nor last year nor a target carry nothing.
  return [...by.values()]
    .filter((s) => s.cur.rows > 0 || (s.prior?.rows ?? 0) > 0 || s.target !== null)
    .sort((a, b) => b.cur.revenue - a.cur.revenue || (a.key ?? '').localeCompare(b.key ?? ''));
}

function fold(segs: Seg[], max: number): Seg[] {
  if (segs.length <= max) return segs;
  const keep = segs.slice(0, max - 1);
  const rest = segs.slice(max - 1);
  const others: Seg = {
    key: null,
    cur: emptySums(),
    same: emptySums(),
    prior: rest[0].prior ? emptySums() : null,
    target: null,
    others: true,
  };
  for (const s of rest) {
    others.cur = addSums(others.cur, s.cur);
    others.same = addSums(others.same, s.same);
    if (others.prior && s.prior) others.prior = addSums(others.prior, s.prior);
    if (s.target !== null) others.target = (others.target ?? 0) + s.target;
  }
  return [...keep, others];
}

/** The totals a segment is measured against: this year, and both years over the compared months. */
interface RowTotals {
  total: number;
  sameTotal: number;
  priorTotal: number | null;
}

function toRow(s: Seg, t: RowTotals, th: { green: number; amber: number }): SegmentRow {
  const prior = s.prior ? s.prior.revenue : null;
  const same = prior === null ? null : s.same.revenue;
  const sh = share(s.cur.revenue, t.total);
  // share change like for like: both shares over the compared months
  const sameShare = same === null ? null : share(same, t.sameTotal);
  const priorShare = prior !== null && t.priorTotal !== null ? share(prior, t.priorTotal) : null;
  const att = s.target === null ? null : attainment(s.cur.revenue, s.target);
  return {
    key: s.key,
    revenue: s.cur.revenue,
    target: s.target,
    attainment: att,
    variance: s.target === null ? null : variance(s.cur.revenue, s.target),
    priorRevenue: prior,
    comparableRevenue: same,
    yoy: prior === null || same === null ? null : growth(same, prior),
    share: sh,
    shareChange: sameShare === null || priorShare === null ? null : ppChange(sameShare, priorShare),
    contribution:
      prior === null || same === null || t.priorTotal === null || !(t.priorTotal > 0)
        ? null
        : (same - prior) / t.priorTotal,
    grossMargin: s.cur.grossProfit === null ? null : grossMargin(s.cur.grossProfit, s.cur.revenue),
    status: statusOf(att, th),
    flags: s.others ? ['others'] : [],
  };
}

/**
 * Flags the laggard (lowest attainment below green; without targets, the steepest decline below
 * total growth) and the dark horse (fastest growth among material segments, beating the total,
 * and not the laggard: a segment missing its target most is no dark horse).
 */
function flag(
  rows: SegmentRow[],
  totalYoy: number | null,
  green: number,
): { darkHorse: string | null; laggard: string | null } {
  const real = rows.filter((r) => !r.flags.includes('others'));
  if (real.length < 2) return { darkHorse: null, laggard: null };
  let lag: SegmentRow | null = null;
  const withTarget = real.filter((r) => r.attainment !== null);
  if (withTarget.length > 0) {
    for (const r of withTarget)
      if ((r.attainment ?? 0) < green && (!lag || (r.attainment ?? 0) < (lag.attainment ?? 0))) lag = r;
  } else {
    for (const r of real) {
      if (r.yoy === null || r.yoy >= Math.min(0, totalYoy ?? 0)) continue;
      if (!lag || r.yoy < (lag.yoy ?? Infinity)) lag = r;
    }
  }
  let dark: SegmentRow | null = null;
  for (const r of real) {
    if (r === lag || r.yoy === null || (r.share ?? 0) < MATERIAL_SHARE || r.yoy <= Math.max(0, totalYoy ?? 0))
      continue;
    if (!dark || r.yoy > (dark.yoy ?? -Infinity)) dark = r;
  }
  if (dark) dark.flags.push('darkHorse');
  if (lag) lag.flags.push('laggard');
  return { darkHorse: dark ? dark.key : null, laggard: lag ? lag.key : null };
}

/**
 * Builds model.breakdowns and model.highlights.
 * @example buildBreakdowns(scope, targets, totals).breakdowns.region?.[0].key // '华东'
 */
export function buildBreakdowns(
  scope: Scope,
  dims: string[],
  targets: Targets,
  totals: ReviewModel['totals'],
): Pick<ReviewModel, 'breakdowns' | 'highlights'> {
  const breakdowns: ReviewModel['breakdowns'] = {};
  const highlights: ReviewModel['highlights'] = {};
  const th = totals.thresholds;
  const basis = scopeComparison(scope);
  const same = basis?.basis === 'same-months';
  const rowTotals: RowTotals = {
    total: totals.revenue,
    sameTotal: same ? basis.revenue : totals.revenue,
    priorTotal:
      basis === null || basis.basis === 'none' ? null : same ? basis.priorRevenue : totals.priorRevenue,
  };
  for (const d of dims) {
    const segs = fold(collect(scope, d, targets, basis), scope.settings.maxSegments);
    const rows = segs.map((s) => toRow(s, rowTotals, th));
    if (rows.length === 0) continue;
    highlights[d] = flag(rows, totals.yoy, th.green);
    breakdowns[d] = rows;
  }
  return { breakdowns, highlights };
}
