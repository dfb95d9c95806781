/**
 * A targets sheet (目标表): a header row, then rows of base (and optional stretch) targets by
 * quarter and/or a dimension (region, product …). Header detection and amount parsing are the
 * ingest's own (detectHeaderRow, detectRoles, parseAmount), so 目标(万元) reads as 万.
 */
import { fiscalQuarterOf, fiscalYearOf } from '../periods';
import { DIMENSION_ROLES, detectHeaderRow, detectRoles, headerKey, parseAmount, parseDate } from '../table';
import type { CellValue, DimensionRole, Grid } from '../table';

/** One usable row of a targets sheet. */
export interface TargetRow {
  /** Fiscal quarter 1..4, or null when the sheet has no quarter column. */
  quarter: number | null;
  /** Fiscal year named in the quarter cell ("2025Q1"), else null. */
  year: number | null;
  dims: Partial<Record<DimensionRole, string>>;
  base: number;
  stretch: number | null;
}

const CN_Q: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Reads a quarter from a cell: 1..4, "Q1", "2025Q1", "一季度", "第1季度", or a date (its quarter).
 * @example quarterOf('2025Q3', 1) // { quarter: 3, year: 2025 }
 */
export function quarterOf(raw: CellValue, start: number): { quarter: number; year: number | null } | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 4)
    return { quarter: raw, year: null };
  if (typeof raw === 'string') {
    const s = raw.normalize('NFKC').trim();
    const year = /(\d{4})/.exec(s);
    const m = /q\s*([1-4])/i.exec(s) ?? /([1-4])\s*q/i.exec(s) ?? /([1-4一二三四])\s*季/.exec(s);
    if (m) return { quarter: CN_Q[m[1]], year: year ? Number(year[1]) : null };
  }
  const d = parseDate(raw ?? null);
  if (!d) return null;
  return { quarter: fiscalQuarterOf(d.monthIndex, start), year: fiscalYearOf(d.monthIndex, start) };
}

function findColumn(headers: string[], words: RegExp): number {
  return headers.findIndex((h) => words.test(headerKey(h)));
}

/**
 * Parses a targets sheet; rows without a readable base target are left out. null when the
 * sheet has no header or no target column.
 * @example parseTargetSheet([['区域', '目标'], ['华东', 100]], 1)?.rows[0] // { quarter: null, year: null, dims: { region: '华东' }, base: 100, stretch: null }
 */
export function parseTargetSheet(
  grid: Grid,
  start: number,
): { rows: TargetRow[]; dims: DimensionRole[] } | null {
  const h = detectHeaderRow(grid);
  if (h < 0) return null;
  const headers = (grid[h] ?? []).map((v) => (v === null || v === undefined ? '' : String(v)));
  const det = detectRoles(headers, grid.slice(h + 1, h + 51));
  const roles = det.roles;
  const baseCol = roles.target?.column ?? roles.amount?.column ?? findColumn(headers, /base|保|基础|基礎/);
  if (baseCol < 0) return null;
  const baseScale = roles.target?.unit?.scale ?? roles.amount?.unit?.scale ?? 1;
  const stretchCol = roles.stretchTarget?.column ?? -1;
  const stretchScale = roles.stretchTarget?.unit?.scale ?? 1;
  let quarterCol = roles.period?.column ?? roles.date?.column ?? findColumn(headers, /quarter|季/);
  if (quarterCol === baseCol) quarterCol = -1;
  const dimCols = DIMENSION_ROLES.filter((r) => roles[r] !== undefined).map((r) => ({
    role: r,
    column: roles[r]?.column ?? -1,
  }));
  const rows: TargetRow[] = [];
  for (let r = h + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const base = parseAmount(row[baseCol] ?? null, baseScale);
    if (typeof base !== 'number') continue;
    const dims: Partial<Record<DimensionRole, string>> = {};
    let subtotal = false;
    for (const d of dimCols) {
      const v = row[d.column];
      const text = v === null || v === undefined ? '' : String(v).trim();
      if (/^(合计|总计|小计|合計|總計|小計|total|subtotal|grand total)$/i.test(text)) subtotal = true;
      if (text) dims[d.role] = text;
    }
    const q = quarterCol >= 0 ? quarterOf(row[quarterCol] ?? null, start) : null;
    if (quarterCol >= 0 && !q && !subtotal) {
      const text = String(row[quarterCol] ?? '').trim();
      if (/^(合计|总计|全年|合計|總計|total|year|fy)/i.test(text)) subtotal = true;
    }
    if (subtotal) continue;
    const st = stretchCol >= 0 ? parseAmount(row[stretchCol] ?? null, stretchScale) : null;
    rows.push({
      quarter: q ? q.quarter : null,
      year: q ? q.year : null,
      dims,
      base,
      stretch: typeof st === 'number' ? st : null,
    });
  }
  return { rows, dims: dimCols.map((d) => d.role) };
}
