/**
 * ingest: a raw grid to a columnar Table, the column mapping and a data-quality report.
 *
 * Reconciliation rule: amountRead is every amount on a detail row — rows used plus rows skipped
 * for a reason of their own (no date, bad date). Subtotal/total rows repeat detail amounts, so
 * their amount is reported on the SUBTOTAL_ROW issue but is NOT part of amountRead (it would
 * double-count); blank and repeated-header rows carry no amount. Hence, exactly by construction
 * of the same loop: amountUsed + amountSkipped = amountRead.
 */
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type {
  ColumnMapping,
  DataQualityReport,
  DimensionColumn,
  DimensionRole,
  Grid,
  IngestErrorCode,
  IngestOptions,
  IngestResult,
  MeasureColumn,
  MeasureRole,
  Role,
  RowIssue,
  Table,
} from './types';
import { DIMENSION_ROLES, MEASURE_ROLES } from './types';
import { detectHeaderRow } from './header';
import { detectRoles } from './roles';
import { cleanText, headerKey, isBlank } from './normalize';
import { currencyCode } from './currency';
import { rateTable } from './rates';
import { rowIssue } from './issues';
import { findDuplicates } from './duplicates';
import { BAD, BLANK, FLAG_SUBTOTAL, OK, cellText, scanDate, scanDim, scanMeasure, scanOther } from './scan';
import type { ScanContext, Scanner } from './scan';
import { sampleRows } from './sample';

/** Rows per scan block (row arrays of one block fit in the CPU cache). */
const SCAN_BLOCK = 2048;

const MONEY: readonly MeasureRole[] = ['amount', 'cost', 'grossProfit', 'target', 'stretchTarget'];

function fail(
  code: IngestErrorCode,
  lang: Lang,
  params?: Record<string, string | number>,
  mapping?: ColumnMapping,
): IngestResult {
  const r: IngestResult = { ok: false, code, message: t(code, lang, params) };
  if (mapping) r.mapping = mapping;
  if (params) r.params = params;
  return r;
}

function rowIsBlank(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // inline: the first cell of a data row is nearly always a plain non-blank value
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}

function rawText(grid: Grid, g: number, c: number): string {
  const v = grid[g]?.[c];
  return v === null || v === undefined ? '' : cellText(v);
}

/** Keeps the used rows of a dimension, re-coded in first-seen order over used rows only. */
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
  const out = new Int32Array(keep.length);
  const kept: string[] = [];
  for (let k = 0; k < keep.length; k++) {
    const c = codes[keep[k]];
    if (c < 0) {
      out[k] = -1;
      continue;
    }
    let r = remap[c];
    if (r < 0) {
      r = remap[c] = kept.length;
      kept.push(values[c]);
    }
    out[k] = r;
  }
  return { key, header, codes: out, values: kept };
}

/**
 * Turns a raw grid into a columnar Table plus mapping and data-quality report; never throws on data.
 * @example ingest([['日期', '客户', '销售额'], ['2025-03-05', '甲公司', '12.5万']]).ok // true
 */
