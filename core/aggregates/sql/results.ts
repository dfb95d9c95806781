/**
 * The queries' results back into the seam: Aggregates and the data-quality report, from rows as
 * DuckDB returns them or as a warehouse exports them (CSV text, JSON numbers or strings). Results
 * enter here, so each cell is checked: a missing column or a non-number is a coded failure.
 */
import type { Lang } from '../../i18n';
import {
  DIMENSION_ROLES,
  rowIssue,
  dateOrderReport,
  type ColumnMapping,
  type DataQualityReport,
  type MeasureRole,
  type RowIssue,
  type RowIssueCode,
} from '../../table';
import type { Aggregates, AggregateSpec, MeasureSums } from '../types';
import { MEASURE_COLUMN } from './queries';

/** Result rows of each query, by query name. */
export type SqlResults = Record<string, readonly Record<string, unknown>[]>;

/**
 * A value checker: returns the value read, or undefined when the cell is not of its kind. Written
 * by hand, not with zod, so the custom-function bundle (which imports core/aggregates) stays free
 * of zod; the CLI checks the manifest of a results folder with zod where it enters.
 */
type Reader<T> = (v: unknown) => T | undefined;

/** A number as a results file holds it: a number, a bigint, or its text; blank → 0. */
const Num: Reader<number> = (v) => {
  const n =
    typeof v === 'bigint'
      ? Number(v)
      : v === null || v === undefined || v === ''
        ? 0
        : typeof v === 'string'
          ? Number(v.trim())
          : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
/** A fiscal month 1..12; a missing column is refused, never read as 0. */
const Month: Reader<number> = (v) => {
  const n = v === null || v === undefined || v === '' ? undefined : Num(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
};
const Text: Reader<string> = (v) => (v === null || v === undefined ? '' : String(v));
const OptText: Reader<string | null> = (v) => (v === null || v === undefined || v === '' ? null : String(v));
const OptNum: Reader<number | null> = (v) => (v === null || v === undefined || v === '' ? null : Num(v));

/** Why results could not be read: the query, the row and the column. */
export class SqlResultsError extends Error {
  constructor(
    readonly query: string,
    readonly detail: string,
  ) {
    super(`${query}: ${detail}`);
  }
}

function rowsOf(results: SqlResults, name: string): readonly Record<string, unknown>[] {
  const rows = results[name];
  if (!rows) throw new SqlResultsError(name, 'missing');
  return rows;
}

function read<T>(reader: Reader<T>, query: string, row: Record<string, unknown>, col: string, i: number): T {
  const r = reader(row[col]);
  if (r === undefined)
    throw new SqlResultsError(query, `row ${i + 1}, column ${col}: ${JSON.stringify(row[col]) ?? 'missing'}`);
  return r;
}

function sumsOf(spec: AggregateSpec, query: string, row: Record<string, unknown>, i: number): MeasureSums {
  const has = (m: MeasureRole): number | null =>
    spec.measures.includes(m) ? read(Num, query, row, MEASURE_COLUMN[m], i) : null;
  return {
    amount: has('amount') ?? 0,
    cost: has('cost'),
    grossProfit: has('grossProfit'),
    quantity: has('quantity'),
    target: has('target'),
    stretchTarget: has('stretchTarget'),
    rows: read(Num, query, row, 'row_count', i),
  };
}

/**
 * The aggregates from the results of aggregateQueries.
 * @example aggregatesFromResults(spec, 'CNY', results).periods.length
 */
export function aggregatesFromResults(
  spec: AggregateSpec,
  currency: string,
  results: SqlResults,
): Aggregates {
  const periods = rowsOf(results, 'periods').map((r, i) => ({
    fiscalYear: read(Num, 'periods', r, 'fiscal_year', i),
    fiscalMonth: read(Num, 'periods', r, 'fiscal_month', i),
    sums: sumsOf(spec, 'periods', r, i),
  }));
  periods.sort((a, b) => a.fiscalYear - b.fiscalYear || a.fiscalMonth - b.fiscalMonth);
  const segments: Aggregates['segments'] = {};
  spec.dimensions.forEach((d, k) => {
    const q = `segment_${k + 1}`;
    segments[d] = rowsOf(results, q).map((r, i) => ({
      fiscalYear: read(Num, q, r, 'fiscal_year', i),
      // required: results of the older per-year segment queries have no month (run the SQL again)
      fiscalMonth: read(Month, q, r, 'fiscal_month', i),
      key: read(Text, q, r, 'segment', i),
      sums: sumsOf(spec, q, r, i),
    }));
  });
  const filledRow = rowsOf(results, 'filled')[0] ?? {};
  const filled: Partial<Record<MeasureRole, number>> = {};
  for (const m of spec.measures) filled[m] = read(Num, 'filled', filledRow, MEASURE_COLUMN[m], 0);
  const customers = spec.customer
    ? rowsOf(results, 'customers').map((r, i) => ({
        key: read(Text, 'customers', r, 'customer', i),
        fiscalYear: read(Num, 'customers', r, 'fiscal_year', i),
        revenue: read(Num, 'customers', r, 'revenue', i),
        purchases: read(Num, 'customers', r, 'purchases', i),
      }))
    : null;
  return {
    spec,
    currency,
    rows: read(Num, 'filled', filledRow, 'row_count', 0),
    filled,
    periods,
    segments,
    customers,
  };
}

const SKIP_CODES = new Set<RowIssueCode>([
  'BLANK_ROW',
  'REPEATED_HEADER',
  'SUBTOTAL_ROW',
  'NO_AMOUNT',
  'BAD_AMOUNT',
  'NO_DATE',
  'BAD_DATE',
]);

function issueOf(code: RowIssueCode, row: number, amount: number, raw: string | null, lang: Lang): RowIssue {
  switch (code) {
    case 'BAD_AMOUNT':
    case 'BAD_DATE':
    case 'SUBTOTAL_ROW':
      return rowIssue(code, row, amount, lang, { raw: raw ?? '' });
    case 'BLANK_ROW':
    case 'REPEATED_HEADER':
    case 'NO_AMOUNT':
      return rowIssue(code, row, 0, lang);
    case 'NO_DATE':
      return rowIssue(code, row, amount, lang);
    default:
      return rowIssue('REFUND_ROW', row, amount, lang);
  }
}

/**
 * The data-quality report from the quality, filled, issues and duplicates results: the same
 * report ingest writes, rows skipped and flagged with their messages in `lang`.
 * @example qualityFromResults(mapping, results, 'en').rowsUsed
 */
export function qualityFromResults(
  mapping: ColumnMapping,
  results: SqlResults,
  lang: Lang,
): DataQualityReport {
  const byReason = new Map<string, { rows: number; amount: number; negRows: number; negAmount: number }>();
  rowsOf(results, 'quality').forEach((r, i) => {
    byReason.set(read(Text, 'quality', r, 'reason', i), {
      rows: read(Num, 'quality', r, 'row_count', i),
      amount: read(Num, 'quality', r, 'amount', i),
      negRows: read(Num, 'quality', r, 'negative_rows', i),
      negAmount: read(Num, 'quality', r, 'negative_amount', i),
    });
  });
  const none = { rows: 0, amount: 0, negRows: 0, negAmount: 0 };
  const used = byReason.get('USED') ?? none;
  let rowsRead = 0;
  for (const v of byReason.values()) rowsRead += v.rows;
  const amountSkipped = (byReason.get('NO_DATE') ?? none).amount + (byReason.get('BAD_DATE') ?? none).amount;

  const skipped: RowIssue[] = [];
  const flaggedAt: { row: number; order: number; issue: RowIssue }[] = [];
  rowsOf(results, 'issues').forEach((r, i) => {
    const code = read(Text, 'issues', r, 'reason', i) as RowIssueCode;
    const row = read(OptNum, 'issues', r, 'sheet_row', i) ?? 0;
    const issue = issueOf(
      code,
      row,
      read(Num, 'issues', r, 'amount', i),
      read(OptText, 'issues', r, 'raw', i),
      lang,
    );
    if (SKIP_CODES.has(code)) skipped.push(issue);
    else flaggedAt.push({ row, order: 1, issue });
  });
  const duplicates = { rows: 0, amount: 0 };
  (results.duplicates ?? []).forEach((r, i) => {
    const row = read(Num, 'duplicates', r, 'sheet_row', i);
    const amount = read(Num, 'duplicates', r, 'amount', i);
    duplicates.rows++;
    duplicates.amount += amount;
    const first = read(Num, 'duplicates', r, 'first_row', i);
    flaggedAt.push({ row, order: 0, issue: rowIssue('DUPLICATE_ROW', row, amount, lang, { first }) });
  });
  // ingest flags each used row in sheet order: a duplicate before a refund on the same row
  flaggedAt.sort((a, b) => a.row - b.row || a.order - b.order);

  const filledRow = rowsOf(results, 'filled')[0] ?? {};
  const m = used.rows;
  const share = (n: number): number => (m === 0 ? 0 : n / m);
  const completeness: DataQualityReport['completeness'] = {};
  const roles = mapping.roles;
  if (roles.date) completeness.date = share(m);
  if (roles.period) completeness.period = share(m);
  for (const [role, col] of Object.entries(MEASURE_COLUMN) as [MeasureRole, string][])
    if (roles[role] && filledRow[col] !== undefined)
      completeness[role] = share(read(Num, 'filled', filledRow, col, 0));
  for (const role of DIMENSION_ROLES)
    if (roles[role]) completeness[role] = share(read(Num, 'filled', filledRow, role, 0));
  const dateOrders = (['date', 'period'] as const)
    .filter((r) => roles[r] !== undefined)
    .map((r) => dateOrderReport(r, roles[r]?.header ?? '', lang));
  return {
    rowsRead,
    rowsUsed: m,
    rowsSkipped: skipped.length,
    skipped,
    flagged: flaggedAt.map((f) => f.issue),
    amountRead: used.amount + amountSkipped,
    amountUsed: used.amount,
    amountSkipped,
    refunds: { rows: used.negRows, amount: used.negAmount },
    duplicates,
    completeness,
    conversions: [],
    dateOrders,
    decimalCommas: [],
    statuses: [],
    refundsSubtracted: null,
    derivedAmount: null,
  };
}

/**
 * The rows of combinedQuery as the results of the one-per-aggregate queries (periods, segments,
 * customers, quality, filled): the USED groups of each set, and the (reason) set.
 * @example splitCombined(spec, mapping, rows).periods.length
 */
export function splitCombined(
  spec: AggregateSpec,
  mapping: ColumnMapping,
  rows: readonly Record<string, unknown>[],
): SqlResults {
  const flag = (r: Record<string, unknown>, k: string): number => Number(r[k]);
  const used = (r: Record<string, unknown>): boolean => r.reason_key === 'USED';
  const pick = (r: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...extra, row_count: r.row_count };
    for (const m of spec.measures) out[MEASURE_COLUMN[m]] = r[MEASURE_COLUMN[m]];
    return out;
  };
  const res: SqlResults = {};
  // a segment's month rows group by the month too: a period row is one with every segment rolled up
  const noSegment = (r: Record<string, unknown>): boolean =>
    spec.dimensions.every((_d, k) => flag(r, `g_seg${k}`) === 1);
  res.periods = rows
    .filter((r) => flag(r, 'g_fm') === 0 && noSegment(r) && used(r))
    .map((r) => pick(r, { fiscal_year: r.fiscal_year, fiscal_month: r.fiscal_month }));
  spec.dimensions.forEach((_d, k) => {
    res[`segment_${k + 1}`] = rows
      .filter((r) => flag(r, `g_seg${k}`) === 0 && used(r))
      .map((r) =>
        pick(r, { fiscal_year: r.fiscal_year, fiscal_month: r.fiscal_month, segment: r[`seg${k}`] }),
      );
  });
  if (spec.customer) {
    res.customers = rows
      .filter((r) => flag(r, 'g_customer') === 0 && used(r))
      .map((r) => ({
        customer: r.customer_key,
        fiscal_year: r.fiscal_year,
        revenue: r.amount,
        purchases: r.purchases,
      }));
  }
  // the (reason) set: the only one without the fiscal year
  const byReason = rows.filter((r) => flag(r, 'g_fy') === 1);
  res.quality = byReason.map((r) => ({
    reason: r.reason_key,
    row_count: r.row_count,
    amount: r.amount,
    negative_rows: r.negative_rows,
    negative_amount: r.negative_amount,
  }));
  const total = byReason.find(used);
  const filled: Record<string, unknown> = { row_count: total?.row_count ?? 0 };
  for (const m of spec.measures) filled[MEASURE_COLUMN[m]] = total?.[`filled_${MEASURE_COLUMN[m]}`] ?? 0;
  for (const role of DIMENSION_ROLES) if (mapping.roles[role]) filled[role] = total?.[`filled_${role}`] ?? 0;
  res.filled = [filled];
  return res;
}
