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
 * For each listed row (grid indexes, in order), the grid index of the earlier identical row, or −1.
 * @example findDuplicates(grid, Int32Array.of(1, 2), Int32Array.of(7, 7)) // Int32Array [-1, 1] when rows 1 and 2 are equal
 */
export function findDuplicates(grid: Grid, rows: Int32Array, hashes: Int32Array): Int32Array {
  const out = new Int32Array(rows.length).fill(-1);
  let size = 16;
  while (size < rows.length * 2) size <<= 1;
  const mask = size - 1;
  // Interleaved [hash, k + 1] slots: one cache line per probe.
  const slots = new Int32Array(size * 2);
  for (let k = 0; k < rows.length; k++) {
    const h = hashes[k];
    let s = h & mask;
    for (;;) {
      const j = slots[2 * s + 1];
      if (j === 0) {
        slots[2 * s] = h;
        slots[2 * s + 1] = k + 1;
        break;
      }
      if (slots[2 * s] === h && sameRow(grid[rows[k]], grid[rows[j - 1]])) {
        out[k] = rows[j - 1];
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return out;
}
