/** Narrative of section 5: where the change from last year came from, price–volume–mix, plan gaps. */
import { monthRange, segmentName } from '../i18n';
import type { ReviewModel } from '../review';
import { trivialGrowth, type Words } from './words';

/**
 * Up to five sentences on the bridges; none when there is nothing to compare.
 * @example bridgeSentences(model, words('en'))[0] // 'Revenue rose from 1.2B to 1.36B.'
 */
export function bridgeSentences(m: ReviewModel, w: Words): string[] {
  const out: string[] = [];
  const t = m.totals;
  const cb = m.comparisonBasis;
  if (cb?.basis === 'same-months' && t.yoy !== null && !trivialGrowth(t.yoy)) {
    // a partial year: the bridges run over the months both years have, and the sentence says which
    const [prior, revenue] = w.amts(cb.priorRevenue, cb.revenue);
    const months = monthRange(w.L, m.fiscalStartMonth, cb.fromMonth, cb.toMonth);
    out.push(w.L(t.yoy > 0 ? 'NR_BR_SAME_UP' : 'NR_BR_SAME_DOWN', { months, prior, revenue }));
  } else if (t.priorRevenue !== null && t.yoy !== null && !trivialGrowth(t.yoy)) {
    const [prior, revenue] = w.amts(t.priorRevenue, t.revenue);
    out.push(w.L(t.yoy > 0 ? 'NR_BR_UP' : 'NR_BR_DOWN', { prior, revenue }));
  }
  const first = Object.entries(m.bridges.yoyBySegment).find(([, v]) => (v?.length ?? 0) > 1);
  if (first && first[1]) {
    const [dim, segs] = first;
    const up = segs[0];
    const down = segs[segs.length - 1];
    if (up.change > 0 && up.contribution !== null) {
      out.push(
        w.L('NR_BR_DRIVER', {
          dim: w.dim(dim),
          seg: segmentName(up.key, w.L),
          change: w.amt(up.change),
          pp: w.pp(up.contribution),
        }),
      );
    }
    if (down !== up && down.change < 0 && down.contribution !== null) {
      out.push(
        w.L('NR_BR_DRAG', {
          seg: segmentName(down.key, w.L),
          change: w.amt(Math.abs(down.change)),
          pp: w.pp(down.contribution),
        }),
      );
    }
  }
  if (m.pvm) {
    out.push(
      w.L('NR_BR_PVM', {
        volume: w.signedAmt(m.pvm.volume),
        price: w.signedAmt(m.pvm.price),
        mix: w.signedAmt(m.pvm.mix),
      }),
    );
  }
  const plan = Object.values(m.bridges.planBySegment).find((v) => (v?.length ?? 0) > 1);
  if (plan) {
    const best = plan[0];
    const worst = plan[plan.length - 1];
    if (best.variance > 0 && worst.variance < 0) {
      out.push(
        w.L('NR_BR_PLAN', {
          best: segmentName(best.key, w.L),
          over: w.amt(best.variance),
          worst: segmentName(worst.key, w.L),
          under: w.amt(Math.abs(worst.variance)),
        }),
      );
    }
  }
  return out.slice(0, 5);
}
