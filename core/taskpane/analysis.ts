/**
 * What the wizard learns from the data sheet (no DOM): detected mapping, the years present with
 * their revenue and quarters, and warnings to show. One ingest per sheet or mapping change.
 */
import type { Message } from '../i18n';
import type { Lang } from '../i18n';
import { fiscalQuarterOf, fiscalYearOf } from '../periods';
import {
  detectHeaderRow,
  ingest,
  parseDate,
  tableDimensions,
  type DateOrder,
  type DimensionChoice,
} from '../table';
import {
  type CellValue,
  type ColumnMapping,
  type DataQualityReport,
  type Grid,
  type MoneyRole,
  type Role,
  type UnitChoice,
} from '../table';
import type { StepContext } from './wizard-state';

/** Revenue and rows per calendar month of the data, for any fiscal-year start. */
export interface MonthTotals {
  /** Month indexes (year*12 + month-1), ascending. */
  months: number[];
  revenue: number[];
  rows: number[];
  /** The amounts are whole years (whole-year columns of a wide sheet), each dated in one month. */
  annual?: boolean;
}

/** One fiscal year present in the data. */
export interface YearInfo {
  year: number;
  rows: number;
  /** Months with data (12 for a whole year's amount). */
  months: number;
  /** A whole year's amount: no quarter or month of it is known. */
  annual?: boolean;
  revenue: number;
  /** Fiscal quarters Q1..Q4 revenue. */
  quarters: [number, number, number, number];
}

/** A detection warning; `role` of WIZ_WARN_GUESSED is a role key, named by the view. */
export type Warning = Message<'WIZ_WARN_TWO_DATES' | 'WIZ_WARN_NO_CUSTOMER' | 'WIZ_WARN_GUESSED'>;

export interface Analysis {
  ok: boolean;
  /** Ingest error code and its localized message when not ok. */
  error: { code: string; message: string; params?: Record<string, string | number> } | null;
  /** 0-based header row, −1 when none. */
  headerRow: number;
  mapping: ColumnMapping | null;
  quality: DataQualityReport | null;
  totals: MonthTotals;
  /** The dimensions the data offers with their value counts (empty when the sheet could not be read). */
  dimensions: DimensionChoice[];
  warnings: Warning[];
}

const DATE_HEADER = /日期|时间|時間|date|day|time/i;

/** Whether a sample of a column reads as dates (text or Date cells; numbers only under a date-like header). */
function looksLikeDates(grid: Grid, col: number, from: number, header: string): boolean {
  let seen = 0;
  let dates = 0;
  const numbersOk = DATE_HEADER.test(header);
  for (let r = from; r < grid.length && seen < 50; r++) {
    const v: CellValue = grid[r]?.[col];
    if (v === null || v === undefined || v === '') continue;
    seen++;
    if (typeof v === 'number' && !numbersOk) continue;
    if (typeof v === 'boolean') continue;
    const d = parseDate(v);
    if (d && d.precision === 'day') dates++;
  }
  return seen >= 3 && dates / seen >= 0.8;
}

function warningsOf(grid: Grid, mapping: ColumnMapping): Warning[] {
  const out: Warning[] = [];
  const date = mapping.roles.date;
  if (date) {
    for (let c = 0; c < mapping.headers.length; c++) {
      if (c === date.column) continue;
      const h = mapping.headers[c];
      const mappedElsewhere = Object.values(mapping.roles).some((d) => d && d.column === c);
      if (h && !mappedElsewhere && looksLikeDates(grid, c, mapping.headerRow + 1, h)) {
        out.push({ code: 'WIZ_WARN_TWO_DATES', params: { used: date.header, other: h } });
        break;
      }
    }
  }
  if (!mapping.roles.customer) out.push({ code: 'WIZ_WARN_NO_CUSTOMER' });
  for (const d of Object.values(mapping.roles)) {
    if (d && d.source === 'content' && d.confidence < 0.8) {
      out.push({ code: 'WIZ_WARN_GUESSED', params: { header: d.header, role: d.role } });
    }
  }
  return out;
}

/**
 * Reads a grid the way the review will (same ingest, same overrides) and summarises it for the wizard.
 * @example analyseGrid(grid, {}, 'en').mapping?.roles.amount?.header // 'Revenue'
 */
