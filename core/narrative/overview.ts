/** Narrative of section 1: result against target, trend against last year, margin, customers, status. */
import { monthRange, type MessageCode } from '../i18n';
import type { ReviewModel, Status } from '../review';
import { trivialGrowth, trivialPoints, type Words } from './words';

const STATUS_WORD = {
  green: 'NR_STATUS_green',
  amber: 'NR_STATUS_amber',
  red: 'NR_STATUS_red',
} as const satisfies Record<NonNullable<Status>, MessageCode>;

/**
 * Up to five sentences on the year's headline figures.
 * @example overviewSentences(model, words('en'))[0] // 'FY2025 revenue was 1.36B: 113.3% of the 1.2B base target …'
 */
export function overviewSentences(m: ReviewModel, w: Words): string[] {
  const t = m.totals;
  const out: string[] = [];
  // The headline figures are read side by side: two different ones never print the same.
  const [revenue, target, stretch, prior, revised] = w.amts(
    t.revenue,
    t.target,
    t.stretchTarget,
    t.priorRevenue,
    t.revisedTarget,
  );
  const base = { year: m.year, revenue };
  if (
    t.target !== null &&
    t.attainment !== null &&
    t.stretchTarget !== null &&
    t.stretchAttainment !== null
  ) {
    out.push(
      w.L('NR_OV_REVENUE_BOTH', {
        ...base,
        target,
        att: w.pct(t.attainment),
        stretch,
        satt: w.pct(t.stretchAttainment),
      }),
    );
  } else if (t.target !== null && t.attainment !== null) {
    out.push(w.L('NR_OV_REVENUE_BASE', { ...base, target, att: w.pct(t.attainment) }));
  } else out.push(w.L('NR_OV_REVENUE_NONE', base));
  const cb = m.comparisonBasis;
  if (cb?.basis === 'none') out.push(w.L('NR_OV_YOY_NONE'));
  else if (cb?.basis === 'same-months' && t.yoy !== null) {
    // a partial year: the change is over the months both years have, and the sentence says which
    const code = trivialGrowth(t.yoy)
      ? 'NR_OV_YOY_SAME_FLAT'
      : t.yoy > 0
        ? 'NR_OV_YOY_SAME_UP'
        : 'NR_OV_YOY_SAME_DOWN';
    const [same, samePrior] = w.amts(cb.revenue, cb.priorRevenue);
    out.push(
      w.L(code, {
        months: monthRange(w.L, m.fiscalStartMonth, cb.fromMonth, cb.toMonth),
        revenue: same,
        prior: samePrior,
        pct: w.pct(t.yoy),
      }),
    );
  } else if (t.priorRevenue !== null && t.yoy !== null) {
    const code = trivialGrowth(t.yoy) ? 'NR_OV_YOY_FLAT' : t.yoy > 0 ? 'NR_OV_YOY_UP' : 'NR_OV_YOY_DOWN';
    out.push(w.L(code, { prior, pct: w.pct(t.yoy) }));
  }
  if (t.grossMargin !== null) {
    const d = t.grossMarginChange;
    if (d === null || t.priorGrossMargin === null)
      out.push(w.L('NR_OV_MARGIN_ONLY', { margin: w.pct(t.grossMargin) }));
    else {
      const code = trivialPoints(d) ? 'NR_OV_MARGIN_FLAT' : d > 0 ? 'NR_OV_MARGIN_UP' : 'NR_OV_MARGIN_DOWN';
      out.push(w.L(code, { prior: w.pct(t.priorGrossMargin), margin: w.pct(t.grossMargin), pp: w.pp(d) }));
    }
  }
  const c = m.customers;
  if (c.active !== null && c.active > 0) {
    const d = c.repurchaseRateChange;
    const p = { active: c.active, rate: w.pct(c.repurchaseRate), pp: w.pp(d) };
    if (c.repurchaseRate === null) out.push(w.L('NR_OV_CUST_COUNT', p));
    else if (d === null) out.push(w.L('NR_OV_CUST_RATE', p));
    else out.push(w.L(trivialPoints(d) ? 'NR_OV_CUST_FLAT' : d > 0 ? 'NR_OV_CUST_UP' : 'NR_OV_CUST_DOWN', p));
  }
  if (t.revisedTarget !== null && t.revisedAttainment !== null) {
    out.push(w.L('NR_OV_REVISED', { revised, att: w.pct(t.revisedAttainment) }));
  }
  if (t.status !== null) {
    out.push(
      w.L('NR_OV_STATUS', {
        status: w.L(STATUS_WORD[t.status]),
        green: w.pct(t.thresholds.green),
        amber: w.pct(t.thresholds.amber),
      }),
    );
  }
  return out.slice(0, 5);
}
