/**
 * ingest: a raw grid to a columnar Table, the column mapping and a data-quality report.
 *
 * Reconciliation rule: amountRead is every amount on a detail row — rows used plus rows skipped
 * for a reason of their own (no date, bad date). Subtotal/total rows repeat detail amounts, so
 * their amount is reported on the SUBTOTAL_ROW issue but is NOT part of amountRead (it would
 * double-count); blank and repeated-header rows carry no amount. Hence, exactly by construction
 * of the same loop: amountUsed + amountSkipped = amountRead.
 */
import type { Lang } from '../i18n';
import type {
  DateOrderReport,
  DimensionRole,
  Grid,
  IngestOptions,
  IngestResult,
  MeasureRole,
  Role,
  RowIssue,
} from './types';
import { MEASURE_ROLES, MONEY_ROLES } from './types';
import { detectColumns, fail, rowIsBlank } from './detect';
import { cleanText, headerKey } from './normalize';
import { currencyCode, reviewCurrency } from './currency';
import { rateTable } from './rates';
import { rowIssue } from './issues';
import {
  BAD,
  BLANK,
  FLAG_SUBTOTAL,
  OK,
  cellText,
  scanDate,
  scanDim,
  scanMeasure,
  scanOther,
  scanProduct,
} from './scan';
import type { ScanContext, Scanner } from './scan';
import { assemble } from './assemble';
import type { DayOrder } from './date';
import { addVote, decideDayOrder, defaultDayOrder, emptyVotes } from './date-order';
import { statusesLeftOut } from './status';
import { addCommaVote, isDecimalComma } from './decimal-comma';
import { allSkipped } from './all-skipped';
import { readWide } from './wide/read';

/** Rows per scan block (row arrays of one block fit in the CPU cache). */
const SCAN_BLOCK = 2048;

function rawText(grid: Grid, g: number, c: number): string {
  const v = grid[g]?.[c];
  return v === null || v === undefined ? '' : cellText(v);
}

/**
 * Turns a raw grid into a columnar Table plus mapping and data-quality report; never throws on data.
 * @example ingest([['日期', '客户', '销售额'], ['2025-03-05', '甲公司', '12.5万']]).ok // true
 */
