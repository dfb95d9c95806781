/**
 * The like-for-like statement under a comparison with last year: when one year is partial, the
 * segments' and bridges' changes are over the months both years have (comparisonBasis), and the
 * tab says which, as the overview does for the total.
 */
import { monthRange } from '../../i18n';
import type { DocContext } from '../context';
import type { TabBuilder } from '../tab-builder';

/**
 * Writes "Same months of both years: January–October" when the comparison is over the same months.
 * @example basisNote(tb, ctx) // true for a review year through October
 */
export function basisNote(tb: TabBuilder, ctx: DocContext): boolean {
  const cb = ctx.model.comparisonBasis;
  if (cb?.basis !== 'same-months') return false;
  tb.note(
    ctx.L('SD_NOTE_SAME_MONTHS', {
      months: monthRange(ctx.L, ctx.model.fiscalStartMonth, cb.fromMonth, cb.toMonth),
    }),
  );
  return true;
}

/**
 * The revenue of both years over the compared months: the start and end of a bridge from last year.
 * @example comparedRevenue(model) // { prior: 2.9e8, current: 3.1e8 }
 */
export function comparedRevenue(model: DocContext['model']): { prior: number | null; current: number } {
  const cb = model.comparisonBasis;
  if (cb?.basis === 'same-months') return { prior: cb.priorRevenue, current: cb.revenue };
  return { prior: model.totals.priorRevenue, current: model.totals.revenue };
}
