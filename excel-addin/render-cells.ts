/**
 * Cell values and number formats of a tab as 2-D arrays. Text from the data is ALWAYS text: its
 * cells get the "@" format, queued before the values, so a customer named "=HYPERLINK(…)" stays a
 * name. Only SheetDoc FormulaCells become formulas.
 */
import type { Cell, FormatRun } from '../core/sheetdoc/types';

export type OfficeValue = string | number | boolean;

const GENERAL = 'General';
const TEXT = '@';

/**
 * The dense values and number-format grids of a tab (ragged rows padded).
 * @example cellGrids([['=1+1', 2]], []).formats // [['@', 'General']]
 */
export function cellGrids(
  cells: readonly (readonly Cell[])[],
  formats: readonly FormatRun[],
): { values: OfficeValue[][]; numberFormats: string[][]; cols: number } {
  const cols = cells.reduce((m, r) => Math.max(m, r.length), 0);
  const numberFormats = cells.map(() => new Array<string>(cols).fill(GENERAL));
  for (const run of formats) {
    if (!run.numFmt) continue;
    const { r0, c0, r1, c1 } = run.range;
    for (let r = r0; r <= Math.min(r1, cells.length - 1); r++) {
      for (let c = c0; c <= Math.min(c1, cols - 1); c++) numberFormats[r][c] = run.numFmt;
    }
  }
  const values = cells.map((row, r) => {
    const out = new Array<OfficeValue>(cols).fill('');
    row.forEach((cell, c) => {
      out[c] = officeValue(cell);
      if (typeof cell === 'string') numberFormats[r][c] = TEXT;
    });
    return out;
  });
  return { values, numberFormats, cols };
}

function officeValue(cell: Cell): OfficeValue {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'string' || typeof cell === 'boolean') return cell;
  return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
}
