/**
 * The rule every host enforces on frozen panes: a freeze line never cuts a merged range.
 * Google Sheets refuses it outright ("You can't freeze columns which contain only part of a merged
 * cell", and the same for rows; https://support.google.com/docs/answer/54813), which rolls the whole
 * write back; Excel accepts it but scrolls the merged cell in two halves. The SheetDoc is checked
 * here, once, so no renderer has to decide.
 */
import type { RangeRef, TabDoc } from './types';

/**
 * The merges a tab's freeze lines cut: a frozen-rows line after row n cuts a merge that starts at
 * or above row n-1 and ends below it (columns alike).
 * @example mergesCutByFreeze({ freeze: { rows: 0, cols: 1 }, merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }] }) // that merge
 */
export function mergesCutByFreeze(tab: Pick<TabDoc, 'freeze' | 'merges'>): RangeRef[] {
  const { rows, cols } = tab.freeze;
  return tab.merges.filter(
    (m) => (rows > 0 && m.r0 < rows && m.r1 >= rows) || (cols > 0 && m.c0 < cols && m.c1 >= cols),
  );
}
