/**
 * Group-by over the columnar Table: any dimensions (roles or extra-dimension headers) × fiscal
 * period ('fy' fiscal year, 'fq' fiscal quarter 1..4, 'fm' fiscal month 1..12). The fiscal
 * calendar is turned into per-month lookup tables once; then a single inline pass computes an
 * integer group code per row arithmetically from dictionary codes and sums every measure into it
 * (groupby-scan.ts). Very large code spaces fall back to code numbering plus per-measure loops.
 * Groups come out sorted: by the first `by` entry, then the
 * next …; periods ascending; dimension values in dictionary (first-seen) order, blank first.
 */
import type { DimensionColumn, DimensionRole, MeasureRole, Table } from '../table';
import {
  FUSED_LIMIT,
  computeCodes,
  distinctPerGroup,
  scanFused,
  scanGeneral,
  stagedCodes,
} from './groupby-scan';
import type { Groups, Plan, Spec } from './groupby-scan';

/** Period pseudo-dimensions usable in `by`. */
export type PeriodKey = 'fy' | 'fq' | 'fm';

export interface AggregateOptions {
  /** Dimension roles, extra-dimension keys/headers, or 'fy' / 'fq' / 'fm'. */
  by: readonly (DimensionRole | PeriodKey | string)[];
  /** First month of the fiscal year, 1..12. */
  startMonth: number;
  /** Keep only rows in these fiscal years (all when absent). */
  filterYears?: readonly number[];
}

export interface AggregateResult {
  /** The `by` entries, as given. */
  by: string[];
  /**
   * One key tuple per group, aligned with `by`: dimension value ("" for blank), fiscal year
   * ("2025"), quarter ("Q1") or fiscal month ("M01").
   */
  keys: string[][];
  /** Numeric form of the keys, per `by` entry: dictionary code (−1 blank), fiscal year, quarter 1..4 or fiscal month 1..12. */
  codes: Int32Array[];
  /** Sums per group (NaN cells count as 0); null when the table has no such column. */
  sums: Record<MeasureRole, Float64Array | null>;
  /** Rows per group. */
  rows: Int32Array;
  /** Distinct non-blank customers per group; null when the table has no customer column. */
  distinctCustomers: Int32Array | null;
  /** `by` entries naming no column of this table; they group every row under "" (code −1). */
  missing: string[];
}

const PERIODS: readonly string[] = ['fy', 'fq', 'fm'];

function findDim(table: Table, name: string): DimensionColumn | null {
  const role = table.dims[name as DimensionRole];
  if (role) return role;
  return (
    table.extraDims.find((d) => d.key === name) ?? table.extraDims.find((d) => d.header === name) ?? null
  );
}

/**
 * Sums measures, counts rows and distinct customers per group of dimensions × fiscal period.
 * @example aggregate(table, { by: ['fq', 'region'], startMonth: 1, filterYears: [2025] }).keys[0] // ["Q1", "East"]
 */
