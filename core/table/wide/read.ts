/**
 * readWide: a wide sheet (months or quarters across) reviewed as the order list it summarises.
 * The long grid goes through the same ingest as any list, so the row labels become dimensions
 * detected as for order lists; sheet rows in the report are the user's, and the report says how
 * the sheet was read (DataQualityReport.wide).
 */
import { CATALOGUE, fillParams, t, type Lang, type MessageCode } from '../../i18n';
import type { IngestOptions, IngestResult, Grid, Role } from '../types';
import { detectWideLayout, type WideLayout } from './layout';
import { resolveYears } from './year';
import { unpivot } from './unpivot';
import type { WideReport } from './report';

/** How the columns across are named, by what they hold. */
export const WIDE_COLUMNS = {
  month: 'WIDE_MONTHS',
  quarter: 'WIDE_QUARTERS',
  year: 'WIDE_YEARS',
} as const satisfies Record<WideLayout['kind'], MessageCode>;
const WIDE_PERIOD = {
  month: 'WIDE_PERIOD_MONTH',
  quarter: 'WIDE_PERIOD_QUARTER',
  year: 'WIDE_PERIOD_YEAR',
} as const satisfies Record<WideLayout['kind'], MessageCode>;

/** The list reader the long grid goes through (ingest, passed in so this module does not import it). */
export type ListIngest = (grid: Grid, options: IngestOptions) => IngestResult;

/** Roles the long grid decides itself: a user's choice for them names a column that is not there. */
const OWN_ROLES: readonly Role[] = ['date', 'period', 'amount', 'quantity'];

const columnName = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The label column that names each row once and plays no role yet, when no label names who bought or what. */
function rowEntity(
  roles: Partial<Record<Role, { column: number }>>,
  labels: readonly { column: number }[],
  headers: readonly string[],
  distinct: readonly number[],
  rows: number,
): string | null {
  if (rows < 2 || roles.customer || roles.product || roles.salesperson || roles.channel) return null;
  const taken = new Set(Object.values(roles).map((d) => headers[d?.column ?? -1]));
  const k = labels.findIndex((_, i) => distinct[i] === rows && !taken.has(headers[i]));
  return k >= 0 ? headers[k] : null;
}

/**
 * The review's reading of a wide sheet, or null when the grid is not one (an order list).
 * @example readWide([['客户', '2025年1月', '2025年2月', '2025年3月'], ['甲', 1, 2, 3]], {}, ingest)?.ok // true
 */
export function readWide(grid: Grid, options: IngestOptions, list: ListIngest): IngestResult | null {
  const layout = detectWideLayout(grid);
  if (!layout) return null;
  const lang: Lang = options.lang ?? 'zh-CN';
  const count = layout.periods.length;
  const periodsText = t(WIDE_COLUMNS[layout.kind], lang, { count });
  const years = resolveYears(grid, layout, options.sheetName, options.year);
  if (!years) {
    const params = { periods: periodsText };
    return { ok: false, code: 'NO_YEAR', message: fillParams(CATALOGUE.NO_YEAR[lang], params), params };
  }
  const labelHeaders = layout.labels.map((l) => l.header || columnName(l.column));
  const first = layout.periods[0].header;
  const last = layout.periods[count - 1].header;
  const periodHeader = t(WIDE_PERIOD[layout.kind], lang);
  const amountHeader = `${first}…${last}`;
  const offset = options.sheetRowOffset ?? 1;
  const long = unpivot(grid, layout, years.years, labelHeaders, periodHeader, amountHeader, offset);
  const overrides: Partial<Record<Role, string | null>> = {};
  for (const [role, header] of Object.entries(options.overrides ?? {}))
    if (!OWN_ROLES.includes(role as Role)) overrides[role as Role] = header;
  Object.assign(overrides, { date: null, period: periodHeader, amount: amountHeader, quantity: null });
  let r = list(long.grid, { ...options, overrides, sheetRowOffset: 1 });
  // One row per partner / customer: the label that names each row once is who bought, when no
  // label names a customer, product, salesperson or channel (城市 in a partner ranking by 省份).
  const who = r.ok ? rowEntity(r.mapping.roles, layout.labels, labelHeaders, long.distinct, long.rows) : null;
  if (who !== null && !('customer' in overrides))
    r = list(long.grid, { ...options, overrides: { ...overrides, customer: who }, sheetRowOffset: 1 });
  const report: WideReport = {
    kind: layout.kind,
    periodColumns: count,
    firstPeriod: first,
    lastPeriod: last,
    labels: labelHeaders,
    rows: long.rows,
    years: [...new Set(years.years)].sort((a, b) => a - b),
    yearSource: years.source,
    yearFrom: years.from,
    totalColumns: layout.totals.map((x) => x.header),
    totalRows: long.totalRows,
    ignoredColumns: layout.ignored.map((x) => x.header || columnName(x.column)),
    mismatches: long.mismatches,
    scale: 1,
  };
  // Rows the user sees: long-grid row k came from sheet row long.sheetRow[k].
  const sheetRow = (k: number): number => long.sheetRow[k - 1] ?? k;
  if (r.mapping) r.mapping.headerRow = layout.headerRow;
  if (!r.ok) return r;
  const { table, quality } = r;
  for (let i = 0; i < table.rowCount; i++) table.sourceRow[i] = sheetRow(table.sourceRow[i]);
  for (const issue of [...quality.skipped, ...quality.flagged]) {
    const row = sheetRow(issue.row);
    issue.message = issue.message.replace(String(issue.row), String(row));
    issue.row = row;
  }
  report.scale = r.mapping.roles.amount?.unit?.scale ?? 1;
  quality.wide = report;
  // The period and the amount come from the layout, and the row's customer from its labels: not
  // the user's choice, though they went in as overrides.
  for (const role of ['period', 'amount'] as const) {
    const d = r.mapping.roles[role];
    if (d) r.mapping.roles[role] = { ...d, source: 'layout', confidence: 1 };
  }
  const c = r.mapping.roles.customer;
  if (c && who !== null && c.header === who && options.overrides?.customer === undefined)
    r.mapping.roles.customer = { ...c, source: 'content', confidence: 0.9 };
  return r;
}
