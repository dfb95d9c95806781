/** Grouped sums the sections share: revenue, gross profit, quantity and targets per group and year. */
import { aggregate } from '../metrics';
import type { Table } from '../table';

/** The measures of one group. Gross profit is null when the table has neither a profit nor a cost column. */
export interface GroupSums {
  revenue: number;
  grossProfit: number | null;
  quantity: number | null;
  target: number | null;
  stretch: number | null;
  rows: number;
  customers: number | null;
}

/** One group: its key labels (aligned with `by`) and its sums. */
export interface Group {
  keys: string[];
  sums: GroupSums;
}

/** Whether a measure column has at least one real number. */
export function hasValues(
  table: Table,
  role: 'target' | 'stretchTarget' | 'quantity' | 'cost' | 'grossProfit',
): boolean {
  const col = table.measures[role];
  if (!col) return false;
  for (let i = 0; i < col.values.length; i++) if (!Number.isNaN(col.values[i])) return true;
  return false;
}

/**
 * Sums per group of `by` (dimensions and 'fy' / 'fq' / 'fm') over the given fiscal years.
 * @example groupSums(table, ['fy', 'region'], 1, [2025])[0].keys // ['2025', '华东']
 */
export function groupSums(table: Table, by: string[], startMonth: number, years?: number[]): Group[] {
  const agg = aggregate(table, years ? { by, startMonth, filterYears: years } : { by, startMonth });
  const s = agg.sums;
  const gpDirect = table.measures.grossProfit ? s.grossProfit : null;
  const cost = table.measures.cost ? s.cost : null;
  const target = hasValues(table, 'target') ? s.target : null;
  const stretch = hasValues(table, 'stretchTarget') ? s.stretchTarget : null;
  const qty = hasValues(table, 'quantity') ? s.quantity : null;
  const amount = s.amount;
  return agg.keys.map((keys, g) => {
    const revenue = amount ? amount[g] : 0;
    const gp = gpDirect ? gpDirect[g] : cost ? revenue - cost[g] : null;
    return {
      keys,
      sums: {
        revenue,
        grossProfit: gp,
        quantity: qty ? qty[g] : null,
        target: target ? target[g] : null,
        stretch: stretch ? stretch[g] : null,
        rows: agg.rows[g],
        customers: agg.distinctCustomers ? agg.distinctCustomers[g] : null,
      },
    };
  });
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
    customers: null,
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
    customers: addNullable(a.customers, b.customers),
  };
}

/**
 * Sums per fiscal year and fiscal month, every year in one pass: year → 12 monthly sums
 * (empty sums for months without rows). Totals, quarters, months and records all derive from it.
 * @example monthlySums(table, 1).get(2025)?.[0].revenue // January revenue
 */
export function monthlySums(table: Table, startMonth: number): Map<number, GroupSums[]> {
  const out = new Map<number, GroupSums[]>();
  for (const g of groupSums(table, ['fy', 'fm'], startMonth)) {
    const fy = Number(g.keys[0]);
    let months = out.get(fy);
    if (!months) {
      months = Array.from({ length: 12 }, emptySums);
      out.set(fy, months);
    }
    months[Number(g.keys[1].slice(1)) - 1] = g.sums;
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
