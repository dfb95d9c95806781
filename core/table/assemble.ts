/** The second half of ingest: used rows → columnar Table, flags and the data-quality report. */
import type { Lang } from '../i18n';
import type {
  ColumnMapping,
  DataQualityReport,
  DimensionColumn,
  DimensionRole,
  Grid,
  IngestOptions,
  IngestResult,
  MeasureColumn,
  MeasureRole,
  Role,
  RowIssue,
  Table,
} from './types';
import { DIMENSION_ROLES, MEASURE_ROLES } from './types';
import { rowIssue } from './issues';
import { findDuplicates } from './duplicates';
import { OK } from './scan';
import type { ScanContext, scanDate, scanDim, scanMeasure } from './scan';

/**
 * Keeps the used rows of a dimension, re-coded in first-seen order over used rows only. Compacts
 * in place (keep is ascending, so row keep[k] ≥ k is read before slot k is written): the scan's
 * codes are spent.
 */
function compactDim(
  key: string,
  header: string,
  codes: Int32Array,
  values: string[],
  keep: Int32Array,
): DimensionColumn {
  // Every row used: codes are already first-seen over the used rows.
  if (keep.length === codes.length) return { key, header, codes, values };
  const remap = new Int32Array(values.length).fill(-1);
  const kept: string[] = [];
  for (let k = 0; k < keep.length; k++) {
    const c = codes[keep[k]];
    if (c < 0) {
      codes[k] = -1;
      continue;
    }
    let r = remap[c];
    if (r < 0) {
      r = remap[c] = kept.length;
      kept.push(values[c]);
    }
    codes[k] = r;
  }
  return { key, header, codes: codes.subarray(0, keep.length), values: kept };
}

/** What the column scans and the row decisions produced, for assemble. */
export interface Scans {
  skipped: RowIssue[];
  amountUsed: number;
  amountSkipped: number;
  conv: Map<string, { rows: number; amountOriginal: number }>;
  measures: Partial<Record<MeasureRole, ReturnType<typeof scanMeasure>>>;
  dims: Partial<Record<DimensionRole | 'currency', ReturnType<typeof scanDim>>>;
  extras: { header: string; column: number; scan: ReturnType<typeof scanDim> }[];
  dateScan: ReturnType<typeof scanDate> | null;
  periodScan: ReturnType<typeof scanDate> | null;
  rates: Map<string, number>;
  rowRate: number[];
  currencyScan: ReturnType<typeof scanDim> | undefined;
  dateOrders: NonNullable<DataQualityReport['dateOrders']>;
  decimalCommas: string[];
  statuses: NonNullable<DataQualityReport['statuses']>;
  refundsSubtracted: DataQualityReport['refundsSubtracted'];
  derivedAmount: DataQualityReport['derivedAmount'];
  /** The currency asked for (the review is in `report`, the sheet's own, when they differ). */
  requested: string;
}

/**
 * Builds the Table from the used rows, flags duplicates and refunds, and writes the quality report.
 * @example assemble(grid, options, 'en', 'CNY', mapping, ctx, used, scans).ok // true
 */
