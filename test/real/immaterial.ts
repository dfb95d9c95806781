/**
 * Issue 15's "no immaterial item to address", checked from a review's JSON by DOMAIN's rule
 * (docs/findings.md), not by the product's own isMaterial: a fall from last year is worth
 * addressing when it is at least 1% of the business's prior revenue and 5% of the segment's own;
 * a gap to a target when it is at least 1% of the business's target. Returns each finding that
 * breaks it, as a sentence a failing test prints.
 */
import type { ReviewModel } from '../../core/review/model';

const OF_BUSINESS = 0.01;
const OF_SEGMENT = 0.05;

/**
 * The "to address" findings that do not matter by the rule above.
 * @example immaterialToAddress(model) // [] for a review that raises only what matters
 */
export function immaterialToAddress(m: ReviewModel): string[] {
  const bad: string[] = [];
  const priorBase = m.comparisonBasis?.priorRevenue ?? m.totals.priorRevenue;
  const targetBase = m.totals.target;
  for (const f of m.findings) {
    if (f.severity === 'highlight') continue;
    const ev = new Map<string, unknown>(f.evidence.map((e) => [e.key, e.value]));
    const num = (k: string): number | null => {
      const v = ev.get(k);
      return typeof v === 'number' ? v : null;
    };
    const who = `${f.code} ${String(ev.get('dimension') ?? '')} ${String(ev.get('segment') ?? '')}`;
    const revenue = num('revenue');
    const prior = num('priorRevenue');
    const target = num('target');
    if (f.code === 'DECLINING_SEGMENT' && revenue !== null && prior !== null) {
      const fall = prior - revenue;
      if (priorBase && fall < OF_BUSINESS * priorBase) bad.push(`${who}: fall ${fall} < 1% of ${priorBase}`);
      if (prior > 0 && fall < OF_SEGMENT * prior) bad.push(`${who}: fall ${fall} < 5% of its ${prior}`);
    }
    if (
      (f.code === 'OUTSIDE_TOLERANCE' || f.code === 'BELOW_TARGET') &&
      revenue !== null &&
      target !== null
    ) {
      const gap = Math.abs(target - revenue);
      if (targetBase && gap < OF_BUSINESS * targetBase) bad.push(`${who}: gap ${gap} < 1% of ${targetBase}`);
    }
  }
  return bad;
}
