/** The rows role detection looks at: the first data rows plus an even spread over the rest. */
import type { CellValue, Grid } from './types';

/** Rows taken from the top, and from the spread. */
export const SAMPLE_HEAD = 300;
export const SAMPLE_SPREAD = 200;

/**
 * Up to 500 data rows of grid[start..end): the first 300 and 200 evenly spaced after them.
 * @example sampleRows(grid, 1, grid.length).length
 */
export function sampleRows(grid: Grid, start: number, end: number): (readonly CellValue[])[] {
  const out: (readonly CellValue[])[] = [];
  const headEnd = Math.min(end, start + SAMPLE_HEAD);
  for (let g = start; g < headEnd; g++) if (grid[g]) out.push(grid[g]);
  const rest = end - headEnd;
  if (rest > 0) {
    const step = Math.max(1, Math.floor(rest / SAMPLE_SPREAD));
    for (let g = headEnd; g < end; g += step) if (grid[g]) out.push(grid[g]);
  }
  return out;
}