export function ingest(grid: Grid, options: IngestOptions = {}): IngestResult {
  const lang: Lang = options.lang ?? 'zh-CN';
  const offset = options.sheetRowOffset ?? 1;
  const report = currencyCode(options.currency ?? 'CNY') ?? 'CNY';
  if (!Array.isArray(grid)) return fail('EMPTY_SHEET', lang);
  let end = grid.length;
  while (end > 0 && rowIsBlank(grid[end - 1])) end--; // trailing blank rows are the used range's slack
  if (end === 0) return fail('EMPTY_SHEET', lang);

  const headerRow = detectHeaderRow(grid);
  if (headerRow < 0) return fail('NO_HEADER', lang);
  const headerCells = grid[headerRow] ?? [];
  const start = headerRow + 1;
  const n = Math.max(0, end - start);
  let width = headerCells.length;
  for (let i = 0; i < n; i++) {
    const row = grid[start + i];
    if (row && row.length > width) width = row.length;
  }
  const headers = Array.from({ length: width }, (_, c) =>
    isBlank(headerCells[c]) ? '' : String(headerCells[c]),
  );
  const detected = detectRoles(headers, sampleRows(grid, start, end), options.overrides ?? {});
  const mapping: ColumnMapping = {
    headerRow,
    roles: detected.roles,
    extraDimensions: detected.extraDimensions,
    headers,
  };
  if (detected.bad.length > 0) {
    const b = detected.bad[0];
    return fail('BAD_MAPPING', lang, { role: t(`ROLE_${b.role}`, lang), header: b.header }, mapping);
  }
  const roles = detected.roles;
  if (!roles.amount) return fail('NO_AMOUNT_COLUMN', lang, undefined, mapping);
  if (!roles.date && !roles.period) return fail('NO_DATE_COLUMN', lang, undefined, mapping);
  let nonBlank = 0;
  for (let i = 0; i < n && nonBlank === 0; i++) if (!rowIsBlank(grid[start + i])) nonBlank++;
  if (nonBlank === 0) return fail('NO_DATA_ROWS', lang, { row: offset + headerRow }, mapping);

  // One pass per column.
  const ctx: ScanContext = {
    grid,
    start,
    n,
    rowFlags: new Uint8Array(n),
    headerHits: new Uint8Array(n),
    hash: new Int32Array(n),
  };
  const blank = new Uint8Array(n);
  const scanners: Scanner[] = [];
  const roleOf = new Map<number, Role>();
  for (const [role, d] of Object.entries(roles)) if (d) roleOf.set(d.column, role as Role);
  const extraOf = new Map(mapping.extraDimensions.map((e) => [e.column, e.header]));
  const measures: Partial<Record<MeasureRole, ReturnType<typeof scanMeasure>>> = {};
  const dims: Partial<Record<DimensionRole | 'currency', ReturnType<typeof scanDim>>> = {};
  const extras: { header: string; column: number; scan: ReturnType<typeof scanDim> }[] = [];
  let dateScan: ReturnType<typeof scanDate> | null = null;
  let periodScan: ReturnType<typeof scanDate> | null = null;
  const date1904 = options.date1904 === true;
  let headerCols = 0;
  for (let c = 0; c < width; c++) {
    const header = headers[c];
    if (headerKey(header) !== '') headerCols++;
    const role = roleOf.get(c);
    if (role === undefined) {
      const extra = extraOf.get(c);
      if (extra !== undefined) {
        const scan = scanDim(ctx, c, header);
        extras.push({ header: extra, column: c, scan });
        scanners.push(scan);
      } else scanners.push(scanOther(ctx, c, header));
    } else if (role === 'date') scanners.push((dateScan = scanDate(ctx, c, date1904, header)));
    else if (role === 'period') scanners.push((periodScan = scanDate(ctx, c, date1904, header)));
    else if ((MEASURE_ROLES as readonly Role[]).includes(role)) {
      const unit = roles[role]?.unit;
      scanners.push((measures[role as MeasureRole] = scanMeasure(ctx, c, unit ? unit.scale : 1, header)));
    } else scanners.push((dims[role as DimensionRole | 'currency'] = scanDim(ctx, c, header)));
  }
  // Blocks of rows, each scanned column by column: a block's row arrays stay in cache across
  // the column passes, where whole-column passes would fetch every row from memory ten times.
  for (let from = 0; from < n; from += SCAN_BLOCK) {
    const to = Math.min(n, from + SCAN_BLOCK);
    for (let i = from; i < to; i++) if (rowIsBlank(grid[start + i])) blank[i] = 1;
    for (const s of scanners) s.run(from, to);
  }
  const headerNeed = Math.min(2, Math.max(1, headerCols));
  const amount = measures.amount as ReturnType<typeof scanMeasure>;
  const amountCol = (roles.amount as { column: number }).column;

  // Currencies: the header's, else the row's currency column, else the report currency.
  const rates = rateTable(options.rates, report);
  const currencyScan = dims.currency;
  const rowCurrency = currencyScan ? currencyScan.values.map((v) => currencyCode(v) ?? report) : [];
  const rowRate = rowCurrency.map((code) => rates.get(code) ?? NaN);
  const missing = new Set<string>();
  const headerCurrency = (role: MeasureRole) => roles[role]?.unit?.currency ?? null;
  for (const role of MONEY) {
    const cur = headerCurrency(role);
    if (measures[role] && cur !== null && !rates.has(cur)) missing.add(cur);
  }

  // Decide each row.
  const skipped: RowIssue[] = [];
  const keep = new Int32Array(n);
  let m = 0;
  let amountUsed = 0;
  let amountSkipped = 0;
  const conv = new Map<string, { rows: number; amountOriginal: number }>();
  const amountCurrency = headerCurrency('amount');
  // inline row scan for performance: locals for every array the loop reads
  const aState = amount.state;
  const aValues = amount.values;
  const { headerHits, rowFlags } = ctx;
  const dState = dateScan === null ? null : (dateScan as ReturnType<typeof scanDate>).state;
  const pState = periodScan === null ? null : (periodScan as ReturnType<typeof scanDate>).state;
  const curCodes = currencyScan ? currencyScan.codes : null;
  const fixedRate = amountCurrency === null ? 1 : (rates.get(amountCurrency) ?? NaN);
  for (let i = 0; i < n; i++) {
    const g = start + i;
    const row = offset + g;
    if (blank[i]) {
      skipped.push(rowIssue('BLANK_ROW', row, 0, lang));
      continue;
    }
    if (headerHits[i] >= headerNeed) {
      skipped.push(rowIssue('REPEATED_HEADER', row, 0, lang));
      continue;
    }
    const st = aState[i];
    let cur = amountCurrency;
    let rate = fixedRate;
    if (cur === null && curCodes !== null && curCodes[i] >= 0) {
      cur = rowCurrency[curCodes[i]];
      rate = rowRate[curCodes[i]];
    }
    const original = st === OK ? aValues[i] : 0;
    const value = original * (rate === rate ? rate : 1);
    if (rowFlags[i] & FLAG_SUBTOTAL) {
      const label = firstSubtotalText(grid[g]);
      skipped.push(rowIssue('SUBTOTAL_ROW', row, value, lang, { raw: label }));
      continue;
    }
    if (st === BLANK) {
      skipped.push(rowIssue('NO_AMOUNT', row, 0, lang));
      continue;
    }
    if (st === BAD) {
      skipped.push(rowIssue('BAD_AMOUNT', row, 0, lang, { raw: rawText(grid, g, amountCol) }));
      continue;
    }
    if (rate !== rate && cur !== null) missing.add(cur);
    if (cur !== null && cur !== report) {
      const e = conv.get(cur) ?? { rows: 0, amountOriginal: 0 };
      e.rows++;
      e.amountOriginal += original;
      conv.set(cur, e);
    }
    const dOk = dState !== null && dState[i] === OK;
    const pOk = pState !== null && pState[i] === OK;
    if (!dOk && !pOk) {
      const dBlank = (dState === null || dState[i] === BLANK) && (pState === null || pState[i] === BLANK);
      const col = (dState !== null && dState[i] === BAD ? roles.date : (roles.period ?? roles.date))?.column ?? 0;
      skipped.push(
        dBlank
          ? rowIssue('NO_DATE', row, value, lang)
          : rowIssue('BAD_DATE', row, value, lang, { raw: rawText(grid, g, col) }),
      );
      amountSkipped += value;
      continue;
    }
    keep[m++] = i;
    amountUsed += value;
  }
  if (missing.size > 0) {
    const currency = [...missing].sort().join(', ');
    return fail('MISSING_RATE', lang, { currency, target: report }, mapping);
  }
  const used = keep.subarray(0, m);
  return assemble(grid, options, lang, report, mapping, ctx, used, {
    skipped,
    amountUsed,
    amountSkipped,
    conv,
    measures,
    dims,
    extras,
    dateScan,
    periodScan,
    rates,
    rowRate,
    currencyScan,
  });
}

