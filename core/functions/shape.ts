/** Putting flat results back into the shape of an input block. */
import type { FnValue, Matrix } from './types';

/**
 * A block of the same shape as `m`, '' everywhere except the given flat positions.
 * @example reshape([[1, null], [3, 4]], [0, 2, 3], ['a', 'b', 'c']) // [['a', ''], ['b', 'c']]
 */
export function reshape(m: Matrix, at: readonly number[], values: readonly FnValue[]): FnValue[][] {
  const out: FnValue[][] = m.map((row) => row.map((): FnValue => ''));
  const width = m.map((r) => r.length);
  for (let k = 0; k < at.length; k++) {
    let pos = at[k];
    let r = 0;
    while (pos >= width[r]) {
      pos -= width[r];
      r += 1;
    }
    out[r][pos] = values[k];
  }
  return out;
}

/** Number of cells in a block. */
export function size(m: Matrix): number {
  let n = 0;
  for (const row of m) n += row.length;
  return n;
}
