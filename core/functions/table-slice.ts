/**
 * A slice of the sales table a formula asks about — a year, optionally one segment of a dimension
 * and a period — and its revenue, read from the review's own sections (totals, breakdown rows,
 * monthly sums), never summed a second way.
 */
import { LANGS, t, type Lang } from '../i18n';
import type { ReviewSections } from '../review';
import { DIMENSION_ROLES, type DimensionColumn, type DimensionRole } from '../table';
import { cellText, isBlank } from './coerce';
import { periodMonths } from './period-arg';
import type { SalesTable } from './sales-table';
import { isFnError, type FnContext, type FnError } from './types';

/** A resolved slice: the dimension to group by and the segment key (as breakdowns key it), fiscal months. */
export interface Slice {
  dimension: string | null;
  key: string | null;
  /** Fiscal months 1..12, null = the whole year. */
  months: number[] | null;
}

function norm(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
}

/** The dimension columns of a table with every name a user may call them by. */
interface Dim {
  key: string;
  /** The role (labelled ROLE_x), or null for an extra column (labelled by its header). */
  role: DimensionRole | null;
  col: DimensionColumn;
  names: string[];
}

function dimensions(st: SalesTable): Dim[] {
  const out: Dim[] = [];
  for (const role of DIMENSION_ROLES) {
    const col = st.table.dims[role];
    if (!col) continue;
    const names = [role, ...LANGS.map((l) => t(`ROLE_${role}`, l)), col.header];
    out.push({ key: role, role, col, names });
  }
  for (const col of st.table.extraDims)
    out.push({ key: col.key, role: null, col, names: [col.key, col.header] });
  return out;
}

/** A dimension as the review tabs name it: the role's label, or the column header. */
function dimLabel(d: Dim, lang: Lang): string {
  return d.role ? t(`ROLE_${d.role}`, lang) : d.col.header;
}

function list(items: readonly string[], lang: Lang, max = 8): string {
  const shown = items.slice(0, max).join(lang === 'en' ? ', ' : '、');
  return items.length > max ? `${shown} …` : shown || '—';
}

/**
 * The dimension a text names (a role such as "region", its label 区域 / 區域, or a column header);
 * an error listing the dimensions of the data otherwise.
 * @example resolveDimension(st, '区域', ctx) // { key: 'region', col }
 */
export function resolveDimension(
  st: SalesTable,
  text: string,
  ctx: FnContext,
): { key: string; col: DimensionColumn; label: string } | FnError {
  const want = norm(text);
  const dims = dimensions(st);
  const found = dims.find((d) => d.names.some((n) => norm(n) === want));
  if (found) return { key: found.key, col: found.col, label: dimLabel(found, ctx.lang) };
  const labels = dims.map((d) => dimLabel(d, ctx.lang));
  return ctx.error('#VALUE!', 'FN_TABLE_NO_DIMENSION', {
    dimension: text,
    dimensions: list(labels, ctx.lang),
  });
}

/** The segment key of a value, as the review's breakdown keys it ('' for the blank cells, typed as "(blank)" in any language). */
function resolveValue(
  col: DimensionColumn,
  dimLabel: string,
  raw: unknown,
  ctx: FnContext,
): string | FnError {
  const text = cellText(raw, 'value', ctx);
  if (isFnError(text)) return text;
  if (LANGS.some((l) => norm(t('REVIEW_BLANK', l)) === norm(text))) return '';
  if (col.values.includes(text)) return text;
  const want = norm(text);
  const found = col.values.find((v) => norm(v) === want);
  if (found !== undefined) return found;
  return ctx.error('#N/A', 'FN_TABLE_NO_VALUE', {
    dimension: dimLabel,
    value: text,
    values: list(col.values, ctx.lang),
  });
}

/**
 * Resolves the dimension / value / period arguments of a formula into a slice.
 * @example resolveSlice(st, 'region', '华东', 'Q1', ctx) // { dimension: 'region', key: '华东', months: [1, 2, 3] }
 */
export function resolveSlice(
  st: SalesTable,
  dimension: unknown,
  value: unknown,
  period: unknown,
  ctx: FnContext,
): Slice | FnError {
  const hasDim = !isBlank(dimension);
  if (hasDim !== !isBlank(value)) return ctx.error('#VALUE!', 'FN_TABLE_VALUE_NEEDED');
  let months: number[] | null = null;
  if (!isBlank(period)) {
    months = periodMonths(period, st.fiscalStart);
    if (!months) return ctx.error('#VALUE!', 'FN_TABLE_BAD_PERIOD', { value: String(period) });
    // whole-year columns (FY2024 | FY2025) hold one amount a year: a quarter of it is not in the data
    if (st.quality.wide?.kind === 'year') return ctx.error('#N/A', 'FN_TABLE_ANNUAL_NO_PERIOD');
  }
  if (!hasDim) return { dimension: null, key: null, months };
  const d = resolveDimension(st, String(dimension), ctx);
  if (isFnError(d)) return d;
  const key = resolveValue(d.col, d.label, value, ctx);
  if (isFnError(key)) return key;
  return { dimension: d.key, key, months };
}

/**
 * Revenue of a slice and of the same slice a year earlier (null without a prior year in the data),
 * from the review's sections: the total, a breakdown row, or the monthly sums they are built from.
 * @example sliceRevenue(sections, { dimension: null, key: null, months: null }).revenue // totals.revenue
 */
export function sliceRevenue(s: ReviewSections, slice: Slice): { revenue: number; prior: number | null } {
  const { scope } = s;
  if (slice.dimension === null || slice.key === null) {
    if (slice.months === null) {
      const totals = s.totals();
      return { revenue: totals.revenue, prior: totals.priorRevenue };
    }
    const sum = (year: number) => {
      const months = scope.months(year);
      let acc = 0;
      for (const m of slice.months ?? []) acc += months[m - 1].revenue;
      return acc;
    };
    return { revenue: sum(scope.year), prior: scope.prior === null ? null : sum(scope.prior) };
  }
  if (slice.months === null) {
    const row = s.breakdown(slice.dimension, Infinity).find((r) => r.key === slice.key);
    return { revenue: row?.revenue ?? 0, prior: scope.prior === null ? null : (row?.priorRevenue ?? 0) };
  }
  const sum = (byMonth: readonly number[] | undefined) => {
    let acc = 0;
    for (const m of slice.months ?? []) acc += byMonth ? byMonth[m - 1] : 0;
    return acc;
  };
  const cur = s.segmentPeriods(slice.dimension, 'fm').get(slice.key);
  if (scope.prior === null) return { revenue: sum(cur), prior: null };
  const prior = s.segmentPeriods(slice.dimension, 'fm', scope.prior).get(slice.key);
  return { revenue: sum(cur), prior: sum(prior) };
}
