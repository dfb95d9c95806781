/**
 * Section 6, 问题与亮点: problems detected from the data, each with its evidence, and highlights.
 * Thresholds come from settings.thresholds, the tolerance band from settings.plan.tolerance. A
 * finding is a code and its figures; core/narrative words it (findingSentence).
 */
import { toleranceCheck } from '../plan';
import type { Finding, ReviewModel } from './model';
import type { Scope } from './scope';
import { checkEvidence, count, money, points, rate, role, text } from './evidence';
import { isMaterial, materialityOf } from './materiality';
import { sumOf } from './sums';
import { scopeComparison } from './comparison';

/** Lost customers' prior revenue at or above this share of prior revenue is a finding. */
export const LOST_REVENUE_SHARE = 0.05;
/** Quarterly revenue varying more than this (coefficient of variation) is volatile … */
export const VOLATILITY_CV = 0.3;
/**
 * … when a quarter's share of the year also departs from its share the (complete) year before by
 * at least this (0.1 = 10 points): a swing the year before shared is the business's season.
 */
export const SEASON_DEPARTURE = 0.1;
/** A declining segment whose revenue fell by more than this is a high-severity problem. */
export const STEEP_DECLINE = -0.1;
/** Totals that do not add up, raised one by one up to this many (the largest); the data-quality tab lists all. */
export const MISMATCHES_RAISED = 5;
/** Key fields checked for completeness. */
const KEY_FIELDS = ['date', 'amount', 'customer', 'region', 'product', 'salesperson', 'channel'] as const;

type Parts = Pick<
  ReviewModel,
  'totals' | 'quarters' | 'breakdowns' | 'highlights' | 'customers' | 'plan' | 'dataQuality'
>;

/**
 * Detects the findings, problems first (by severity), then highlights.
 * @example buildFindings(scope, parts).map((f) => f.code) // ['CUSTOMER_CONCENTRATION', 'RECORD_QUARTER']
 */
