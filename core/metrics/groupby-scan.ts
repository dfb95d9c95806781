/**
 * The row scans behind `aggregate`: per-row integer group codes computed arithmetically from
 * dictionary codes and month indexes, and the sums. Internal to core/metrics.
 */
import { MEASURE_ROLES } from '../table';
import type { DimensionColumn, MeasureRole, Table } from '../table';

/** One `by` entry resolved: kind 0 = dimension codes, 1 = fiscal year, 2 = quarter, 3 = fiscal month. */
export interface Spec {
  kind: 0 | 1 | 2 | 3;
  card: number;
  dim: DimensionColumn | null;
}

/** What a scan needs: the resolved entries and per-month lookup tables of the fiscal calendar. */
export interface Plan {
  specs: Spec[];
  /** Smallest month index in the table; the tables below are indexed by monthIndex − lo. */
  lo: number;
  /** 1 when the month's fiscal year passes the year filter. */
  keep: Uint8Array;
  /** Per spec: the period part of each month (fiscal-year offset, quarter 0..3 or fiscal month 0..11); empty for dimensions. */
  periodPart: Int32Array[];
}

/** Group-level output of a scan, indexed by group id (0..count−1, ascending code order). */
export interface Groups {
  count: number;
  rows: Int32Array;
  sums: Record<MeasureRole, Float64Array | null>;
  firstRow: Int32Array;
  /** Group id of every row, −1 when filtered out. */
  rowGroup: Int32Array;
}

/** Code spaces up to this size are summed straight into slot arrays in one pass. */
export const FUSED_LIMIT = 1 << 18;
/** Code spaces up to this size map codes to groups through a dense slot array. */
const DENSE_LIMIT = 1 << 22;

/**
 * One pass for small code spaces: code, row count, first row and every measure sum per slot,
 * then the occupied slots are numbered in code order.
 */
export function scanFused(table: Table, plan: Plan, space: number): Groups {
  const { specs } = plan;
  const empty = new Int32Array(0);
  const col = (r: MeasureRole) => table.measures[r]?.values ?? null;
  const m = MEASURE_ROLES.map(col);
  const s = m.map((v) => (v ? new Float64Array(space) : null));
  const rows = new Int32Array(space);
  const first = new Int32Array(space).fill(-1);
  const rowSlot = new Int32Array(table.rowCount);
  fusedLoop(
    table.rowCount,
    table.monthIndex,
    plan,
    Int32Array.from(specs, (sp) => sp.kind),
    Int32Array.from(specs, (sp) => sp.card),
    specs.map((sp) => (sp.dim ? sp.dim.codes : empty)),
    Int32Array.from(specs, (sp) => (sp.dim ? 1 : 0)),
    m,
    s,
    rows,
    first,
    rowSlot,
  );

  const id = new Int32Array(space);
  let count = 0;
  for (let k = 0; k < space; k++) id[k] = rows[k] > 0 ? count++ : -1;
  const sums = {} as Record<MeasureRole, Float64Array | null>;
  MEASURE_ROLES.forEach((r, k) => {
    const slotSums = s[k];
    sums[r] = slotSums ? packF64(slotSums, id, count) : null;
  });
  remap(rowSlot, id);
  return {
    count,
    rows: packI32(rows, id, count),
    sums,
    firstRow: packI32(first, id, count),
    rowGroup: rowSlot,
  };
}

/**
 * Inline table scan for performance: the hot loop of the 1M-row benchmark. The group code is
 * computed arithmetically per row and the six measures are unrolled; nothing allocates. Kept in
 * its own function so V8 optimizes the loop alone (code after a long loop would deoptimize it).
 */
function fusedLoop(
  n: number,
  months: Int32Array,
  plan: Plan,
  kinds: Int32Array,
  cards: Int32Array,
  dimCodes: Int32Array[],
  hasDim: Int32Array,
  m: (Float64Array | null)[],
  s: (Float64Array | null)[],
  rows: Int32Array,
  first: Int32Array,
  rowSlot: Int32Array,
): void {
  const { lo, keep, periodPart } = plan;
  const nSpec = kinds.length;
  const [mA, mC, mG, mQ, mT, mS] = m;
  const [sA, sC, sG, sQ, sT, sS] = s;
  for (let i = 0; i < n; i++) {
    const mo = months[i] - lo;
    if (keep[mo] !== 1) {
      rowSlot[i] = -1;
      continue;
    }
    let code = 0;
    for (let d = 0; d < nSpec; d++) {
      const part = kinds[d] === 0 ? (hasDim[d] === 1 ? dimCodes[d][i] + 1 : 0) : periodPart[d][mo];
      code = code * cards[d] + part;
    }
    rowSlot[i] = code;
    if (rows[code]++ === 0) first[code] = i;
    let x: number;
    if (mA !== null && sA !== null && (x = mA[i]) === x) sA[code] += x;
    if (mC !== null && sC !== null && (x = mC[i]) === x) sC[code] += x;
    if (mG !== null && sG !== null && (x = mG[i]) === x) sG[code] += x;
    if (mQ !== null && sQ !== null && (x = mQ[i]) === x) sQ[code] += x;
    if (mT !== null && sT !== null && (x = mT[i]) === x) sT[code] += x;
    if (mS !== null && sS !== null && (x = mS[i]) === x) sS[code] += x;
  }
}

function remap(rowSlot: Int32Array, id: Int32Array): void {
  for (let i = 0; i < rowSlot.length; i++) if (rowSlot[i] >= 0) rowSlot[i] = id[rowSlot[i]];
}

function packF64(a: Float64Array, id: Int32Array, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let k = 0; k < id.length; k++) if (id[k] >= 0) out[id[k]] = a[k];
  return out;
}

