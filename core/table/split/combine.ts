/**
 * The sheets of one data set stacked into one grid: the first sheet's header, then each sheet's
 * data rows in tab order (title rows above a header are not data). When the rows lack what the
 * sheet names say — a month (1月, 2025年3月, Jan), a store or a channel — a column holding each
 * row's sheet name is added and mapped to that role.
 */
import { t, type Lang, type MessageCode } from '../../i18n';
import { detectRoles } from '../roles';
import { sampleRows } from '../sample';
import type { CellValue, Grid, Role } from '../types';
import { sheetMonth, sheetNameKind, type SheetMonth, type SheetNameKind } from './sheet-name';
import type { CombinedSheets, SheetPart, SplitPlan, WorkbookSheet } from './types';

export interface CombineOptions {
  lang?: Lang;
  /** The review year the user gave (a month name without a year takes it). */
  year?: number | null;
  /** First month of the fiscal year: a year given for month names is a fiscal year. */
  fiscalStartMonth?: number;
  /** The user's column choices: a role the user mapped is never taken from the sheet names. */
  overrides?: Partial<Record<Role, string | null>>;
}

export type CombineResult =
  | { ok: true; combined: CombinedSheets }
  | { ok: false; code: 'SPLIT_NO_YEAR'; message: string; params: Record<string, string> };

/** The header of the column added from the sheet names. */
const COLUMN_HEADER = {
  period: 'SPLIT_COLUMN_period',
  region: 'SPLIT_COLUMN_region',
  channel: 'SPLIT_COLUMN_channel',
} as const satisfies Record<SheetNameKind, MessageCode>;

/** A year stated in a title row above a header: 2025年, FY2025, 2025 Sales. */
const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:\s*年|\s*年度|[^\d]|$)/;

function titleYear(grid: Grid, headerRow: number): { year: number; title: string } | null {
  for (let r = 0; r < headerRow; r++) {
    for (const v of grid[r] ?? []) {
      if (typeof v !== 'string') continue;
      const m = TITLE_YEAR.exec(v.normalize('NFKC'));
      if (m) return { year: +m[1], title: v.trim() };
    }
  }
  return null;
}

/**
 * The stacked grid of a plan's sheets, or why it cannot be built (month names without a year).
 * @example combineSheets(sheets, plan).combined.label // '2025年1月 + 2025年2月'
 */
export function combineSheets(
  sheets: readonly WorkbookSheet[],
  plan: SplitPlan,
  options: CombineOptions = {},
): CombineResult {
  const lang = options.lang ?? 'zh-CN';
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const used = plan.used.filter((h) => h.headerRow >= 0 && byName.has(h.name));
  const first = used[0];
  const firstGrid = first ? byName.get(first.name)!.grid : [];
  const headers = first ? first.headers : [];

  // What the sheet names give, when the rows lack it.
  const names = used.map((h) => h.name);
  let kind = sheetNameKind(names);
  if (kind !== null && first) {
    const overrides = options.overrides ?? {};
    const sample = sampleRows(firstGrid, first.headerRow + 1, first.headerRow + 1 + first.rows);
    const roles = detectRoles(headers, sample, overrides).roles;
    const has = kind === 'period' ? !!(roles.date ?? roles.period) : !!roles[kind];
    // The user's own choice for the role wins (even "none").
    const chosen = kind === 'period' ? 'period' in overrides || 'date' in overrides : kind in overrides;
    if (has || chosen) kind = null;
  }

  let values: string[] = names;
  let yearFrom: CombinedSheets['yearFrom'] = null;
  if (kind === 'period') {
    const months = names.map((n) => sheetMonth(n)!);
    let year: number | null = null;
    if (months.some((m) => m.year === null)) {
      if (options.year != null) {
        year = options.year;
        yearFrom = { year, source: 'user' };
      } else {
        for (const h of used) {
          const found = titleYear(byName.get(h.name)!.grid, h.headerRow);
          if (found) {
            year = found.year;
            yearFrom = { year, source: 'title', title: found.title };
            break;
          }
        }
      }
      if (year === null) {
        const params = { example: names.slice(0, 3).join(lang === 'en' ? ', ' : '、') };
        return { ok: false, code: 'SPLIT_NO_YEAR', message: t('SPLIT_NO_YEAR', lang, params), params };
      }
    }
    values = months.map((m) => monthText(m, year, options.fiscalStartMonth ?? 1));
  }

  const width = Math.max(headers.length, ...used.map((h) => maxWidth(byName.get(h.name)!.grid, h)));
  const nameColumn = kind === null ? null : { role: kind, header: t(COLUMN_HEADER[kind], lang) };
  const grid: (readonly CellValue[])[] = [nameColumn ? padded(headers, width, nameColumn.header) : headers];
  const parts: SheetPart[] = [];
  used.forEach((h, i) => {
    const g = byName.get(h.name)!.grid;
    parts.push({
      sheet: h.name,
      firstGridRow: grid.length,
      firstSheetRow: h.headerRow + 2,
      rows: h.rows,
      nameValue: nameColumn ? values[i] : null,
    });
    const end = h.headerRow + 1 + h.rows;
    for (let r = h.headerRow + 1; r < end; r++) {
      const row = g[r] ?? [];
      grid.push(nameColumn ? padded(row, width, values[i]) : row);
    }
  });
  return {
    ok: true,
    combined: {
      grid,
      parts,
      label: names.join(' + '),
      nameColumn: nameColumn && { role: nameColumn.role, header: nameColumn.header },
      yearFrom,
      leftOut: plan.leftOut,
    },
  };
}

/** The month a sheet name gives as text the date reader takes (2025-03); a fiscal year Y starting in month s puts months ≥ s in Y − 1. */
function monthText(m: SheetMonth, year: number | null, startMonth: number): string {
  const y = m.year ?? (startMonth > 1 && m.month >= startMonth ? year! - 1 : year!);
  return `${y}-${String(m.month).padStart(2, '0')}`;
}

function maxWidth(grid: Grid, h: { headerRow: number; rows: number }): number {
  let w = 0;
  const end = h.headerRow + 1 + h.rows;
  for (let r = h.headerRow + 1; r < end; r++) w = Math.max(w, grid[r]?.length ?? 0);
  return w;
}

/** The row cut or padded to `width` cells, then `value`. */
function padded(row: readonly CellValue[], width: number, value: CellValue): CellValue[] {
  const out = row.slice(0, width);
  while (out.length < width) out.push(null);
  out.push(value);
  return out;
}
