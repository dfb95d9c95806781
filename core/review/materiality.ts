/**
 * Materiality (docs/findings.md): a move is worth a reviewer's time when it matters to the
 * business and to the segment it happens in. Below 1% of the business it does not move the total,
 * whatever its percentage; inside 5% of the segment's own base it is the segment's ordinary noise
 * (the same ±5% a tolerance band allows), whatever its size.
 */
import type { Thresholds } from '../settings';

/** The two thresholds, as shares: of the business's base and of the segment's own base. */
export interface Materiality {
  ofBusiness: number;
  ofSegment: number;
}

/**
 * The materiality thresholds of the settings.
 * @example materialityOf(defaultSettings().thresholds) // { ofBusiness: 0.01, ofSegment: 0.05 }
 */
export function materialityOf(th: Thresholds): Materiality {
  return { ofBusiness: th.materialOfBusiness, ofSegment: th.materialOfSegment };
}

/**
 * Whether a move (a change from last year, a gap to target) matters: at least `ofBusiness` of the
 * business's base and at least `ofSegment` of the segment's own base. A base that is unknown or
 * not positive does not decide (a segment new this year has no base of its own).
 * @example isMaterial(-300, 147_312, 733_000, { ofBusiness: 0.01, ofSegment: 0.05 }) // false
 */
export function isMaterial(
  move: number,
  ownBase: number | null,
  businessBase: number | null,
  m: Materiality,
): boolean {
  const size = Math.abs(move);
  if (businessBase !== null && businessBase > 0 && size < m.ofBusiness * businessBase) return false;
  if (ownBase !== null && ownBase > 0 && size < m.ofSegment * ownBase) return false;
  return size > 0;
}
