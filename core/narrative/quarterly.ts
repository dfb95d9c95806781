/** Narrative of section 2: the strongest quarter, momentum, year-on-year extremes, attainment by quarter. */
import type { PeriodRow, ReviewModel } from '../review';
import { trivialGrowth, type Words } from './words';

function extreme(
  rows: PeriodRow[],
  value: (r: PeriodRow) => number | null,
  pick: 'max' | 'min',
): PeriodRow | null {
  let best: PeriodRow | null = null;
  let bv = 0;
  for (const r of rows) {
    const v = value(r);
    if (v === null) continue;
    if (!best || (pick === 'max' ? v > bv : v < bv)) {
      best = r;
      bv = v;
    }
  }
  return best;
}

/**
 * Two to five sentences on the quarters of the year.
 * @example quarterlySentences(model, words('zh-CN'))[0] // 'Q4销售额4.1亿元,创季度新高,占全年的30.1%。'
 */
export function quarterlySentences(m: ReviewModel, w: Words, quarterBasis: string | null): string[] {
  const reached = m.quarters.filter((q) => q.revenue !== 0 || q.yoy !== null || q.attainment !== null);
  if (reached.length === 0) return [];
  const out: string[] = [];
  const best = extreme(reached, (r) => r.revenue, 'max');
  if (best && best.revenue > 0) {
    out.push(
      w.L(best.record ? 'NR_Q_RECORD' : 'NR_Q_BEST', {
        q: best.label,
        revenue: w.amt(best.revenue),
        share: w.pct(best.share),
      }),
    );
  }
  const last = [...m.quarters].reverse().find((q) => q.qoq !== null);
  if (last && last.qoq !== null && !trivialGrowth(last.qoq)) {
    out.push(w.L(last.qoq > 0 ? 'NR_Q_QOQ_UP' : 'NR_Q_QOQ_DOWN', { q: last.label, pct: w.pct(last.qoq) }));
  }
  const worst = extreme(reached, (r) => r.yoy, 'min');
  const fastest = extreme(reached, (r) => r.yoy, 'max');
  if (worst && worst.yoy !== null && worst.yoy < 0 && !trivialGrowth(worst.yoy)) {
    out.push(w.L('NR_Q_YOY_WORST', { q: worst.label, pct: w.pct(worst.yoy) }));
  } else if (fastest && fastest.yoy !== null && fastest.yoy > 0 && !trivialGrowth(fastest.yoy)) {
    out.push(w.L('NR_Q_YOY_BEST', { q: fastest.label, pct: w.pct(fastest.yoy) }));
  }
  const low = extreme(reached, (r) => r.attainment, 'min');
  if (
    low &&
    low.attainment !== null &&
    low.attainment < m.totals.thresholds.green &&
    reached.filter((r) => r.attainment !== null).length > 1
  ) {
    out.push(w.L('NR_Q_LOW_ATT', { q: low.label, att: w.pct(low.attainment) }));
  }
  if (m.lastMonthWithData < 12) {
    const cum = [...reached].reverse().find((q) => q.cumulativeAttainment !== null);
    if (cum && cum.cumulativeAttainment !== null)
      out.push(w.L('NR_Q_CUM', { q: cum.label, att: w.pct(cum.cumulativeAttainment) }));
    // the run rate extrapolates the months elapsed (through the last month with data), not those with rows
    if (m.totals.runRate !== null && m.lastMonthWithData < 12)
      out.push(w.L('NR_Q_PARTIAL', { months: m.lastMonthWithData, runRate: w.amt(m.totals.runRate) }));
  } else if (quarterBasis === 'equal' || quarterBasis === 'prior-seasonal') {
    out.push(w.L(quarterBasis === 'equal' ? 'NR_Q_SPLIT_equal' : 'NR_Q_SPLIT_prior-seasonal'));
  }
  return out.slice(0, 5);
}