function packI32(a: Int32Array, id: Int32Array, count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < id.length; k++) if (id[k] >= 0) out[id[k]] = a[k];
  return out;
}

/** Per-row combined code as a double (−1 = filtered out), for code spaces too large to fuse. */
export function computeCodes(table: Table, plan: Plan, specs: Spec[]): Float64Array {
  const n = table.rowCount;
  const months = table.monthIndex;
  const { lo, keep } = plan;
  const parts = specs.map((sp) => plan.periodPart[plan.specs.indexOf(sp)]);
  const rowCode = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const mo = months[i] - lo;
    if (keep[mo] !== 1) {
      rowCode[i] = -1;
      continue;
    }
    let code = 0;
    for (let d = 0; d < specs.length; d++) {
      const s = specs[d];
      const part = s.kind === 0 ? (s.dim ? s.dim.codes[i] + 1 : 0) : parts[d][mo];
      code = code * s.card + part;
    }
    rowCode[i] = code;
  }
  return rowCode;
}

/**
 * Codes when the product of cardinalities exceeds 2^53: combine one entry at a time and
 * re-number the distinct codes (order-preserving) whenever the next product would overflow.
 */
export function stagedCodes(table: Table, plan: Plan): Float64Array {
  const code = computeCodes(table, plan, []);
  let card = 1;
  for (const spec of plan.specs) {
    if (card * spec.card > Number.MAX_SAFE_INTEGER) {
      const dense = numberCodes(code, Infinity);
      for (let i = 0; i < code.length; i++) code[i] = dense.rowGroup[i];
      card = Math.max(1, dense.count);
    }
    const part = computeCodes(table, plan, [spec]);
    for (let i = 0; i < code.length; i++) if (code[i] >= 0) code[i] = code[i] * spec.card + part[i];
    card *= spec.card;
  }
  return code;
}

/** Numbers the distinct codes 0..count−1 in ascending order. */
function numberCodes(rowCode: Float64Array, space: number): { rowGroup: Int32Array; count: number } {
  const n = rowCode.length;
  const rowGroup = new Int32Array(n);
  let count = 0;
  if (space <= DENSE_LIMIT) {
    const slot = new Int32Array(space);
    for (let i = 0; i < n; i++) if (rowCode[i] >= 0) slot[rowCode[i]] = 1;
    for (let s = 0; s < space; s++) slot[s] = slot[s] === 1 ? count++ : -1;
    for (let i = 0; i < n; i++) rowGroup[i] = rowCode[i] >= 0 ? slot[rowCode[i]] : -1;
  } else {
    const distinct = rowCode.filter((c) => c >= 0).sort();
    const ids = new Map<number, number>();
    for (let i = 0; i < distinct.length; i++)
      if (i === 0 || distinct[i] !== distinct[i - 1]) ids.set(distinct[i], count++);
    for (let i = 0; i < n; i++) rowGroup[i] = rowCode[i] >= 0 ? (ids.get(rowCode[i]) as number) : -1;
  }
  return { rowGroup, count };
}

/** The general path: number the codes, then count rows and sum each measure by group. */
export function scanGeneral(table: Table, rowCode: Float64Array, space: number): Groups {
  const { rowGroup, count } = numberCodes(rowCode, space);
  const n = table.rowCount;
  const rows = new Int32Array(count);
  const firstRow = new Int32Array(count).fill(-1);
  for (let i = 0; i < n; i++) {
    const g = rowGroup[i];
    if (g >= 0 && rows[g]++ === 0) firstRow[g] = i;
  }
  const sums = {} as Record<MeasureRole, Float64Array | null>;
  for (const role of MEASURE_ROLES) {
    const v = table.measures[role]?.values;
    if (!v) {
      sums[role] = null;
      continue;
    }
    const s = new Float64Array(count);
    for (let i = 0; i < n; i++) {
      const g = rowGroup[i];
      const x = v[i];
      if (g >= 0 && x === x) s[g] += x;
    }
    sums[role] = s;
  }
  return { count, rows, sums, firstRow, rowGroup };
}

/** Distinct non-blank codes per group: rows bucketed by group (counting sort), then one stamp per code. */
export function distinctPerGroup(
  codes: Int32Array,
  cardinality: number,
  rowGroup: Int32Array,
  count: number,
): Int32Array {
  const start = new Int32Array(count + 1);
  countPerGroup(rowGroup, start);
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const order = new Int32Array(start[count]);
  bucketRows(rowGroup, start.slice(0, count), order);
  const out = new Int32Array(count);
  stampDistinct(codes, order, start, new Int32Array(cardinality), out);
  return out;
}

function countPerGroup(rowGroup: Int32Array, start: Int32Array): void {
  for (let i = 0; i < rowGroup.length; i++) if (rowGroup[i] >= 0) start[rowGroup[i] + 1]++;
}

function bucketRows(rowGroup: Int32Array, fill: Int32Array, order: Int32Array): void {
  for (let i = 0; i < rowGroup.length; i++) if (rowGroup[i] >= 0) order[fill[rowGroup[i]]++] = i;
}

function stampDistinct(
  codes: Int32Array,
  order: Int32Array,
  start: Int32Array,
  stamp: Int32Array,
  out: Int32Array,
): void {
  for (let g = 0; g < out.length; g++) {
    let k = 0;
    for (let j = start[g]; j < start[g + 1]; j++) {
      const c = codes[order[j]];
      if (c >= 0 && stamp[c] !== g + 1) {
        stamp[c] = g + 1;
        k++;
      }
    }
    out[g] = k;
  }
}
