/**
 * Section 6, 问题与亮点: problems detected from the data, each with its evidence, and highlights.
 * Thresholds come from settings.thresholds, the tolerance band from settings.plan.tolerance.
 */
import { toleranceCheck } from '../plan';
import { CATALOGUE, fillParams, formatAmount, formatPercent, formatPoints } from '../i18n';
import type { CoreCatalogue, MessageCode, ParamsOf } from '../i18n';
import { roleLabel } from '../table';
import type { Finding, ReviewModel } from './model';
import { MATERIAL_SHARE } from './breakdowns';
import type { Scope } from './scope';
import { checkEvidence, count, money, points, rate, role, text } from './evidence';

/** Lost customers' prior revenue at or above this share of prior revenue is a finding. */
export const LOST_REVENUE_SHARE = 0.05;
/** Quarterly revenue varying more than this (coefficient of variation) is volatile. */
export const VOLATILITY_CV = 0.3;
/** A declining segment whose revenue fell by more than this is a high-severity problem. */
export const STEEP_DECLINE = -0.1;
/** Key fields checked for completeness. */
const KEY_FIELDS = ['date', 'amount', 'customer', 'region', 'product', 'salesperson', 'channel'] as const;

type Parts = Pick<
  ReviewModel,
  'totals' | 'quarters' | 'breakdowns' | 'highlights' | 'customers' | 'plan' | 'dataQuality'
>;

/** The sentence of each finding. */
const FINDING_MESSAGE = {
  BELOW_TARGET: 'FINDING_BELOW_TARGET',
  OUTSIDE_TOLERANCE: 'FINDING_OUTSIDE_TOLERANCE',
  DECLINING_SEGMENT: 'FINDING_DECLINING_SEGMENT',
  CUSTOMER_CONCENTRATION: 'FINDING_CUSTOMER_CONCENTRATION',
  MARGIN_DOWN: 'FINDING_MARGIN_DOWN',
  LOST_CUSTOMER_REVENUE: 'FINDING_LOST_CUSTOMER_REVENUE',
  QUARTER_VOLATILITY: 'FINDING_QUARTER_VOLATILITY',
  LOW_COMPLETENESS: 'FINDING_LOW_COMPLETENESS',
  PLAN_INCONSISTENT: 'FINDING_PLAN_INCONSISTENT',
  RECORD_QUARTER: 'FINDING_RECORD_QUARTER',
  DARK_HORSE: 'FINDING_DARK_HORSE',
  ABOVE_STRETCH: 'FINDING_ABOVE_STRETCH',
} as const satisfies Record<Finding['code'], MessageCode>;

type FindingParams<C extends Finding['code']> = ParamsOf<CoreCatalogue, (typeof FINDING_MESSAGE)[C]>;

function dimName(scope: Scope, dim: string): string {
  return roleLabel(dim, scope.lang);
}

/**
 * Detects the findings, problems first (by severity), then highlights.
 * @example buildFindings(scope, parts).map((f) => f.code) // ['CUSTOMER_CONCENTRATION', 'RECORD_QUARTER']
 */
