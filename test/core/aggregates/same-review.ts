/**
 * "The same review" for engine comparisons: every figure equal to 1e-9 relative (against the
 * review's own money scale for figures that are small differences of large sums, such as a PVM
 * price effect), every text, code and finding equal; generatedAt ignored.
 */
import type { ReviewModel } from '../../../core/review/model';

/** Relative tolerance of a figure. */
export const RELATIVE = 1e-9;

/** The review's money scale: figures are compared to 1e-9 of at least this much. */
function scaleOf(m: ReviewModel): number {
  const dq = m.dataQuality;
  return Math.max(
    1,
    Math.abs(m.totals.revenue),
    Math.abs(m.totals.priorRevenue ?? 0),
    Math.abs(dq.amountRead),
    Math.abs(dq.amountUsed),
  );
}

/**
 * The paths where two reviews differ (empty when they are the same review).
 * @example reviewDifferences(a, b) // ['totals.revenue: 100 ≠ 101']
 */
export function reviewDifferences(
  a: ReviewModel,
  b: ReviewModel,
  ignore: readonly string[] = ['generatedAt'],
): string[] {
  const floor = RELATIVE * Math.max(scaleOf(a), scaleOf(b));
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (ignore.includes(path) || out.length > 20) return;
    if (typeof x === 'number' && typeof y === 'number') {
      const tol = Math.max(floor, RELATIVE * Math.max(Math.abs(x), Math.abs(y)));
      if (!(Math.abs(x - y) <= tol) && !(Number.isNaN(x) && Number.isNaN(y)))
        out.push(`${path}: ${x} ≠ ${y}`);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push(`${path}: length ${x.length} ≠ ${y.length}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], `${path}[${i}]`);
      return;
    }
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys) {
        const vx = (x as Record<string, unknown>)[k];
        const vy = (y as Record<string, unknown>)[k];
        // An absent key and an undefined one are the same (JSON drops both).
        if (vx === undefined && vy === undefined) continue;
        walk(vx, vy, path === '' ? k : `${path}.${k}`);
      }
      return;
    }
    if (x !== y) out.push(`${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
  };
  walk(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)), '');
  return out;
}
