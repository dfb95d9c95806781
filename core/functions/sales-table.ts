/**
 * The `data` argument of the whole-table formulas: a sales range read through the core's ingest
 * (the one-click review's header detection, units, dates, subtotal and refund rules), kept in a
 * bounded LRU keyed by the range's content so twenty formulas over one range ingest it once.
 * Trailing blank rows (a whole-column A:I reference) are cut before anything else touches them.
 * In Excel's shared runtime the cache lives as long as the workbook session; in Apps Script each
 * custom-function call is its own execution, so there it only spares repeated work within a call.
 */
import { formatCount, t, type Lang } from '../i18n';
import type { Aggregates } from '../aggregates';
import {
  plainDefaultSettings,
  reviewAggregates,
  reviewSections,
  yearsWithData,
  type ReviewSections,
} from '../review';
import type { ReviewSettings } from '../settings';
import { ingest } from '../table';
import type { ColumnMapping, DataQualityReport, Grid, IngestResult, Table } from '../table';
import { fingerprint } from './fingerprint';
import { Lru } from './lru';
import { parseTableOptions } from './table-options';
import { fnName, isFnError, type FnContext, type FnError, type Matrix } from './types';

/** Ranges kept at once, and the cells they may hold together (≈ 400,000 rows × 10 columns). */
export const CACHE_MAX_TABLES = 8;
export const CACHE_MAX_CELLS = 4_000_000;

/** An ingested sales range and the review sections computed over it so far. */
export interface SalesTable {
  table: Table;
  mapping: ColumnMapping;
  quality: DataQualityReport;
  fiscalStart: number;
  /**
   * The review of `year` (null: the year the one-click review would pick), or why there is none.
   * Built once per year and kept with the table.
   */
  review(year: number | null): ReviewSections | FnError;
}

type Entry = SalesTable | FnError;

const cache = new Lru<Entry>(CACHE_MAX_TABLES, CACHE_MAX_CELLS);
const counts = { calls: 0, ingests: 0 };

/**
 * Empties the table cache and its counters (tests and the benchmark start from a cold runtime).
 * @example clearTableCache()
 */
export function clearTableCache(): void {
  cache.clear();
  counts.calls = 0;
  counts.ingests = 0;
}

/**
 * What the cache did: calls that read a range, ingests run, tables held and their cells.
 * @example tableCacheStats().ingests // 1 after twenty formulas over one range
 */
export function tableCacheStats(): { calls: number; ingests: number; entries: number; cells: number } {
  const s = cache.stats();
  return { ...counts, entries: s.entries, cells: s.weight };
}

function rowIsBlank(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.trim() !== '') return false;
  }
  return true;
}

/**
 * Rows up to the last one with a value: a whole-column reference hands over a million rows, nearly
 * all blank, and only the used part is fingerprinted and ingested.
 * @example usedRows([['a'], [null], ['']]) // 1
 */
export function usedRows(m: Matrix): number {
  let end = m.length;
  while (end > 0 && rowIsBlank(m[end - 1])) end--;
  return end;
}

/** Columns of the range, from its widest early row (a title row above the header is one cell wide). */
function width(m: Matrix, end: number): number {
  let w = 1;
  for (let r = 0; r < Math.min(end, 50); r++) w = Math.max(w, m[r]?.length ?? 0);
  return w;
}

let defaults: ReviewSettings | null = null;

/**
 * Reads `data` (with the `mapping` argument) into an ingested table, from the cache when the same
 * content was read before with the same mapping and language.
 * @example loadSalesTable([['日期', '销售额'], [45658, 100]], undefined, ctx).table.rowCount // 1
 */