export function assemble(
  grid: Grid,
  options: IngestOptions,
  lang: Lang,
  report: string,
  mapping: ColumnMapping,
  ctx: ScanContext,
  used: Int32Array,
  s: Scans,
): IngestResult {
  const m = used.length;
  const offset = options.sheetRowOffset ?? 1;
  const roles = mapping.roles;
  const sourceRow = new Int32Array(m);
  const first = offset + ctx.start;
  for (let k = 0; k < m; k++) sourceRow[k] = first + used[k];
  const dState = s.dateScan ? s.dateScan.state : null;
  const pState = s.periodScan ? s.periodScan.state : null;
  // Every row used (the common case): the scans' tallies are the counts over used rows.
  const all = m === ctx.n;
  let dateCount = all && s.dateScan ? s.dateScan.tally.ok : 0;
  let periodCount = all && s.periodScan ? s.periodScan.tally.ok : 0;
  if (dState && !all) for (let k = 0; k < m; k++) if (dState[used[k]] === OK) dateCount++;
  if (pState && !all) for (let k = 0; k < m; k++) if (pState[used[k]] === OK) periodCount++;
  // Compaction is in place (used is ascending): the table's columns are the scans' arrays cut
  // to the used rows, so assembling allocates no second copy of a million-row column.
  let monthIndex: Int32Array;
  let day: Uint8Array;
  if (s.dateScan && dateCount === ctx.n) {
    // every row used and dated by the date column: its arrays are the table's
    monthIndex = s.dateScan.monthIndex;
    day = s.dateScan.day;
  } else {
    const target = s.dateScan ?? s.periodScan;
    monthIndex = target ? target.monthIndex : new Int32Array(m);
    day = target ? target.day : new Uint8Array(m);
    // inline gather for performance: the date column first, the period column where it has none
    for (let k = 0; k < m; k++) {
      const i = used[k];
      const src = dState !== null && dState[i] === OK ? s.dateScan : s.periodScan;
      if (src) {
        monthIndex[k] = src.monthIndex[i];
        day[k] = src.day[i];
      }
    }
    monthIndex = monthIndex.subarray(0, m);
    day = day.subarray(0, m);
  }
  const completeness: Partial<Record<Role, number>> = {};
  const share = (filled: number) => (m === 0 ? 0 : filled / m);
  if (roles.date) completeness.date = share(dateCount);
  if (roles.period) completeness.period = share(periodCount);

  const measures: Partial<Record<MeasureRole, MeasureColumn>> = {};
  for (const role of MEASURE_ROLES) {
    const scan = s.measures[role];
    const det = roles[role];
    if (!scan || !det) continue;
    const headerCur = det.unit?.currency ?? null;
    const money = role !== 'quantity';
    const fixedRate = money && headerCur !== null ? (s.rates.get(headerCur) ?? 1) : 1;
    const unit = det.unit ?? { scale: 1, currency: null, source: null };
    const perRow = money && headerCur === null && s.currencyScan !== undefined;
    let values: Float64Array = scan.values;
    if (perRow || fixedRate !== 1 || m !== ctx.n) {
      const codes = perRow && s.currencyScan ? s.currencyScan.codes : null;
      // inline gather for performance, in place (used is ascending)
      for (let k = 0; k < m; k++) {
        const i = used[k];
        const code = codes === null ? -1 : codes[i];
        values[k] = values[i] * (code >= 0 ? s.rowRate[code] : fixedRate);
      }
      values = values.subarray(0, m);
    }
    // values untouched since the scan: its tally counts them; else count what the gather made
    const untouched = all && fixedRate === 1 && !perRow;
    let filled = untouched ? scan.tally.ok : 0;
    if (!untouched) for (let k = 0; k < m; k++) if (values[k] === values[k]) filled++;
    measures[role] = { header: det.header, values, unit };
    completeness[role] = share(filled);
  }

  const dims: Partial<Record<DimensionRole, DimensionColumn>> = {};
  const countFilled = (codes: Int32Array) => {
    let f = 0;
    for (let k = 0; k < codes.length; k++) if (codes[k] >= 0) f++;
    return f;
  };
  for (const role of DIMENSION_ROLES) {
    const scan = s.dims[role];
    const det = roles[role];
    if (!scan || !det) continue;
    dims[role] = compactDim(role, det.header, scan.codes, scan.values, used);
    completeness[role] = share(all ? scan.tally.filled : countFilled(dims[role].codes));
  }
  if (s.currencyScan && roles.currency) {
    completeness.currency = share(
      countFilled(compactDim('currency', '', s.currencyScan.codes, s.currencyScan.values, used).codes),
    );
  }
  const kinds = new Map(mapping.extraDimensions.map((e) => [e.column, e.kind]));
  const extraDims = s.extras.map((e) => {
    const col = compactDim(e.header, mapping.headers[e.column], e.scan.codes, e.scan.values, used);
    const kind = kinds.get(e.column);
    return kind ? { ...col, kind } : col;
  });

  // Flags over used rows: exact duplicates (first occurrence is the original) and refunds.
  const dupOf = findDuplicates(grid, ctx.start, used, ctx.hash);
  const amounts = (measures.amount as MeasureColumn).values;
  const flagged: RowIssue[] = [];
  const refunds = { rows: 0, amount: 0 };
  const duplicates = { rows: 0, amount: 0 };
  for (let k = 0; k < m; k++) {
    const a = amounts[k];
    if (dupOf[k] >= 0) {
      duplicates.rows++;
      duplicates.amount += a;
      flagged.push(rowIssue('DUPLICATE_ROW', sourceRow[k], a, lang, { first: offset + dupOf[k] }));
    }
    if (a < 0) {
      refunds.rows++;
      refunds.amount += a;
      flagged.push(rowIssue('REFUND_ROW', sourceRow[k], a, lang));
    }
  }

  const table: Table = {
    rowCount: m,
    sourceRow,
    monthIndex,
    day,
    measures,
    dims,
    extraDims,
    currency: report,
  };
  const quality: DataQualityReport = {
    rowsRead: ctx.n,
    rowsUsed: m,
    rowsSkipped: s.skipped.length,
    skipped: s.skipped,
    flagged,
    amountRead: s.amountUsed + s.amountSkipped,
    amountUsed: s.amountUsed,
    amountSkipped: s.amountSkipped,
    refunds,
    duplicates,
    completeness,
    conversions: [...s.conv.entries()].map(([currency, e]) => ({
      currency,
      rate: s.rates.get(currency) ?? 1,
      rows: e.rows,
      amountOriginal: e.amountOriginal,
    })),
    dateOrders: s.dateOrders,
    decimalCommas: s.decimalCommas,
    statuses: s.statuses,
    refundsSubtracted: s.refundsSubtracted,
    derivedAmount: s.derivedAmount,
    ...(report !== s.requested ? { ownCurrency: { currency: report, requested: s.requested } } : {}),
  };
  return { ok: true, table, mapping, quality };
}