export function buildFindings(scope: Scope, m: Parts): Finding[] {
  const { L, lang } = scope;
  const th = scope.settings.thresholds;
  const band = scope.settings.plan.tolerance;
  const amt = (v: number | null): string => formatAmount(v, lang, { currency: scope.table.currency });
  const pct = (v: number | null): string => formatPercent(v, lang);
  const out: Finding[] = [];
  const add = <C extends Finding['code']>(
    code: C,
    severity: Finding['severity'],
    params: FindingParams<C>,
    evidence: Finding['evidence'],
  ): void => {
    out.push({
      code,
      severity,
      message: fillParams(CATALOGUE[FINDING_MESSAGE[code]][lang], params),
      evidence,
    });
  };
  const t = m.totals;

  if (t.attainment !== null && t.target !== null && t.attainment < th.green) {
    add(
      'BELOW_TARGET',
      t.attainment < th.amber ? 'high' : 'medium',
      { actual: amt(t.revenue), target: amt(t.target), attainment: pct(t.attainment) },
      [
        money('revenue', t.revenue),
        money('target', t.target),
        rate('attainment', t.attainment),
        money('gap', t.variance),
      ],
    );
  }
  for (const [dim, rows] of Object.entries(m.breakdowns)) {
    for (const r of rows ?? []) {
      if (r.flags.includes('others')) continue;
      if (r.target !== null && r.target > 0 && toleranceCheck(r.revenue, r.target, band) === 'below') {
        add(
          'OUTSIDE_TOLERANCE',
          (r.attainment ?? 0) < th.amber - band ? 'high' : 'medium',
          {
            dimension: dimName(scope, dim),
            segment: r.key,
            actual: amt(r.revenue),
            target: amt(r.target),
            attainment: pct(r.attainment),
            band: pct(band),
          },
          [
            role('dimension', dim),
            text('segment', r.key),
            money('revenue', r.revenue),
            money('target', r.target),
            rate('attainment', r.attainment),
            rate('band', band),
          ],
        );
      }
      if (r.yoy !== null && r.yoy < 0 && (r.share ?? 0) >= MATERIAL_SHARE) {
        add(
          'DECLINING_SEGMENT',
          r.yoy < STEEP_DECLINE ? 'high' : 'medium',
          {
            dimension: dimName(scope, dim),
            segment: r.key,
            yoy: pct(-r.yoy),
            prior: amt(r.priorRevenue),
            actual: amt(r.revenue),
          },
          [
            role('dimension', dim),
            text('segment', r.key),
            money('revenue', r.revenue),
            money('priorRevenue', r.priorRevenue),
            rate('yoy', r.yoy),
          ],
        );
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
      toleranceCheck(q.revenue, q.target, band) === 'below'
    ) {
      add(
        'OUTSIDE_TOLERANCE',
        'medium',
        {
          dimension: L('REVIEW_QUARTER'),
          segment: q.label,
          actual: amt(q.revenue),
          target: amt(q.target),
          attainment: pct(q.attainment),
          band: pct(band),
        },
        [
          role('dimension', 'quarter'),
          text('segment', q.label),
          money('revenue', q.revenue),
          money('target', q.target),
          rate('attainment', q.attainment),
          rate('band', band),
        ],
      );
    }
  }
  const c = m.customers;
  if (c.largestShare !== null && c.largestShare > th.concentration) {
    add(
      'CUSTOMER_CONCENTRATION',
      'high',
      { customer: c.largestCustomer ?? '', share: pct(c.largestShare), threshold: pct(th.concentration) },
      [
        text('customer', c.largestCustomer),
        rate('share', c.largestShare),
        rate('threshold', th.concentration),
      ],
    );
  }
  if (t.grossMarginChange !== null && t.grossMarginChange < -th.marginDrop) {
    add(
      'MARGIN_DOWN',
      t.grossMarginChange < -2 * th.marginDrop ? 'high' : 'medium',
      {
        prior: pct(t.priorGrossMargin),
        margin: pct(t.grossMargin),
        change: formatPoints(t.grossMarginChange, lang),
      },
      [
        rate('grossMargin', t.grossMargin),
        rate('priorGrossMargin', t.priorGrossMargin),
        points('change', t.grossMarginChange),
        points('threshold', th.marginDrop),
      ],
    );
  }
  const lostShare =
    c.lostPriorRevenue !== null && t.priorRevenue ? c.lostPriorRevenue / t.priorRevenue : null;
  if (lostShare !== null && lostShare >= LOST_REVENUE_SHARE) {
    add(
      'LOST_CUSTOMER_REVENUE',
      'medium',
      { lost: String(c.lost ?? 0), revenue: amt(c.lostPriorRevenue), share: pct(lostShare) },
      [count('lost', c.lost), money('lostPriorRevenue', c.lostPriorRevenue), rate('shareOfPrior', lostShare)],
    );
  }
  const cv = volatility(m.quarters.map((q) => q.revenue));
  if (scope.lastMonth >= 12 && cv !== null && cv > VOLATILITY_CV) {
    const rev = m.quarters.map((q) => q.revenue);
    const hi = rev.indexOf(Math.max(...rev));
    const lo = rev.indexOf(Math.min(...rev));
    add(
      'QUARTER_VOLATILITY',
      'low',
      { high: `Q${hi + 1}`, highValue: amt(rev[hi]), low: `Q${lo + 1}`, lowValue: amt(rev[lo]) },
      [
        rate('coefficientOfVariation', cv),
        text('highQuarter', `Q${hi + 1}`),
        text('lowQuarter', `Q${lo + 1}`),
      ],
    );
  }
  for (const f of KEY_FIELDS) {
    const v = m.dataQuality.completeness[f];
    if (v !== undefined && v < th.completeness) {
      add(
        'LOW_COMPLETENESS',
        'medium',
        { field: roleLabel(f, lang), completeness: pct(v), threshold: pct(th.completeness) },
        [role('field', f), rate('completeness', v), rate('threshold', th.completeness)],
      );
    }
  }
  for (const ch of m.plan.checks) {
    if (!ch.ok)
      add('PLAN_INCONSISTENT', 'medium', { check: ch.message }, [
        text('check', ch.code),
        ...checkEvidence(ch.values ?? {}),
      ]);
  }

  const record = m.quarters.find((q) => q.record);
  if (record)
    add('RECORD_QUARTER', 'highlight', { quarter: record.label, actual: amt(record.revenue) }, [
      text('quarter', record.label),
      money('revenue', record.revenue),
    ]);
  for (const [dim, h] of Object.entries(m.highlights)) {
    const row = h?.darkHorse ? m.breakdowns[dim]?.find((r) => r.key === h.darkHorse) : undefined;
    if (row) {
      add(
        'DARK_HORSE',
        'highlight',
        { dimension: dimName(scope, dim), segment: row.key, yoy: pct(row.yoy), share: pct(row.share) },
        [role('dimension', dim), text('segment', row.key), rate('yoy', row.yoy), rate('share', row.share)],
      );
    }
  }
  if (t.stretchAttainment !== null && t.stretchAttainment >= 1) {
    add(
      'ABOVE_STRETCH',
      'highlight',
      { actual: amt(t.revenue), stretch: amt(t.stretchTarget), attainment: pct(t.stretchAttainment) },
      [
        money('revenue', t.revenue),
        money('stretchTarget', t.stretchTarget),
        rate('stretchAttainment', t.stretchAttainment),
      ],
    );
  }
  const rank: Record<Finding['severity'], number> = { high: 0, medium: 1, low: 2, highlight: 3 };
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
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