export function analyseGrid(
  grid: Grid,
  overrides: Partial<Record<Role, string | null>>,
  lang: Lang,
  money: {
    currency?: string;
    rates?: Record<string, number>;
    units?: Partial<Record<MoneyRole, UnitChoice>>;
    /** The host read the grid from a workbook on the 1904 date system. */
    date1904?: boolean;
    dateOrder?: DateOrder;
    excludeStatuses?: readonly string[] | null;
    /** The sheet's name and the user's year: a wide sheet may state its year in one or need the other. */
    sheetName?: string;
    year?: number | null;
  } = {},
): Analysis {
  const r = ingest(grid, {
    lang,
    overrides,
    units: money.units,
    currency: money.currency,
    rates: money.rates,
    date1904: money.date1904,
    dateOrder: money.dateOrder,
    excludeStatuses: money.excludeStatuses,
    sheetName: money.sheetName,
    year: money.year,
  });
  if (!r.ok) {
    return {
      ok: false,
      error: { code: r.code, message: r.message, ...(r.params ? { params: r.params } : {}) },
      headerRow: r.mapping?.headerRow ?? detectHeaderRow(grid),
      mapping: r.mapping ?? null,
      quality: null,
      totals: { months: [], revenue: [], rows: [] },
      dimensions: [],
      warnings: r.mapping ? warningsOf(grid, r.mapping) : [],
    };
  }
  const { table } = r;
  const amount = table.measures.amount?.values;
  const byMonth = new Map<number, { revenue: number; rows: number }>();
  // inline scan: one pass over the rows, no per-row objects
  for (let i = 0; i < table.rowCount; i++) {
    const m = table.monthIndex[i];
    let e = byMonth.get(m);
    if (!e) byMonth.set(m, (e = { revenue: 0, rows: 0 }));
    const v = amount ? amount[i] : NaN;
    if (!Number.isNaN(v)) e.revenue += v;
    e.rows++;
  }
  const months = [...byMonth.keys()].sort((a, b) => a - b);
  return {
    ok: true,
    error: null,
    headerRow: r.mapping.headerRow,
    mapping: r.mapping,
    quality: r.quality,
    totals: {
      months,
      revenue: months.map((m) => byMonth.get(m)!.revenue),
      rows: months.map((m) => byMonth.get(m)!.rows),
      ...(r.quality.wide?.kind === 'year' ? { annual: true } : {}),
    },
    dimensions: tableDimensions(table),
    warnings: warningsOf(grid, r.mapping),
  };
}

/**
 * The fiscal years in the data for a fiscal start month, ascending.
 * @example yearsOf(analysis.totals, 1).map((y) => y.year) // [2024, 2025]
 */
export function yearsOf(totals: MonthTotals, startMonth: number): YearInfo[] {
  const years = new Map<number, YearInfo>();
  for (let k = 0; k < totals.months.length; k++) {
    const m = totals.months[k];
    const fy = fiscalYearOf(m, startMonth);
    let y = years.get(fy);
    if (!y) years.set(fy, (y = { year: fy, rows: 0, months: 0, revenue: 0, quarters: [0, 0, 0, 0] }));
    if (totals.annual) y.annual = true;
    y.rows += totals.rows[k];
    y.months = totals.annual ? 12 : y.months + 1;
    y.revenue += totals.revenue[k];
    y.quarters[fiscalQuarterOf(m, startMonth) - 1] += totals.revenue[k];
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/**
 * The step context the validation needs, from an analysis (null analysis: nothing mapped yet).
 * @example stepContext(analysis).amountHeader // '销售额(元)'
 */
export function stepContext(a: Analysis | null): StepContext {
  const effectiveMapping: Partial<Record<Role, string>> = {};
  for (const d of Object.values(a?.mapping?.roles ?? {})) if (d) effectiveMapping[d.role] = d.header;
  return { amountHeader: effectiveMapping.amount ?? null, effectiveMapping, blocking: a?.error ?? null };
}

const TARGET_SHEET = /目标|目標|指标|指標|预算|預算|计划|計畫|target|quota|budget|plan/i;

/**
 * A sheet that looks like a targets sheet by name (not the data sheet, not an owned tab), or null.
 * @example suggestTargetSheet([{ name: '目标', owned: false }], '销售明细') // '目标'
 */
export function suggestTargetSheet(
  sheets: readonly { name: string; owned: boolean }[],
  dataSheet: string | null,
): string | null {
  const s = sheets.find((x) => !x.owned && x.name !== dataSheet && TARGET_SHEET.test(x.name));
  return s ? s.name : null;
}

/**
 * The sheet to preselect: the saved one if it still exists, else the active sheet when it looks
 * like sales data, else the best-scoring sheet.
 * @example pickSheet([{ name: 'A', isActive: true, score: 0.9 }], null) // 'A'
 */
export function pickSheet(
  sheets: readonly { name: string; isActive: boolean; score: number; hidden?: boolean }[],
  saved: string | null,
): string | null {
  if (saved && sheets.some((s) => s.name === saved)) return saved;
  const active = sheets.find((s) => s.isActive);
  if (active && active.score >= 0.5) return active.name;
  // A hidden sheet (an old copy, a lookup) is proposed only when no visible sheet is left.
  const visible = sheets.filter((s) => !s.hidden);
  let best: { name: string; score: number } | null = null;
  for (const s of visible.length > 0 ? visible : sheets) if (!best || s.score > best.score) best = s;
  return best ? best.name : null;
}