function firstSubtotalText(row: readonly unknown[] | undefined): string {
  for (const v of row ?? [])
    if (typeof v === 'string' && v.trim() !== '' && /合|小|总|總|共|汇|匯|彙|total/i.test(v))
      return cleanText(v);
  return '';
}

interface Scans {
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
}

/** Builds the Table from the used rows and the quality report (flags: duplicates, refunds). */
function assemble(
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
  let dateCount = 0;
  let periodCount = 0;
  if (dState) for (let k = 0; k < m; k++) if (dState[used[k]] === OK) dateCount++;
  if (pState) for (let k = 0; k < m; k++) if (pState[used[k]] === OK) periodCount++;
  let monthIndex: Int32Array;
  let day: Uint8Array;
  if (s.dateScan && dateCount === ctx.n) {
    // every row used and dated by the date column: its arrays are the table's
    monthIndex = s.dateScan.monthIndex;
    day = s.dateScan.day;
  } else {
    monthIndex = new Int32Array(m);
    day = new Uint8Array(m);
    // inline gather for performance: the date column first, the period column where it has none
    for (let k = 0; k < m; k++) {
      const i = used[k];
      const src = dState !== null && dState[i] === OK ? s.dateScan : s.periodScan;
      if (src) {
        monthIndex[k] = src.monthIndex[i];
        day[k] = src.day[i];
      }
    }
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
    let values: Float64Array;
    if (!perRow && fixedRate === 1 && m === ctx.n) {
      values = scan.values; // every row used, nothing to convert: the scan's array is the column
    } else {
      values = new Float64Array(m);
      const src = scan.values;
      const codes = perRow && s.currencyScan ? s.currencyScan.codes : null;
      // inline gather for performance
      for (let k = 0; k < m; k++) {
        const i = used[k];
        const code = codes === null ? -1 : codes[i];
        values[k] = src[i] * (code >= 0 ? s.rowRate[code] : fixedRate);
      }
    }
    let filled = 0;
    for (let k = 0; k < m; k++) if (values[k] === values[k]) filled++;
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
    completeness[role] = share(countFilled(dims[role].codes));
  }
  if (s.currencyScan && roles.currency) {
    completeness.currency = share(
      countFilled(compactDim('currency', '', s.currencyScan.codes, s.currencyScan.values, used).codes),
    );
  }
  const extraDims = s.extras.map((e) =>
    compactDim(e.header, mapping.headers[e.column], e.scan.codes, e.scan.values, used),
  );

  // Flags over used rows: exact duplicates (first occurrence is the original) and refunds.
  const gridRows = new Int32Array(m);
  const hashes = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    gridRows[k] = ctx.start + used[k];
    hashes[k] = ctx.hash[used[k]];
  }
  const dupOf = findDuplicates(grid, gridRows, hashes);
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
  };
  return { ok: true, table, mapping, quality };
}
