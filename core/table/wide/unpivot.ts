/**
 * A wide sheet as the order list it summarises: one row per (row labels, period) with its amount,
 * total rows and columns left out and reconciled against the sum of the parts (a mismatch is a
 * data-quality finding: the parts are what the review sums).
 */
import type { CellValue, Grid } from '../types';
import { cleanText, isBlank } from '../normalize';
import { parseAmount } from '../amount';
import { isTotalRow, type WideLayout } from './layout';
import type { WideMismatch } from './report';

/** The long grid and where each of its rows came from. */
export interface Unpivoted {
  /** Header, then one row per non-blank, non-zero period cell of a label row. */
  grid: CellValue[][];
  /** 1-based sheet row of each long-grid row (index 0 is the header). */
  sheetRow: number[];
  /** Label rows read (data rows, not totals). */
  rows: number;
  /** Total rows left out. */
  totalRows: number;
  /** Distinct values of each label column over the label rows (same order as layout.labels). */
  distinct: number[];
  mismatches: WideMismatch[];
}

const num = (v: CellValue): number | null => {
  if (isBlank(v)) return null;
  const x = parseAmount(v);
  return typeof x === 'number' && !Number.isNaN(x) ? x : null;
};
/** Equal to the cent, or to a relative 1e-9 on large sums. */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 + 1e-9 * Math.abs(b);

/**
 * Unpivots a wide sheet: labels × periods → rows of (labels, period text, amount).
 * @example unpivot(grid, layout, [2025, 2025, 2025], ['客户'], '月份', '1月…3月', 1).grid[1] // ['甲', '2025-01', 1]
 */
export function unpivot(
  grid: Grid,
  layout: WideLayout,
  years: readonly number[],
  labelHeaders: readonly string[],
  periodHeader: string,
  amountHeader: string,
  rowOffset: number,
): Unpivoted {
  const out: CellValue[][] = [[...labelHeaders, periodHeader, amountHeader]];
  const sheetRow: number[] = [rowOffset + layout.headerRow];
  // A whole year's amount is dated January of that year: January falls in fiscal year Y whatever
  // month the fiscal year starts (a fiscal year is named by the calendar year it ends in); the
  // review reads it as one annual figure (the layout's kind says so), never as January's.
  const periodText = layout.periods.map((p, i) =>
    p.head.kind === 'month'
      ? `${years[i]}-${String(p.head.index).padStart(2, '0')}`
      : p.head.kind === 'quarter'
        ? `${years[i]}Q${p.head.index}`
        : `${years[i]}-01`,
  );
  const labelCols = layout.labels.map((l) => l.column);
  const mismatches: WideMismatch[] = [];
  const rowLabel = (row: readonly CellValue[]): string =>
    labelCols
      .map((c) => (isBlank(row[c]) ? '' : cleanText(String(row[c]))))
      .filter((s) => s !== '')
      .join(' ');
  // Sums of the data rows per period column: all rows, and since the last subtotal row.
  const all = new Float64Array(layout.periods.length);
  const section = new Float64Array(layout.periods.length);
  const totalRows: { r: number; sub: boolean; sums: Float64Array }[] = [];
  let rows = 0;
  const seen = labelCols.map(() => new Set<string>());
  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const values = layout.periods.map((p) => num(row[p.column]));
    const anyValue = values.some((v) => v !== null);
    if (!anyValue && layout.labels.every((l) => isBlank(row[l.column]))) continue;
    if (
      layout.periods.filter((p) => typeof row[p.column] === 'string' && row[p.column] === p.header).length >=
      2
    )
      continue; // the header repeated (a printed page's header)
    if (isTotalRow(row, labelCols)) {
      if (!anyValue) continue;
      const sub = labelCols.some(
        (c) => typeof row[c] === 'string' && /小计|小計|subtotal/i.test(row[c] as string),
      );
      totalRows.push({ r, sub, sums: sub ? section.slice() : new Float64Array(0) });
      if (sub) section.fill(0);
      continue;
    }
    rows++;
    labelCols.forEach((c, k) => seen[k].add(isBlank(row[c]) ? '' : cleanText(String(row[c]))));
    const blockSums = new Map<number, number>();
    values.forEach((v, i) => {
      const raw = row[layout.periods[i].column];
      if (v === null && isBlank(raw)) return;
      if (v !== null) {
        all[i] += v;
        section[i] += v;
        blockSums.set(i, v);
        if (v === 0) return; // no sale in that period: no order line
      }
      // a text that is not a number goes through as is: ingest reports it as a bad amount
      out.push([...labelCols.map((c) => row[c] ?? null), periodText[i], raw]);
      sheetRow.push(rowOffset + r);
    });
    for (const t of layout.totals) {
      const stated = num(row[t.column]);
      if (stated === null) continue;
      const computed = t.parts.reduce((a, i) => a + (blockSums.get(i) ?? 0), 0);
      if (!same(stated, computed))
        mismatches.push({ row: rowLabel(row), column: t.header, stated, computed, sheetRow: rowOffset + r });
    }
  }
  // A total row: each period column and total column against the data rows it covers.
  for (const tr of totalRows) {
    const row = grid[tr.r] ?? [];
    const sums = tr.sub ? tr.sums : all;
    const label = rowLabel(row);
    layout.periods.forEach((p, i) => {
      const stated = num(row[p.column]);
      if (stated !== null && !same(stated, sums[i]))
        mismatches.push({
          row: label,
          column: p.header,
          stated,
          computed: sums[i],
          sheetRow: rowOffset + tr.r,
        });
    });
    for (const t of layout.totals) {
      const stated = num(row[t.column]);
      if (stated === null) continue;
      const computed = t.parts.reduce((a, i) => a + sums[i], 0);
      if (!same(stated, computed))
        mismatches.push({ row: label, column: t.header, stated, computed, sheetRow: rowOffset + tr.r });
    }
  }
  mismatches.sort((a, b) => a.sheetRow - b.sheetRow);
  const distinct = seen.map((x) => x.size);
  return { grid: out, sheetRow, rows, totalRows: totalRows.length, distinct, mismatches };
}
