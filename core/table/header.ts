/** Header row detection: skip merged titles, notes and blank rows; prefer the row that names roles. */
import type { Grid } from './types';
import { parseAmountText } from './amount';
import { parseDateText } from './date';
import { headerKey, isBlank } from './normalize';
import { matchHeader } from './synonyms';

/** Rows examined from the top of the grid. */
export const HEADER_SCAN_ROWS = 30;

interface RowScore {
  labels: number;
  matches: number;
  values: number;
}

function scoreRow(row: readonly unknown[] | undefined): RowScore {
  const s: RowScore = { labels: 0, matches: 0, values: 0 };
  if (!row) return s;
  const keys = new Set<string>();
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== 'string') {
      s.values++;
      continue;
    }
    if (parseDateText(v) || !Number.isNaN(parseAmountText(v))) {
      s.values++;
      continue;
    }
    s.labels++;
    const k = headerKey(v);
    if (!keys.has(k) && matchHeader(k).length > 0) s.matches++;
    keys.add(k);
  }
  return s;
}

/**
 * 0-based index of the header row, or −1 when no row in the first 30 looks like one. A header has
 * at least two text labels and no values; among candidates the one naming most roles wins, ties
 * go to the lower of two stacked rows (closest to the data, e.g. under a group-heading row).
 * @example detectHeaderRow([['2025年销售明细'], [], ['日期', '客户', '销售额'], [45658, 'A', 100]]) // 2
 */
export function detectHeaderRow(grid: Grid): number {
  const n = Math.min(grid.length, HEADER_SCAN_ROWS);
  const scores = Array.from({ length: n }, (_, r) => scoreRow(grid[r]));
  const widest = Math.max(0, ...scores.map((s) => s.labels));
  let best = -1;
  let bestScore = -Infinity;
  for (let r = 0; r < n; r++) {
    const s = scores[r];
    if (s.labels < 2 || s.values > 0 || s.labels < widest * 0.5) continue;
    // Data below a header: some row within the next three has values.
    const dataBelow = scores.slice(r + 1, r + 4).some((x) => x.values > 0) ? 1 : 0;
    const score = s.matches * 3 + s.labels + dataBelow * 2;
    // A tie goes to the lower row only when it sits right under the leader (a stacked header);
    // a repeated header further down never displaces the first one.
    if (score > bestScore || (score === bestScore && r === best + 1)) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