export function buildFindings(scope: Scope, m: Parts): Finding[] {
  const th = scope.settings.thresholds;
  const band = scope.settings.plan.tolerance;
  const out: Finding[] = [];
  const add = (code: Finding['code'], severity: Finding['severity'], evidence: Finding['evidence']): void => {
    out.push({ code, severity, evidence });
  };
  const t = m.totals;
  const mat = materialityOf(th);
  // A customer's change from last year is over whole years: it means something only when both years
  // cover the same months (a year through October against a full one is no loss).
  const basis = scopeComparison(scope);
  const wholeYears = basis?.sameSpan === true;
  // A segment's change is like for like (breakdowns.ts: the compared months of both years), weighed
  // against the whole business over the same months.
  const priorBase = basis === null || basis.basis === 'none' ? null : basis.priorRevenue;

  // The whole business below target: raised when the gap matters to the business.
  if (
    t.attainment !== null &&
    t.target !== null &&
    t.attainment < th.green &&
    isMaterial(t.revenue - t.target, null, t.target, mat)
  ) {
    add('BELOW_TARGET', t.attainment < th.amber ? 'high' : 'medium', [
      money('revenue', t.revenue),
      money('target', t.target),
      rate('attainment', t.attainment),
      money('gap', t.variance),
    ]);
  }
  for (const [dim, rows] of Object.entries(m.breakdowns)) {
    const list = rows ?? [];
    // A segment's gap is weighed against the dimension's whole target, its change against the whole prior year.
    const dimTarget = list.reduce((a, r) => a + (r.target ?? 0), 0);
    for (const r of list) {
      if (r.flags.includes('others')) continue;
      if (
        r.target !== null &&
        r.target > 0 &&
        toleranceCheck(r.revenue, r.target, band) === 'below' &&
        isMaterial(r.revenue - r.target, null, t.target ?? dimTarget, mat)
      ) {
        add('OUTSIDE_TOLERANCE', (r.attainment ?? 0) < th.amber - band ? 'high' : 'medium', [
          role('dimension', dim),
          text('segment', r.key),
          money('revenue', r.revenue),
          money('target', r.target),
          rate('attainment', r.attainment),
          rate('band', band),
        ]);
      }
      if (
        priorBase !== null &&
        r.yoy !== null &&
        r.yoy < 0 &&
        r.priorRevenue !== null &&
        r.comparableRevenue !== null &&
        isMaterial(r.comparableRevenue - r.priorRevenue, r.priorRevenue, priorBase, mat)
      ) {
        add('DECLINING_SEGMENT', r.yoy < STEEP_DECLINE ? 'high' : 'medium', [
          role('dimension', dim),
          text('segment', r.key),
          money('revenue', r.comparableRevenue),
          money('priorRevenue', r.priorRevenue),
          rate('yoy', r.yoy),
        ]);
      }
    }
  }
  // An equal split is not a quarterly commitment: only quarter targets given or seasonal are held to the band.
  const quarterTargetsReal = t.quarterTargetBasis === 'source' || t.quarterTargetBasis === 'prior-seasonal';
  for (const q of quarterTargetsReal ? m.quarters : []) {
    if (
      q.target !== null &&
      q.target > 0 &&
      q.attainment !== null &&
      toleranceCheck(q.revenue, q.target, band) === 'below' &&
      isMaterial(q.revenue - q.target, null, t.target, mat)
    ) {
      add('OUTSIDE_TOLERANCE', 'medium', [
        role('dimension', 'quarter'),
        text('segment', q.label),
        money('revenue', q.revenue),
        money('target', q.target),
        rate('attainment', q.attainment),
        rate('band', band),
      ]);
    }
  }
  const c = m.customers;
  if (c.largestShare !== null && c.largestShare > th.concentration) {
    add('CUSTOMER_CONCENTRATION', 'high', [
      text('customer', c.largestCustomer),
      rate('share', c.largestShare),
      rate('threshold', th.concentration),
    ]);
  }
  if (t.grossMarginChange !== null && t.grossMarginChange < -th.marginDrop) {
    add('MARGIN_DOWN', t.grossMarginChange < -2 * th.marginDrop ? 'high' : 'medium', [
      rate('grossMargin', t.grossMargin),
      rate('priorGrossMargin', t.priorGrossMargin),
      points('change', t.grossMarginChange),
      points('threshold', th.marginDrop),
    ]);
  }
  const lostShare =
    c.lostPriorRevenue !== null && t.priorRevenue ? c.lostPriorRevenue / t.priorRevenue : null;
  if (wholeYears && lostShare !== null && lostShare >= LOST_REVENUE_SHARE) {
    add('LOST_CUSTOMER_REVENUE', 'medium', [
      count('lost', c.lost),
      money('lostPriorRevenue', c.lostPriorRevenue),
      rate('shareOfPrior', lostShare),
    ]);
  }
  const cv = volatility(m.quarters.map((q) => q.revenue));
  const shape = completeYearShares(scope, scope.year);
  const priorShape = scope.prior === null ? null : completeYearShares(scope, scope.prior);
  if (
    cv !== null &&
    cv > VOLATILITY_CV &&
    shape !== null &&
    priorShape !== null &&
    shape.some((x, i) => Math.abs(x - priorShape[i]) >= SEASON_DEPARTURE)
  ) {
    const rev = m.quarters.map((q) => q.revenue);
    const hi = rev.indexOf(Math.max(...rev));
    const lo = rev.indexOf(Math.min(...rev));
    add('QUARTER_VOLATILITY', 'low', [
      rate('coefficientOfVariation', cv),
      text('highQuarter', `Q${hi + 1}`),
      money('highRevenue', rev[hi]),
      text('lowQuarter', `Q${lo + 1}`),
      money('lowRevenue', rev[lo]),
    ]);
  }
  for (const f of KEY_FIELDS) {
    const v = m.dataQuality.completeness[f];
    if (v !== undefined && v < th.completeness) {
      add('LOW_COMPLETENESS', 'medium', [
        role('field', f),
        rate('completeness', v),
        rate('threshold', th.completeness),
      ]);
    }
  }
  for (const x of totalMismatches(m.dataQuality.wide, t.revenue, mat)) add(...x);
  for (const ch of m.plan.checks) {
    if (!ch.ok)
      add('PLAN_INCONSISTENT', 'medium', [
        text('check', ch.code),
        ...(ch.dimension === undefined ? [] : [role('dimension', ch.dimension)]),
        ...checkEvidence(ch.values),
      ]);
  }

  const record = m.quarters.find((q) => q.record);
  if (record)
    add('RECORD_QUARTER', 'highlight', [text('quarter', record.label), money('revenue', record.revenue)]);
  for (const [dim, h] of Object.entries(m.highlights)) {
    const row = h?.darkHorse ? m.breakdowns[dim]?.find((r) => r.key === h.darkHorse) : undefined;
    // A dark horse worth naming moved the business, not only itself.
    if (
      priorBase !== null &&
      row &&
      row.priorRevenue !== null &&
      row.comparableRevenue !== null &&
      isMaterial(row.comparableRevenue - row.priorRevenue, row.priorRevenue, priorBase, mat)
    ) {
      add('DARK_HORSE', 'highlight', [
        role('dimension', dim),
        text('segment', row.key),
        rate('yoy', row.yoy),
        rate('share', row.share),
      ]);
    }
  }
  if (t.stretchAttainment !== null && t.stretchAttainment >= 1) {
    add('ABOVE_STRETCH', 'highlight', [
      money('revenue', t.revenue),
      money('stretchTarget', t.stretchTarget),
      rate('stretchAttainment', t.stretchAttainment),
    ]);
  }
  const rank: Record<Finding['severity'], number> = { high: 0, medium: 1, low: 2, highlight: 3 };
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * A wide sheet's stated totals (合计 column, total row) that disagree with the sum of their parts by
 * a material amount (materiality.ts: 1% of the year's revenue and 5% of the total itself), the
 * largest first: the review sums the parts, so a reader must know the sheet's own total says
 * otherwise. A rounding difference stays a reading note.
 * @example totalMismatches(wide, 480, { ofBusiness: 0.01, ofSegment: 0.05 })[0][0] // 'TOTAL_MISMATCH'
 */
export function totalMismatches(
  wide: ReviewModel['dataQuality']['wide'],
  revenue: number,
  mat: ReturnType<typeof materialityOf>,
): [Finding['code'], Finding['severity'], Finding['evidence']][] {
  if (!wide) return [];
  const scale = wide.scale;
  return wide.mismatches
    .map((x) => ({ x, diff: (x.stated - x.computed) * scale }))
    .filter(({ x, diff }) =>
      isMaterial(diff, Math.max(Math.abs(x.stated), Math.abs(x.computed)) * scale, revenue, mat),
    )
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff))
    .slice(0, MISMATCHES_RAISED)
    .map(({ x, diff }) => [
      'TOTAL_MISMATCH',
      // a total off by as much as a segment's own noise band of the whole business is serious
      revenue > 0 && Math.abs(diff) >= mat.ofSegment * revenue ? 'high' : 'medium',
      [
        text('segment', x.row),
        text('column', x.column),
        count('sheetRow', x.sheetRow),
        money('stated', x.stated * scale),
        money('sum', x.computed * scale),
        money('diff', diff),
      ],
    ]);
}

/** Each quarter's share of a year with data in all twelve months (and revenue); null otherwise. */
function completeYearShares(scope: Scope, year: number): number[] | null {
  const months = scope.months(year);
  if (months.some((x) => x.rows === 0)) return null;
  const q = [0, 1, 2, 3].map((i) => sumOf(months.slice(i * 3, i * 3 + 3)).revenue);
  const total = q.reduce((a, v) => a + v, 0);
  return total > 0 ? q.map((v) => v / total) : null;
}

/**
 * Coefficient of variation (standard deviation / mean) of positive-mean values; null otherwise.
 * @example volatility([100, 100, 100, 100]) // 0
 */
export function volatility(values: number[]): number | null {
  if (values.length === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  if (!(mean > 0)) return null;
  const v = values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
  return Math.sqrt(v) / mean;
}