export function aggregate(table: Table, options: AggregateOptions): AggregateResult {
  const by = [...options.by];
  const off = options.startMonth >= 1 && options.startMonth <= 12 ? Math.trunc(options.startMonth) - 1 : 0;
  const fyShift = off === 0 ? 0 : 1;
  const { lo, hi } = monthRange(table.monthIndex, table.rowCount);
  const fyOf = (m: number) => Math.floor((m - off) / 12) + fyShift;
  const minFy = fyOf(lo);
  const maxFy = fyOf(hi);
  const years = options.filterYears ? new Set(options.filterYears) : null;

  const missing: string[] = [];
  const specs: Spec[] = by.map((name) => {
    if (PERIODS.includes(name)) {
      const kind = name === 'fy' ? 1 : name === 'fq' ? 2 : 3;
      return { kind, card: kind === 1 ? Math.max(1, maxFy - minFy + 1) : kind === 2 ? 4 : 12, dim: null };
    }
    const dim = findDim(table, name);
    if (!dim) missing.push(name);
    return { kind: 0, card: dim ? dim.values.length + 1 : 1, dim };
  });
  // Per-month lookup tables, so the hot loop reads the fiscal calendar instead of dividing.
  const span = Math.max(0, hi - lo + 1);
  const keep = new Uint8Array(span);
  const fyRel = new Int32Array(span);
  const fq0 = new Int32Array(span);
  const fm0 = new Int32Array(span);
  for (let k = 0; k < span; k++) {
    const m = lo + k;
    const fy = fyOf(m);
    keep[k] = years === null || years.has(fy) ? 1 : 0;
    fyRel[k] = fy - minFy;
    fm0[k] = m - off - (fy - fyShift) * 12;
    fq0[k] = (fm0[k] / 3) | 0;
  }
  const none = new Int32Array(0);
  const periodPart = specs.map((sp) =>
    sp.kind === 1 ? fyRel : sp.kind === 2 ? fq0 : sp.kind === 3 ? fm0 : none,
  );
  const plan: Plan = { specs, lo, keep, periodPart };

  const space = specs.reduce((s, sp) => s * sp.card, 1);
  let groups: Groups;
  if (space <= FUSED_LIMIT) groups = scanFused(table, plan, space);
  else if (space <= Number.MAX_SAFE_INTEGER)
    groups = scanGeneral(table, computeCodes(table, plan, specs), space);
  else groups = scanGeneral(table, stagedCodes(table, plan), Infinity);

  const cust = table.dims.customer;
  let distinctCustomers: Int32Array | null = null;
  if (cust && by.includes('customer')) {
    // Each group holds a single customer code already.
    distinctCustomers = new Int32Array(groups.count);
    for (let g = 0; g < groups.count; g++) distinctCustomers[g] = cust.codes[groups.firstRow[g]] >= 0 ? 1 : 0;
  } else if (cust) {
    distinctCustomers = distinctPerGroup(cust.codes, cust.values.length, groups.rowGroup, groups.count);
  }
  const { keys, codes } = describeGroups(table, specs, groups.firstRow, off, fyShift);
  return { by, keys, codes, sums: groups.sums, rows: groups.rows, distinctCustomers, missing };
}

/** Smallest and largest month index present (hi < lo when there are no rows). */
function monthRange(months: Int32Array, n: number): { lo: number; hi: number } {
  if (n === 0) return { lo: 0, hi: -1 };
  let lo = months[0];
  let hi = months[0];
  for (let i = 1; i < n; i++) {
    const m = months[i];
    if (m < lo) lo = m;
    else if (m > hi) hi = m;
  }
  return { lo, hi };
}

/** Key labels and numeric codes of each group, read from the group's first row. */
function describeGroups(
  table: Table,
  specs: Spec[],
  firstRow: Int32Array,
  off: number,
  fyShift: number,
): { keys: string[][]; codes: Int32Array[] } {
  const count = firstRow.length;
  const codes = specs.map(() => new Int32Array(count));
  const keys: string[][] = new Array(count);
  for (let g = 0; g < count; g++) {
    const r = firstRow[g];
    const dm = table.monthIndex[r] - off;
    const fyIdx = Math.floor(dm / 12);
    const fm = dm - fyIdx * 12 + 1;
    keys[g] = specs.map((sp, d) => {
      let c: number;
      let label: string;
      if (sp.kind === 0) {
        c = sp.dim ? sp.dim.codes[r] : -1;
        label = c >= 0 && sp.dim ? sp.dim.values[c] : '';
      } else if (sp.kind === 1) {
        c = fyIdx + fyShift;
        label = String(c);
      } else if (sp.kind === 2) {
        c = ((fm - 1) / 3 + 1) | 0;
        label = `Q${c}`;
      } else {
        c = fm;
        label = `M${fm < 10 ? '0' : ''}${fm}`;
      }
      codes[d][g] = c;
      return label;
    });
  }
  return { keys, codes };
}
