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

/**
 * For each used row, the grid index of the earlier identical row, or −1. Row k is grid row
 * `start + used[k]`; its hash is `hashByRow[used[k]]`.
 * @example findDuplicates(grid, 1, Int32Array.of(0, 1), Int32Array.of(7, 7)) // Int32Array [-1, 1] when grid rows 1 and 2 are equal
 */
export function findDuplicates(
  grid: Grid,
  start: number,
  used: Int32Array,
  hashByRow: Int32Array,
): Int32Array {
  const m = used.length;
  const out = new Int32Array(m);
  const size = duplicateSlots(m);
  const mask = size - 1;
  // Interleaved [hash, k + 1] slots, open addressing: one cache line per probe.
  const slots = new Int32Array(2 * size);
  for (let k = 0; k < m; k++) {
    const i = used[k];
    const h = hashByRow[i];
    let s = h & mask;
    out[k] = -1;
    for (;;) {
      const j = slots[2 * s + 1];
      if (j === 0) {
        slots[2 * s] = h;
        slots[2 * s + 1] = k + 1;
        break;
      }
      if (slots[2 * s] === h) {
        const u = used[j - 1];
        if (sameRow(grid[start + i], grid[start + u])) {
          out[k] = start + u;
          break;
        }
      }
      s = (s + 1) & mask;
    }
  }
  return out;
}

/**
 * Hash slots findDuplicates uses for m rows (a power of two, at least 2m: probes stay short).
 * @example duplicateSlots(1000) // 2048
 */
export function duplicateSlots(m: number): number {
  let size = 16;
  while (size < m * 2) size <<= 1;
  return size;
}
