/**
 * The review year's targets, wherever they come from (settings.targets): target columns in the
 * sales sheet, a targets sheet, typed-in numbers, or none. The source and how quarter targets were
 * derived are always stated, so an attainment never has an unnamed denominator.
 */
import { splitByWeights } from '../plan';
import type { DimensionRole } from '../table';
import type { Scope } from './scope';
import { hasValues, segmentSums, sumOf } from './sums';
import { parseTargetSheet } from './target-sheet';

/** How the quarter targets were obtained. */
export type QuarterBasis = 'source' | 'prior-seasonal' | 'equal' | null;

export interface SegmentTarget {
  base: number;
  stretch: number | null;
}

export interface Targets {
  source: 'column' | 'sheet' | 'typed' | null;
  annual: number | null;
  stretch: number | null;
  revised: number | null;
  /** Base target per fiscal quarter (4 entries, null when unknown). */
  quarters: (number | null)[];
  quarterBasis: QuarterBasis;
  /** Base target per fiscal month (12 entries) — only target columns carry months. */
  months: (number | null)[];
  /** Per dimension: segment → its targets. */
  byDim: Partial<Record<string, Map<string, SegmentTarget>>>;
}

const NONE = (): Targets => ({
  source: null,
  annual: null,
  stretch: null,
  revised: null,
  quarters: [null, null, null, null],
  quarterBasis: null,
  months: new Array<number | null>(12).fill(null),
  byDim: {},
});

/**
 * Resolves the targets of the review year.
 * @example resolveTargets(scope, ['region']).annual // 1.2e9
 */
export function resolveTargets(scope: Scope, dims: string[]): Targets {
  const t = scope.settings.targets;
  if (t.kind === 'column') return fromColumns(scope, dims);
  if (t.kind === 'sheet') return fromSheet(scope);
  if (t.kind === 'typed') {
    const out = NONE();
    out.source = 'typed';
    out.annual = t.base;
    out.stretch = t.stretch;
    out.revised = t.revised;
    splitQuarters(scope, out);
    return out;
  }
  return NONE();
}

/** Quarter targets from an annual one: the prior year's actual seasonality, else equal quarters (and say which). */
function splitQuarters(scope: Scope, out: Targets): void {
  if (out.annual === null) return;
  let weights = [1, 1, 1, 1];
  out.quarterBasis = 'equal';
  if (scope.prior !== null) {
    const months = scope.months(scope.prior);
    const q = [0, 1, 2, 3].map((i) => sumOf(months.slice(i * 3, i * 3 + 3)).revenue);
    if (q.every((v) => v > 0)) {
      weights = q;
      out.quarterBasis = 'prior-seasonal';
    }
  }
  out.quarters = splitByWeights(out.annual, weights, 1);
}

function fromColumns(scope: Scope, dims: string[]): Targets {
  const out = NONE();
  if (!hasValues(scope.agg, 'target')) return out;
  const months = scope.months(scope.year);
  const total = sumOf(months);
  out.source = 'column';
  out.annual = total.target ?? 0;
  out.stretch = total.stretch;
  out.quarterBasis = 'source';
  out.quarters = [0, 1, 2, 3].map((i) => sumOf(months.slice(i * 3, i * 3 + 3)).target ?? 0);
  out.months = months.map((m) => m.target ?? 0);
  const y = [scope.year];
  for (const d of dims) {
    const m = new Map<string, SegmentTarget>();
    for (const g of segmentSums(scope.agg, d, y)) {
      m.set(g.keys[1], { base: g.sums.target ?? 0, stretch: g.sums.stretch });
    }
    out.byDim[d] = m;
  }
  return out;
}

function fromSheet(scope: Scope): Targets {
  const out = NONE();
  if (!scope.targetGrid) return out;
  const parsed = parseTargetSheet(scope.targetGrid, scope.start);
  if (!parsed) return out;
  // A sheet naming years keeps the review year's rows only.
  const rows = parsed.rows.filter((r) => r.year === null || r.year === scope.year);
  if (rows.length === 0) return out;
  out.source = 'sheet';
  let base = 0;
  let stretch: number | null = null;
  const q = [0, 0, 0, 0];
  let hasQuarter = false;
  for (const r of rows) {
    base += r.base;
    if (r.stretch !== null) stretch = (stretch ?? 0) + r.stretch;
    if (r.quarter !== null) {
      q[r.quarter - 1] += r.base;
      hasQuarter = true;
    }
  }
  out.annual = base;
  out.stretch = stretch;
  if (hasQuarter) {
    out.quarters = q;
    out.quarterBasis = 'source';
  } else splitQuarters(scope, out);
  for (const d of parsed.dims) {
    const m = new Map<string, SegmentTarget>();
    for (const r of rows) {
      const key = r.dims[d as DimensionRole];
      if (key === undefined) continue;
      const cur = m.get(key) ?? { base: 0, stretch: null };
      cur.base += r.base;
      if (r.stretch !== null) cur.stretch = (cur.stretch ?? 0) + r.stretch;
      m.set(key, cur);
    }
    out.byDim[d] = m;
  }
  return out;
}
