/**
 * The render plan's style runs painted into the 2-D arrays Sheets' batched Range setters take
 * (one call per attribute for the whole tab). An array is absent when no run sets that attribute,
 * except sizes: Sheets' default is 10 points, the plan's 11, so sizes are always written.
 */
import type { RangeRef, Run, TabPlan } from '../../core/sheetdoc';

/** What the setters receive. */
export interface Painted {
  fontSizes: number[][];
  fontWeights?: ('bold' | 'normal')[][];
  fontStyles?: ('italic' | 'normal')[][];
  fontColors?: (string | null)[][];
  backgrounds?: (string | null)[][];
  hAligns?: ('left' | 'center' | 'right' | null)[][];
  vAligns?: ('middle' | null)[][];
  wraps?: boolean[][];
}

function fill<T>(p: TabPlan, v: T): T[][] {
  return Array.from({ length: p.rows }, () => new Array<T>(p.cols).fill(v));
}

function paint<T>(grid: T[][], range: RangeRef, v: T): void {
  for (let r = range.r0; r <= range.r1; r++) for (let c = range.c0; c <= range.c1; c++) grid[r][c] = v;
}

/** A grid painted from runs, or undefined when no run gives a non-blank value. */
function painted<L, T>(
  p: TabPlan,
  runs: readonly Run<L>[],
  blank: T,
  pick: (look: L) => T,
): T[][] | undefined {
  const used = runs.filter((r) => pick(r.look) !== blank);
  if (used.length === 0) return undefined;
  const grid = fill(p, blank);
  for (const r of used) paint(grid, r.range, pick(r.look));
  return grid;
}

/**
 * The setter arrays of a plan.
 * @example paintRuns(planTab(tab, 'en')).fontSizes[0][0] // 11
 */
export function paintRuns(p: TabPlan): Painted {
  const { fonts, fills, aligns } = p.runs;
  const sizes = fill(p, p.fontSize);
  for (const r of fonts) paint(sizes, r.range, r.look.size);
  return {
    fontSizes: sizes,
    fontWeights: painted(p, fonts, 'normal', (f) => (f.bold ? 'bold' : 'normal')),
    fontStyles: painted(p, fonts, 'normal', (f) => (f.italic ? 'italic' : 'normal')),
    fontColors: painted(p, fonts, null, (f) => f.color),
    backgrounds: painted(p, fills, null, (f) => f),
    hAligns: painted(p, aligns, null, (a) => a.h),
    vAligns: painted(p, aligns, null, (a): 'middle' | null => (a.middle ? 'middle' : null)),
    wraps: painted(p, aligns, false, (a) => a.wrap),
  };
}
