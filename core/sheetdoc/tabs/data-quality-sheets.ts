/**
 * The data-quality tab's part on a data set read from several sheets (what was read is said by
 * the reading notes, above): rows read, rows used and money used per sheet, and the sheets left out with why.
 */
import type { Cell } from '../types';
import type { DocContext } from '../context';
import { FMT } from '../formats';
import type { TabBuilder } from '../tab-builder';

/**
 * Writes the per-sheet section when the data set spans several sheets (nothing otherwise).
 * @example writeSheetsSection(tb, ctx) // adds "Sheets read" with one row per sheet
 */
export function writeSheetsSection(tb: TabBuilder, ctx: DocContext): void {
  const split = ctx.model.dataQuality.split;
  if (!split || split.sheets.length < 2) return;
  const { L } = ctx;
  tb.section(L('SPLIT_SECTION_SHEETS'));
  const rows: Cell[][] = split.sheets.map((s) => [
    s.name,
    s.rowsRead,
    s.rowsUsed,
    ctx.amt(s.amountUsed),
    null,
  ]);
  rows.push([L('SPLIT_TOTAL'), ...sums(split.sheets, ctx), null]);
  for (const l of split.leftOut)
    rows.push([
      l.name,
      null,
      null,
      null,
      L(l.reason === 'hidden' ? 'SPLIT_LEFT_OUT_HIDDEN' : 'SPLIT_LEFT_OUT_HEADER'),
    ]);
  tb.table({
    header: [
      L('SPLIT_COL_SHEET'),
      L('SPLIT_COL_ROWS_READ'),
      L('SPLIT_COL_ROWS_USED'),
      L('SD_COL_AMOUNT'),
      L('SD_COL_REASON'),
    ],
    rows,
    numFmts: ['@', FMT.integer, FMT.integer, ctx.amountFmt, null],
    colStyles: [{ bold: true }, null, null, null, { wrap: true }],
  });
  tb.blank();
}

function sums(sheets: { rowsRead: number; rowsUsed: number; amountUsed: number }[], ctx: DocContext): Cell[] {
  let read = 0;
  let used = 0;
  let amount = 0;
  for (const s of sheets) {
    read += s.rowsRead;
    used += s.rowsUsed;
    amount += s.amountUsed;
  }
  return [read, used, ctx.amt(amount)];
}