export function loadSalesTable(
  data: Matrix,
  mappingArg: Matrix | undefined,
  ctx: FnContext,
): SalesTable | FnError {
  counts.calls++;
  const options = parseTableOptions(mappingArg, ctx);
  if (isFnError(options)) return options;
  const end = usedRows(data);
  if (end === 0) return ctx.error('#VALUE!', 'FN_TABLE_EMPTY');
  const cells = end * width(data, end);
  // a host with a time limit per call (Sheets: 30 s) says so before the work that would hit it
  if (ctx.maxTableCells !== undefined && cells > ctx.maxTableCells)
    return ctx.error('#VALUE!', 'FN_TABLE_TOO_LARGE', {
      cells: formatCount(cells, ctx.lang),
      max: formatCount(ctx.maxTableCells, ctx.lang),
    });
  const key = `${fingerprint(data, end)}|${options.key}|${ctx.lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  counts.ingests++;
  const grid = (end === data.length ? data : data.slice(0, end)) as Grid;
  const r = ingest(grid, { lang: ctx.lang, ...options.ingest });
  const entry: Entry = r.ok ? salesTable(r, options.fiscalStart, ctx) : ingestError(r, ctx);
  cache.set(key, entry, cells);
  return entry;
}

function salesTable(r: IngestResult & { ok: true }, fiscalStart: number, ctx: FnContext): SalesTable {
  const { lang } = ctx;
  const reviews = new Map<number | null, ReviewSections | FnError>();
  defaults ??= plainDefaultSettings();
  const base: ReviewSettings = { ...defaults, language: lang, fiscalStartMonth: fiscalStart };
  // one set of aggregates for the reviews of every year (the spec does not depend on the year)
  let agg: Aggregates | null = null;
  return {
    table: r.table,
    mapping: r.mapping,
    quality: r.quality,
    fiscalStart,
    review(year) {
      let out = reviews.get(year);
      if (out) return out;
      // ingest fails with ALL_ROWS_SKIPPED when data rows were all skipped; a table can still come
      // back empty when the only rows were blank or repeated headers: no review then, not 0
      if (r.table.rowCount === 0) {
        out = {
          error: '#N/A',
          message: t('FN_TABLE_NO_USED_ROWS', lang, {
            skipped: r.quality.rowsSkipped,
            fn: fnName('DATA_QUALITY', ctx.host),
          }),
        };
      } else {
        agg ??= reviewAggregates(r.table, base);
        const years = yearsWithData(agg);
        if (year !== null && !years.includes(year)) {
          const list = years.join(lang === 'en' ? ', ' : '、');
          out = { error: '#N/A', message: t('FN_TABLE_NO_YEAR', lang, { year, years: list }) };
        } else {
          out = reviewSections(r.table, { ...base, year }, agg, r.quality.wide);
          // the year the review picked is the same review when asked for by number
          if (year === null && !reviews.has(out.scope.year)) reviews.set(out.scope.year, out);
        }
      }
      reviews.set(year, out);
      return out;
    },
  };
}

/** Up to eight non-blank headers, for a message that says what the range holds. */
function headerList(mapping: ColumnMapping | undefined, lang: Lang): string {
  const hs = (mapping?.headers ?? []).map((h) => h.trim()).filter((h) => h !== '');
  const list = hs.slice(0, 8).join(lang === 'en' ? ', ' : '、');
  return hs.length > 8 ? `${list} …` : list || '—';
}

/**
 * What fixes a range whose every row was skipped, said for a formula: ingest names the
 * command-line option (`--date-order dmy`, `--map amount=实付金额`, `--include-cancelled`); the
 * formula's mapping argument takes the same choice as `date_order=dmy`, `amount=实付金额`,
 * `include_cancelled=yes`.
 */
function skippedFix(code: string, option: string, lang: Lang): string {
  const order = /^--date-order (\w+)$/.exec(option)?.[1];
  if (order === 'ymd' || order === 'mdy' || order === 'dmy')
    return t('FN_TABLE_FIX_DATE_ORDER', lang, { order: t(`DATE_ORDER_${order}`, lang), code: order });
  if (code === 'EXCLUDED_STATUS') return t('FN_TABLE_FIX_INCLUDE_CANCELLED', lang);
  const map = /^--map (\w+)=(.*)$/.exec(option);
  const role = map?.[1] === 'date' ? 'date' : 'amount';
  return t('FN_TABLE_FIX_MAP', lang, {
    role: t(`ROLE_${role}`, lang),
    option: `${role}=${map?.[2] ?? '…'}`,
  });
}

/** An ingest failure as the formula's error, naming the argument that fixes it. */
function ingestError(r: IngestResult & { ok: false }, ctx: FnContext): FnError {
  const headers = headerList(r.mapping, ctx.lang);
  const p = r.params ?? {};
  switch (r.code) {
    case 'EMPTY_SHEET':
      return ctx.error('#VALUE!', 'FN_TABLE_EMPTY');
    case 'NO_HEADER':
      return ctx.error('#VALUE!', 'FN_TABLE_NO_HEADER');
    case 'NO_DATA_ROWS':
      return ctx.error('#VALUE!', 'FN_TABLE_NO_ROWS', { row: (r.mapping?.headerRow ?? 0) + 1 });
    case 'NO_AMOUNT_COLUMN':
      return ctx.error('#VALUE!', 'FN_TABLE_NO_AMOUNT', { headers });
    case 'NO_DATE_COLUMN':
      return ctx.error('#VALUE!', 'FN_TABLE_NO_DATE', { headers });
    case 'BAD_MAPPING':
      return ctx.error('#VALUE!', 'FN_TABLE_BAD_MAPPING', {
        role: p.role ?? '',
        header: p.header ?? '',
        headers,
      });
    case 'MISSING_RATE':
      return ctx.error('#VALUE!', 'FN_TABLE_MISSING_RATE', {
        currency: p.currency ?? '',
        target: p.target ?? '',
      });
    case 'ALL_ROWS_SKIPPED':
      return ctx.error('#VALUE!', 'FN_TABLE_ALL_SKIPPED', {
        rows: p.rows ?? '',
        reason: p.reason ?? '',
        fix: skippedFix(String(p.code ?? ''), String(p.option ?? ''), ctx.lang),
      });
    default:
      // a failure ingest learned later: its own sentence, still a value and never a throw
      return { error: '#VALUE!', message: r.message };
  }
}
