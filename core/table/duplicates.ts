/** Exact duplicate rows: equal hashes verified cell by cell, first occurrence kept as the original. */
import type { CellValue, Grid } from './types';

function same(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  const ab = a === null || a === undefined || (typeof a === 'string' && a.trim() === '');
  const bb = b === null || b === undefined || (typeof b === 'string' && b.trim() === '');
  if (ab || bb) return ab && bb;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return false;
}

/**
 * Whether two grid rows hold the same cells (blank = blank, text compared trimmed).
 * @example sameRow([1, 'a'], [1, 'a ']) // true
 */
export function sameRow(a: readonly CellValue[] | undefined, b: readonly CellValue[] | undefined): boolean {
  const ra = a ?? [];
  const rb = b ?? [];
  const w = Math.max(ra.length, rb.length);
  for (let c = 0; c < w; c++) if (!same(ra[c], rb[c])) return false;
  return true;
}

/** Rows per hash partition: a partition's probe table (2 slots per row) stays in the CPU cache. */
const PART_ROWS = 4096;

/**
 * For each used row, the grid index of the earlier identical row, or −1. Row k is grid row
 * `start + used[k]`; its hash is `hashByRow[used[k]]`.
 *
 * Rows are first partitioned by the top bits of their hash (equal rows share a partition, and
 * each partition keeps row order), then each partition is probed in a small open-addressing
 * table: one probe table over a million rows would miss the cache on nearly every row.
 * @example findDuplicates(grid, 1, Int32Array.of(0, 1), Int32Array.of(7, 7)) // Int32Array [-1, 1] when grid rows 1 and 2 are equal
 */
export function findDuplicates(
  grid: Grid,
  start: number,
  used: Int32Array,
  hashByRow: Int32Array,
): Int32Array {
  const m = used.length;
  const out = new Int32Array(m).fill(-1);
  let parts = 1;
  let partBits = 0;
  while (parts * PART_ROWS < m && partBits < 16) {
    parts <<= 1;
    partBits++;
  }
  const part = (h: number) => (partBits === 0 ? 0 : h >>> (32 - partBits));
  // Counting sort of row positions (and their hashes) by partition, stable.
  const bound = new Int32Array(parts + 1);
  for (let k = 0; k < m; k++) bound[part(hashByRow[used[k]]) + 1]++;
  for (let p = 0; p < parts; p++) bound[p + 1] += bound[p];
  const fill = bound.slice(0, parts);
  const order = new Int32Array(m);
  const orderHash = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const h = hashByRow[used[k]];
    const at = fill[part(h)]++;
    order[at] = k;
    orderHash[at] = h;
  }
  let largest = 0;
  for (let p = 0; p < parts; p++) largest = Math.max(largest, bound[p + 1] - bound[p]);
  const size = duplicateSlots(largest);
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotRow = new Int32Array(size); // k of the original in the slot
  const slotGen = new Int32Array(size); // partition + 1 that filled the slot (no clearing between partitions)
  for (let p = 0; p < parts; p++) {
    const gen = p + 1;
    for (let at = bound[p]; at < bound[p + 1]; at++) {
      const k = order[at];
      const h = orderHash[at];
      let s = h & mask;
      for (;;) {
        if (slotGen[s] !== gen) {
          slotGen[s] = gen;
          slotHash[s] = h;
          slotRow[s] = k;
          break;
        }
        if (slotHash[s] === h) {
          const u = used[slotRow[s]];
          if (sameRow(grid[start + used[k]], grid[start + u])) {
            out[k] = start + u;
            break;
          }
        }
        s = (s + 1) & mask;
      }
    }
  }
  return out;
}

/** Probe slots for m rows: a power of two, at least 2m, so probes stay short. */
function duplicateSlots(m: number): number {
  let size = 16;
  while (size < m * 2) size <<= 1;
  return size;
}
