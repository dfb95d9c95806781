/** Narrative of section 3: per dimension, the largest segment, the dark horse and the laggard. */
import { segmentName } from '../i18n';
import type { ReviewModel } from '../review';
import { trivialGrowth, trivialPoints, type Words } from './words';

/**
 * Up to five sentences over the breakdown dimensions, in their order.
 * @example breakdownSentences(model, words('en'))[0] // 'By Region, East is the largest at 544M, 40.0% of revenue.'
 */
export function breakdownSentences(m: ReviewModel, w: Words): string[] {
  const out: string[] = [];
  for (const [dim, rows] of Object.entries(m.breakdowns)) {
    if (!rows || rows.length < 2) continue;
    const top = rows.find((r) => !r.flags.includes('others'));
    if (top && top.revenue > 0) {
      out.push(
        w.L('NR_B_TOP', {
          dim: w.dim(dim),
          seg: segmentName(top.key, w.L),
          revenue: w.amt(top.revenue),
          share: w.pct(top.share),
        }),
      );
    }
    const dark = rows.find((r) => r.flags.includes('darkHorse'));
    if (dark && dark.yoy !== null && !trivialGrowth(dark.yoy)) {
      const gain = dark.shareChange !== null && dark.shareChange > 0 && !trivialPoints(dark.shareChange);
      out.push(
        w.L(gain ? 'NR_B_DARK_SHARE' : 'NR_B_DARK', {
          seg: segmentName(dark.key, w.L),
          pct: w.pct(dark.yoy),
          pp: w.pp(dark.shareChange),
        }),
      );
    }
    const lag = rows.find((r) => r.flags.includes('laggard'));
    if (lag && lag.attainment !== null)
      out.push(w.L('NR_B_LAG_ATT', { seg: segmentName(lag.key, w.L), att: w.pct(lag.attainment) }));
    else if (lag && lag.yoy !== null && lag.yoy < 0 && !trivialGrowth(lag.yoy)) {
      out.push(w.L('NR_B_LAG_YOY', { seg: segmentName(lag.key, w.L), pct: w.pct(lag.yoy) }));
    }
  }
  return out.slice(0, 5);
}
