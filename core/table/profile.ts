/** What a column's sample cells look like, for content-based role guesses and header checks. */
import type { CellValue } from './types';
import { parseAmountText } from './amount';
import { parseDateText } from './date';
import { isBlank } from './normalize';

export interface ColumnProfile {
  nonBlank: number;
  /** Cells that read as amounts (numbers, or text numbers). */
  numeric: number;
  /** Cells that look like dates on their own: Date objects, serials 1955..2099, date text. */
  dateLike: number;
  /** Date text at month or quarter precision. */
  periodText: number;
  /** Text cells that are neither numbers nor dates. */
  text: number;
  distinct: number;
  /** Median absolute numeric value (0 when none). */
  medianAbs: number;
}

/**
 * Profiles column `c` over the sample rows.
 * @example profileColumn([[1], ['x']], 0).numeric // 1
 */
export function profileColumn(rows: readonly (readonly CellValue[])[], c: number): ColumnProfile {
  const p: ColumnProfile = {
    nonBlank: 0,
    numeric: 0,
    dateLike: 0,
    periodText: 0,
    text: 0,
    distinct: 0,
    medianAbs: 0,
  };
  const seen = new Set<string>();
  const nums: number[] = [];
  for (const row of rows) {
    const v = row ? row[c] : undefined;
    if (isBlank(v)) continue;
    p.nonBlank++;
    if (v instanceof Date) {
      p.dateLike++;
      seen.add(String(v.getTime()));
      continue;
    }
    if (typeof v === 'number') {
      p.numeric++;
      nums.push(Math.abs(v));
      if (Number.isInteger(v) && v >= 20090 && v <= 73050) p.dateLike++;
      seen.add(String(v));
      continue;
    }
    const s = String(v);
    seen.add(s.trim());
    const d = parseDateText(s);
    if (d) {
      p.dateLike++;
      if (d.precision !== 'day') p.periodText++;
      continue;
    }
    const n = parseAmountText(s);
    if (!Number.isNaN(n)) {
      p.numeric++;
      nums.push(Math.abs(n));
    } else p.text++;
  }
  p.distinct = seen.size;
  if (nums.length > 0) {
    nums.sort((a, b) => a - b);
    p.medianAbs = nums[Math.floor(nums.length / 2)];
  }
  return p;
}