export function ingest(grid: Grid, options: IngestOptions = {}): IngestResult {
  const lang: Lang = options.lang ?? 'zh-CN';
  const offset = options.sheetRowOffset ?? 1;
  const requested = currencyCode(options.currency ?? 'CNY') ?? 'CNY';
  // Months or quarters across the columns: read as the order list the sheet summarises.
  const wide = Array.isArray(grid) ? readWide(grid, options, ingest) : null;
  if (wide) return wide;
  const det = detectColumns(grid, options);
  if (!det.ok) return det;
  const { mapping, start, end, sample, width, headers } = det;
  const roles = mapping.roles;
  const n = Math.max(0, end - start);

  // One pass per column. A derived amount has no column of its own: its factors are scanned.
  const roleOf = new Map<number, Role>();
  for (const [role, d] of Object.entries(roles))
    if (d && d.source !== 'derived') roleOf.set(d.column, role as Role);
  const dateSetting = options.dateOrder ?? 'auto';
  const fallbackOrder = defaultDayOrder(lang);
  // The sample's evidence gives each date column its first order; the full scan may correct it.
  const sampleOrder = (c: number): DayOrder => {
    const votes = emptyVotes();
    const seen = new Set<string>();
    for (const row of sample) {
      const v = row[c];
      if (typeof v === 'string' && !seen.has(v)) {
        seen.add(v);
        addVote(votes, v);
      }
    }
    return decideDayOrder(votes, dateSetting, fallbackOrder).order;
  };
  const orderUsed: Partial<Record<'date' | 'period', DayOrder>> = {};
  // Likewise a money column's decimal comma: the sample's evidence first, the full scan's last.
  const sampleComma = (c: number): boolean => {
    const votes = { decimal: 0, thousands: 0 };
    for (const row of sample) if (typeof row[c] === 'string') addCommaVote(votes, row[c] as string);
    return isDecimalComma(votes);
  };
  const commaScans: { header: string; scan: ReturnType<typeof scanMeasure>; comma: boolean }[] = [];
  const measureScan = (c: number, scale: number, header: string) => {
    const comma = sampleComma(c);
    const scan = scanMeasure(ctx, c, scale, header, comma);
    commaScans.push({ header, scan, comma });
    return scan;
  };
  const extraOf = new Map(mapping.extraDimensions.map((e) => [e.column, e.header]));
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
  const measures: Partial<Record<MeasureRole, ReturnType<typeof scanMeasure>>> = {};
  const dims: Partial<Record<DimensionRole | 'currency', ReturnType<typeof scanDim>>> = {};
  const extras: { header: string; column: number; scan: ReturnType<typeof scanDim> }[] = [];
  let dateScan: ReturnType<typeof scanDate> | null = null;
  let periodScan: ReturnType<typeof scanDate> | null = null;
  const adjust: Partial<Record<'unitPrice' | 'refund', ReturnType<typeof scanMeasure>>> = {};
  let statusScan: ReturnType<typeof scanDim> | null = null;
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
    } else if (role === 'date' || role === 'period') {
      const order = (orderUsed[role] = sampleOrder(c));
      const scan = scanDate(ctx, c, date1904, header, order);
      if (role === 'date') dateScan = scan;
      else periodScan = scan;
      scanners.push(scan);
    } else if (isMeasure(role)) {
      const unit = roles[role]?.unit;
      scanners.push((measures[role] = measureScan(c, unit ? unit.scale : 1, header)));
    } else if (role === 'unitPrice' || role === 'refund') {
      const unit = roles[role]?.unit;
      scanners.push((adjust[role] = measureScan(c, unit ? unit.scale : 1, header)));
    } else if (role === 'status') scanners.push((statusScan = scanDim(ctx, c, header)));
    else scanners.push((dims[role] = scanDim(ctx, c, header)));
  }
  const derived = roles.amount?.derivedFrom ?? null;
  if (derived) {
    // quantity × unit price, after both factors' scans in each block
    const q = measures.quantity ?? scanMeasure(ctx, derived.quantity, 1, headers[derived.quantity]);
    const price = adjust.unitPrice ?? scanMeasure(ctx, derived.unitPrice, 1, headers[derived.unitPrice]);
    if (!measures.quantity) scanners.push(q);
    if (!adjust.unitPrice) scanners.push(price);
    scanners.push((measures.amount = scanProduct(n, q, price)));
  }
  // Blocks of rows, each scanned column by column: a block's row arrays stay in cache across
  // the column passes, where whole-column passes would fetch every row from memory ten times.
  let wider = width;
  for (let from = 0; from < n; from += SCAN_BLOCK) {
    const to = Math.min(n, from + SCAN_BLOCK);
    for (let i = from; i < to; i++) {
      const row = grid[start + i];
      if (rowIsBlank(row)) blank[i] = 1;
      else if (row.length > wider) wider = row.length;
    }
    for (const s of scanners) s.run(from, to);
  }
  // Cells past the sampled width (a ragged row the sample missed): headerless columns no role
  // uses, scanned for labels, repeated headers and the duplicate hash like any other.
  for (let c = width; c < wider; c++) {
    headers.push('');
    scanOther(ctx, c, '').run(0, n);
  }
  // The whole column's evidence decides its day order; read again if the sample guessed otherwise.
  const dateOrders: DateOrderReport[] = [];
  for (const [role, scan] of [
    ['date', dateScan],
    ['period', periodScan],
  ] as const) {
    if (!scan) continue;
    const decided = decideDayOrder(scan.votes, dateSetting, fallbackOrder);
    if (decided.order !== orderUsed[role]) scan.reread(decided.order);
    dateOrders.push({ role, header: roles[role]?.header ?? '', ...decided });
  }
  const decimalCommas: string[] = [];
  for (const m of commaScans) {
    const comma = isDecimalComma(m.scan.votes);
    if (comma !== m.comma) m.scan.reread(comma);
    if (comma) decimalCommas.push(m.header);
  }
  const headerNeed = Math.min(2, Math.max(1, headerCols));
  const amount = measures.amount as ReturnType<typeof scanMeasure>;
  const amountRaw = (g: number): string =>
    derived
      ? `${rawText(grid, g, derived.quantity)} × ${rawText(grid, g, derived.unitPrice)}`
      : rawText(grid, g, (roles.amount as { column: number }).column);

  // Currencies: the header's, else the row's currency column, else the report currency. A sheet
  // whose money is all in one other currency that no rate converts is reviewed in that currency.
  const currencyScan = dims.currency;
  const named = MONEY_ROLES.flatMap((role) => (measures[role] ? [roles[role]?.unit?.currency ?? null] : []));
  if (currencyScan) named.push(...currencyScan.values.map((v) => currencyCode(v)));
  const report = reviewCurrency(
    requested,
    named.filter((c): c is string => c !== null && /^[A-Z]{3}$/.test(c)),
    options.rates,
  );
  const rates = rateTable(options.rates, report);
  const rowCurrency = currencyScan ? currencyScan.values.map((v) => currencyCode(v) ?? report) : [];
  const rowRate = rowCurrency.map((code) => rates.get(code) ?? NaN);
  const missing = new Set<string>();
  const headerCurrency = (role: MeasureRole) => roles[role]?.unit?.currency ?? null;
  for (const role of MONEY_ROLES) {
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
  const refund = roles.refund?.alreadyNetIn ? null : (adjust.refund ?? null);
  const refunded = { rows: 0, amount: 0 };
  const chosen = options.excludeStatuses ?? (options.includeCancelled === true ? [] : null);
  const chosenSet = chosen === null ? null : new Set(chosen.map((v) => cleanText(v).toLowerCase()));
  const statusCodes = statusScan === null ? null : (statusScan as ReturnType<typeof scanDim>).codes;
  const statusValues = statusScan === null ? [] : (statusScan as ReturnType<typeof scanDim>).values;
  const cancelled =
    chosenSet === null
      ? statusesLeftOut(statusValues)
      : statusValues.map((v) => chosenSet.has(cleanText(v).toLowerCase()));
  const statusRows = new Float64Array(statusValues.length);
  const statusAmount = new Float64Array(statusValues.length);
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
    let original = st === OK ? aValues[i] : 0;
    // A refund column is subtracted from the row's amount: the table carries the net amount.
    const back = st === OK && refund !== null && refund.state[i] === OK ? refund.values[i] : 0;
    if (back !== 0) {
      original -= back;
      aValues[i] = original;
    }
    const value = original * (rate === rate ? rate : 1);
    if (rowFlags[i] & FLAG_SUBTOTAL) {
      const label = firstSubtotalText(grid[g]);
      skipped.push(rowIssue('SUBTOTAL_ROW', row, value, lang, { raw: label }));
      continue;
    }
    const sc = statusCodes === null ? -1 : statusCodes[i];
    if (sc >= 0) {
      statusRows[sc]++;
      statusAmount[sc] += value;
      if (cancelled[sc]) {
        skipped.push(rowIssue('EXCLUDED_STATUS', row, value, lang, { raw: statusValues[sc] }));
        amountSkipped += value;
        continue;
      }
    }
    if (st === BLANK) {
      skipped.push(rowIssue('NO_AMOUNT', row, 0, lang));
      continue;
    }
    if (st === BAD) {
      skipped.push(rowIssue('BAD_AMOUNT', row, 0, lang, { raw: amountRaw(g) }));
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
      const col =
        (dState !== null && dState[i] === BAD ? roles.date : (roles.period ?? roles.date))?.column ?? 0;
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
    if (back !== 0) {
      refunded.rows++;
      refunded.amount += back * (rate === rate ? rate : 1);
    }
  }
  if (missing.size > 0) {
    const currency = [...missing].sort().join(', ');
    return fail('MISSING_RATE', lang, { currency, target: report }, mapping);
  }
  if (m === 0) {
    const why = allSkipped(skipped, mapping, dateOrders, lang);
    if (why) return fail('ALL_ROWS_SKIPPED', lang, why, mapping);
  }
  const used = keep.subarray(0, m);
  return assemble(grid, options, lang, report, mapping, ctx, used, {
    requested,
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
    dateOrders,
    decimalCommas,
    statuses: statusValues.map((status, k) => ({
      status,
      rows: statusRows[k],
      amount: statusAmount[k],
      excluded: cancelled[k],
    })),
    refundsSubtracted: roles.refund
      ? roles.refund.alreadyNetIn
        ? { header: roles.refund.header, rows: 0, amount: 0, alreadyNetIn: roles.refund.alreadyNetIn }
        : { header: roles.refund.header, ...refunded }
      : null,
    derivedAmount: derived
      ? { quantity: headers[derived.quantity] ?? '', unitPrice: headers[derived.unitPrice] ?? '' }
      : null,
  });
}

function isMeasure(role: Role): role is MeasureRole {
  return (MEASURE_ROLES as readonly Role[]).includes(role);
}

function firstSubtotalText(row: readonly unknown[] | undefined): string {
  for (const v of row ?? [])
    if (typeof v === 'string' && v.trim() !== '' && /合|小|总|總|共|汇|匯|彙|total/i.test(v))
      return cleanText(v);
  return '';
}
