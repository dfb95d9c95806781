/** Grouped sums the sections share, read from the aggregates: revenue, gross profit, quantity and targets. */
import type { Aggregates, MeasureSums } from '../aggregates';
import type { MeasureRole } from '../table';

/** The measures of one group. Gross profit is null when the data has neither a profit nor a cost column. */
export interface GroupSums {
  revenue: number;
  grossProfit: number | null;
  quantity: number | null;
  target: number | null;
  stretch: number | null;
  rows: number;
}

/** One group: its key labels and its sums. */
export interface Group {
  keys: string[];
  sums: GroupSums;
}

/**
 * Whether a measure column has at least one real number.
 * @example hasValues(agg, 'target') // true
 */
export function hasValues(agg: Aggregates, role: MeasureRole): boolean {
  return (agg.filled[role] ?? 0) > 0;
}

/**
 * An aggregate's sums as the sections read them: gross profit from its column, else revenue − cost;
 * targets and quantity only when their columns hold numbers.
 * @example groupSumsOf(agg, agg.periods[0].sums).revenue
 */
export function groupSumsOf(agg: Aggregates, s: MeasureSums): GroupSums {
  const revenue = s.amount;
  // A profit or cost column without a single number says nothing: the margin is n/a, never 100%.
  const gp = hasValues(agg, 'grossProfit') ? s.grossProfit : null;
  const cost = hasValues(agg, 'cost') ? s.cost : null;
  return {
    revenue,
    grossProfit: gp !== null ? gp : cost !== null ? revenue - cost : null,
    quantity: hasValues(agg, 'quantity') ? s.quantity : null,
    target: hasValues(agg, 'target') ? s.target : null,
    stretch: hasValues(agg, 'stretchTarget') ? s.stretchTarget : null,
    rows: s.rows,
  };
}

/**
 * Sums per fiscal year and value of a dimension, over the given fiscal years (all when absent) and
 * fiscal months (from..to, 1..12; all when absent): keys are [fiscal year, value] ("" for blank), in
 * first-seen order. Distinct customers are per month in the aggregates and do not add up: null.
 * @example segmentSums(agg, 'region', [2025], [1, 10])[0].keys // ['2025', '华东'] (January–October)
 */
export function segmentSums(
  agg: Aggregates,
  dim: string,
  years?: readonly number[],
  months?: readonly [number, number],
): Group[] {
  const by = new Map<string, Group>();
  for (const g of agg.segments[dim] ?? []) {
    if (years && !years.includes(g.fiscalYear)) continue;
    if (months && (g.fiscalMonth < months[0] || g.fiscalMonth > months[1])) continue;
    const id = `${g.fiscalYear}\u0000${g.key}`;
    const sums = { ...groupSumsOf(agg, g.sums), customers: null };
    const had = by.get(id);
    by.set(id, { keys: [String(g.fiscalYear), g.key], sums: had ? addSums(had.sums, sums) : sums });
  }
  return [...by.values()];
}

/** Adds two nullable sums (null only when both are null). */
export function addNullable(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

/** An empty GroupSums, the start of a fold. */
export function emptySums(): GroupSums {
  return {
    revenue: 0,
    grossProfit: null,
    quantity: null,
    target: null,
    stretch: null,
    rows: 0,
  };
}

/** Adds b into a (returns a new object). */
export function addSums(a: GroupSums, b: GroupSums): GroupSums {
  return {
    revenue: a.revenue + b.revenue,
    grossProfit: addNullable(a.grossProfit, b.grossProfit),
    quantity: addNullable(a.quantity, b.quantity),
    target: addNullable(a.target, b.target),
    stretch: addNullable(a.stretch, b.stretch),
    rows: a.rows + b.rows,
  };
}

/**
 * Sums per fiscal year and fiscal month: year → 12 monthly sums (empty sums for months without
 * rows). Totals, quarters, months and records all derive from it.
 * @example monthlySums(agg).get(2025)?.[0].revenue // January revenue
 */
export function monthlySums(agg: Aggregates): Map<number, GroupSums[]> {
  const out = new Map<number, GroupSums[]>();
  for (const p of agg.periods) {
    let months = out.get(p.fiscalYear);
    if (!months) {
      months = Array.from({ length: 12 }, emptySums);
      out.set(p.fiscalYear, months);
    }
    months[p.fiscalMonth - 1] = groupSumsOf(agg, p.sums);
  }
  return out;
}

/**
 * The sum of several group sums.
 * @example sumOf([a, b]).revenue // a.revenue + b.revenue
 */
export function sumOf(list: readonly GroupSums[]): GroupSums {
  let acc = emptySums();
  for (const g of list) acc = addSums(acc, g);
  return acc;
}
