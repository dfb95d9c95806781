/**
 * The DuckDB engine: a Parquet file, a large CSV or a folder of either (one schema) reviewed
 * without loading its rows into the core. The columns are detected by the core's own detection
 * on the header and a sample of rows that DuckDB fetches; the spec's queries (core/aggregates/sql)
 * run in DuckDB; their results become the same Aggregates and data-quality report the core builds,
 * and the review is built from them (runReviewFromAggregates).
 */
import { open, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  aggregateQueries,
  aggregateSpec,
  aggregatesFromResults,
  settleBreakdown,
  sqlScript,
  type SqlDialectName,
  combinedQuery,
  ruleValuesQuery,
  splitCombined,
  availableOfMapping,
  qualityFromResults,
  sqlUnsupported,
  type RuleValues,
  type SqlColumnKind,
  type SqlResults,
  type SqlSource,
  type SqlUnsupported,
} from '../core/aggregates';
import { runReviewFromAggregates, type RunResult } from '../core/pipeline';
import type { ReviewSettings } from '../core/settings';
import {
  currencyCode,
  detectColumns,
  detectWideLayout,
  relocateIssue,
  SAMPLE_HEAD,
  SAMPLE_SPREAD,
  type CellValue,
  type ColumnMapping,
  type Detected,
  type Grid,
  type SheetPart,
} from '../core/table';
import { decodeCsvBytes, parseCsv, sniffDelimiter, toCell } from './read-csv';
import { sqlReadsDates } from './duck-date-forms';

/** What the printed SQL says about the rules it applies and those it cannot. */
const SQL_NOTES = [
  'Applied in SQL as the review applies them to a sheet: blank rows, repeated header rows, subtotal',
  'and total rows (合计, 小计, Total …), blank or unreadable amounts (text such as "1,200", "1.5万",',
  '"¥300" is read), blank or unreadable dates (year-first text, yyyymmdd, spreadsheet serials),',
  'the header unit (万元, 千元 …), refunds (negative amounts) flagged.',
  'Not applicable in a warehouse table: row numbers and duplicate rows (a table has no row order).',
  'A typed column (DATE, a number) is already read: its text rules do not apply.',
];

/** Files the engine reads. */
export type DuckFileKind = 'csv' | 'parquet';

const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);
/** Workbooks: read by the in-core engine (DuckDB's excel extension is a download, not built in). */
const WORKBOOK_EXT = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);

/** Why DuckDB does not read this input (the in-core engine does, or nothing does). */
export type DuckDecline =
  | SqlUnsupported
  | 'ENCODING'
  | 'EMPTY_LINES'
  | 'MIXED_FOLDER'
  | 'EMPTY_FOLDER'
  | 'DETECTION'
  | 'DATE_FORM'
  | 'WORKBOOK'
  | 'WIDE'
  | 'SCHEMA_DIFFERS'
  | 'UNREADABLE';

export interface DuckInput {
  kind: DuckFileKind;
  files: string[];
}

/**
 * The files of an input path: one file, or every .parquet / .csv file of a folder (one kind).
 * @example await duckInput('orders/') // { kind: 'parquet', files: [...] }
 */
export async function duckInput(path: string): Promise<DuckInput | DuckDecline> {
  const s = await stat(path);
  const kindOf = (f: string): DuckFileKind | null => {
    const ext = extname(f).toLowerCase();
    return ext === '.parquet' ? 'parquet' : CSV_EXT.has(ext) ? 'csv' : null;
  };
  if (!s.isDirectory())
    return WORKBOOK_EXT.has(extname(path).toLowerCase())
      ? 'WORKBOOK'
      : { kind: kindOf(path) ?? 'csv', files: [path] };
  const names = (await readdir(path)).filter((n) => kindOf(n) !== null).sort();
  if (names.length === 0) return 'EMPTY_FOLDER';
  const kinds = new Set(names.map(kindOf));
  if (kinds.size > 1) return 'MIXED_FOLDER';
  return { kind: kindOf(names[0]) as DuckFileKind, files: names.map((n) => join(path, n)) };
}

const sqlList = (files: readonly string[]): string =>
  `[${files.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ')}]`;

/** Reads the head of a CSV: its text (UTF-8 only: DuckDB reads no other), delimiter and first rows. */
async function csvHead(
  file: string,
): Promise<{ delimiter: string; rows: CellValue[][]; bom: boolean } | DuckDecline> {
  const h = await open(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    let bytes = buf.subarray(0, bytesRead);
    // cut at the last line end, so a character split by the block edge is not read as bad UTF-8
    const lastNl = bytes.lastIndexOf(10);
    if (lastNl > 0 && bytesRead === buf.length) bytes = bytes.subarray(0, lastNl + 1);
    const text = decodeCsvBytes(bytes);
    if (text.encoding !== 'utf-8' && text.encoding !== 'utf-8-bom') return 'ENCODING';
    const delimiter = sniffDelimiter(text.text);
    return {
      delimiter,
      rows: parseCsv(text.text, delimiter).slice(0, 330),
      bom: text.encoding === 'utf-8-bom',
    };
  } finally {
    await h.close();
  }
}

/** Whether a file has an empty line (DuckDB skips them, so row numbers would no longer be the file's). */
async function hasEmptyLine(file: string): Promise<boolean> {
  const h = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4 << 20);
    let pos = 0;
    let prev = -1;
    for (;;) {
      const { bytesRead } = await h.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) return false;
      const b = buf.subarray(0, bytesRead);
      if (prev === 10 && (b[0] === 10 || (b[0] === 13 && b[1] === 10))) return true;
      if (b.indexOf('\n\n') >= 0 || b.indexOf('\n\r\n') >= 0) return true;
      prev = b[bytesRead - 1];
      pos += bytesRead;
    }
  } finally {
    await h.close();
  }
}

/** A DuckDB value as a grid cell (what the core reads from a sheet). */
function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  return String(v);
}

async function rowsOf(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const r = await conn.runAndReadAll(sql);
  return r.getRowObjectsJS() as Record<string, unknown>[];
}

/** A column's kind from its DuckDB type. */
function kindOf(type: string): SqlColumnKind {
  if (/^(DATE|TIMESTAMP)/.test(type)) return 'date';
  if (
    /^(DOUBLE|FLOAT|REAL|DECIMAL|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT)/.test(
      type,
    )
  )
    return 'number';
  return 'text';
}

/**
 * The grid rows the core's sample takes after its head (sampleRows): 200 evenly spaced over the
 * rows after the first 300 data rows.
 */
function spreadRows(start: number, end: number): number[] {
  const headEnd = Math.min(end, start + SAMPLE_HEAD);
  const rest = end - headEnd;
  const out: number[] = [];
  if (rest <= 0) return out;
  const step = Math.max(1, Math.floor(rest / SAMPLE_SPREAD));
  for (let g = headEnd; g < end; g += step) out.push(g);
  return out;
}

/**
 * DuckDB's memory limit (its default is 80% of the machine's memory). On 10M Parquet rows, 400 MB
 * gave 667 MB peak RSS and 11.7 s CPU where the default gave 883 MB and 13.8 s (2 cores, load 10).
 */
export const DUCKDB_MEMORY_LIMIT = '400MB';

/** The temporary table a CSV's rows are loaded into, once. */
const CSV_TABLE = 'csv_rows';

/** More values than this picked out in one column: the rules test that column row by row. */
const RULE_VALUES_MAX = 1000;

/**
 * Columns whose sample is mostly distinct values (order numbers, notes): listing their distinct
 * values would hold about one entry per row, so their cells are tested row by row in the first pass.
 */
function mostlyDistinct(sample: readonly (readonly CellValue[])[], width: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    const seen = new Set<string>();
    let filled = 0;
    for (const row of sample) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      filled++;
      seen.add(String(v));
    }
    if (filled >= 50 && seen.size > filled / 2) out.push(c);
  }
  return out;
}

/**
 * The values each text column holds that mark a repeated header or a subtotal row, each distinct
 * value tested once (a ledger repeats its regions and customers millions of times): the main
 * query then tests cells against these short lists instead of running the rules on every row.
 */
async function ruleValues(
  conn: DuckDBConnection,
  mapping: ColumnMapping,
  source: SqlSource,
  sample: readonly (readonly CellValue[])[],
): Promise<(RuleValues | null)[]> {
  const sql = ruleValuesQuery(mapping, source, mostlyDistinct(sample, source.columns.length));
  if (sql === null) return [];
  const row = (await rowsOf(conn, sql))[0] ?? {};
  const texts = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  return source.columns.map((c, i) => {
    if (c.kind !== 'text') return null;
    const values: RuleValues = {
      header: texts(row[`header_${i}`]),
      subtotal: texts(row[`subtotal_${i}`]),
      untrimmed: row[`untrimmed_${i}`] !== false,
      spaced: row[`spaced_${i}`] !== false,
    };
    return values.header.length + values.subtotal.length > RULE_VALUES_MAX ? null : values;
  });
}

export type DuckDeclined = { ok: false; declined: DuckDecline[]; detail?: string };
export type DuckReview =
  | { ok: true; result: RunResult; rows: number; mapping: ColumnMapping; timings: Record<string, number> }
  | DuckDeclined;
export type DuckSql = { ok: true; sql: string } | DuckDeclined;

export interface DuckOptions {
  sheet: string;
  /** DuckDB threads (default: DuckDB's own, the cores). */
  threads?: number;
  /** DuckDB memory limit, e.g. '700MB' (default DUCKDB_MEMORY_LIMIT). */
  memoryLimit?: string;
  /** The targets sheet of --targets (the review's attainment reads it as the in-core review does). */
  targetGrid?: Grid;
  /** Print the queries for this table and dialect instead of running them (--sql). */
  sqlFor?: { dialect: SqlDialectName; table: string };
}

/**
 * Reviews a Parquet file, a CSV or a folder of them through DuckDB; declines (with the reasons)
 * what its SQL cannot read as ingest does.
 * @example const r = await duckReview({ kind: 'parquet', files: ['orders.parquet'] }, settings, { sheet: 'orders' });
 */
export async function duckReview(
  input: DuckInput,
  settings: ReviewSettings,
  opts: Omit<DuckOptions, 'sqlFor'>,
): Promise<DuckReview> {
  const r = await runDuck(input, settings, opts);
  return 'sql' in r ? { ok: false, declined: [] } : r;
}

/**
 * The spec's queries for a table holding this file's columns (detected on the file), as a script.
 * @example (await duckSql(input, settings, 'bigquery', 'proj.sales.orders')).ok
 */
export async function duckSql(
  input: DuckInput,
  settings: ReviewSettings,
  dialect: SqlDialectName,
  table: string,
): Promise<DuckSql> {
  const r = await runDuck(input, settings, { sheet: table, sqlFor: { dialect, table } });
  return 'sql' in r || !r.ok ? r : { ok: false, declined: [] };
}

/**
 * Which file of a folder has other columns than the first, and both lists of columns (six at most).
 * @example schemaDetail(['a.csv', 'b.csv'], 1, [['Date', 'Revenue'], ['Customer']]) // 'b.csv: Customer; a.csv: Date, Revenue'
 */
export function schemaDetail(
  files: readonly string[],
  differs: number,
  columns: readonly string[][],
): string {
  const list = (cols: readonly string[]): string =>
    cols.length > 6 ? `${cols.slice(0, 6).join(', ')} …` : cols.join(', ');
  return `${basename(files[differs])}: ${list(columns[differs])}; ${basename(files[0])}: ${list(columns[0])}`;
}

/** DuckDB's own errors start with their kind ("IO Error: …", "Invalid Input Error: …"). */
const DUCKDB_ERROR = /^([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*) Error: /;

async function runDuck(
  input: DuckInput,
  settings: ReviewSettings,
  opts: DuckOptions,
): Promise<DuckReview | DuckSql> {
  try {
    return await runDuckSteps(input, settings, opts);
  } catch (e) {
    // a file DuckDB cannot open or parse (not Parquet, cut short, broken quoting) is the file's
    // fault, said in one sentence; anything else is ours and goes up as it is
    // (an error from the native library may come from another realm: not instanceof Error)
    const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : '';
    if (!DUCKDB_ERROR.test(message)) throw e;
    return { ok: false, declined: ['UNREADABLE'], detail: message.replace(DUCKDB_ERROR, '').split('\n')[0] };
  }
}

async function runDuckSteps(
  input: DuckInput,
  settings: ReviewSettings,
  opts: DuckOptions,
): Promise<DuckReview | DuckSql> {
  // wall and CPU milliseconds of each step (DuckDB's threads count in the CPU time)
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const lap = (name: string): void => {
    const t = performance.now();
    const c = process.cpuUsage(c0);
    timings[name] = Math.round(t - t0);
    timings[`${name} cpu`] = Math.round((c.user + c.system) / 1000);
    t0 = t;
    c0 = process.cpuUsage();
  };
  // A memory limit makes the large hash tables (the duplicate check holds one entry per row) work
  // in partitions, spilling to a temporary folder of the system's, never the user's folder.
  const config: Record<string, string> = {
    memory_limit: opts.memoryLimit ?? DUCKDB_MEMORY_LIMIT,
    temp_directory: join(tmpdir(), 'sales-review-duckdb'),
  };
  if (opts.threads) config.threads = String(opts.threads);
  const db = await DuckDBInstance.create(':memory:', config);
  const conn = await db.connect();
  try {
    let reader: (skip: number) => string;
    let head: CellValue[][];
    let kinds: SqlColumnKind[];
    let names: string[];
    let rowNumber: (headerRow: number) => string;
    let csvDelimiter = ',';
    const folder = input.files.length > 1;
    if (input.kind === 'csv') {
      const first = await csvHead(input.files[0]);
      if (typeof first === 'string') return { ok: false, declined: [first] };
      csvDelimiter = first.delimiter;
      for (const f of input.files) if (await hasEmptyLine(f)) return { ok: false, declined: ['EMPTY_LINES'] };
      const delim = first.delimiter.replace(/'/g, "''");
      reader = (skip) =>
        `read_csv(${sqlList(input.files)}, filename = ${input.files.length > 1}, header = false, all_varchar = true, delim = '${delim}', quote = '"', escape = '"', null_padding = true, skip = ${skip}, auto_detect = false, columns = {${Array.from({ length: Math.max(...first.rows.map((r) => r.length), 1) }, (_v, c) => `'column${c}': 'VARCHAR'`).join(', ')}})`;
      head = first.rows;
      const width = Math.max(...first.rows.map((r) => r.length), 1);
      names = Array.from({ length: width }, (_v, c) => `column${c}`);
      kinds = names.map(() => 'text');
      // the rows are loaded once into CSV_TABLE in the file's order: rowid 0 is the first data row
      rowNumber = (headerRow) => `rowid + ${headerRow + 2}`;
    } else {
      const files = sqlList(input.files);
      reader = () => `read_parquet(${files}, file_row_number = true, filename = ${input.files.length > 1})`;
      // one schema: DuckDB would otherwise line a file's columns up with the first file's by place
      const schemas = await Promise.all(
        input.files.map(async (f) => rowsOf(conn, `DESCRIBE SELECT * FROM read_parquet(${sqlList([f])})`)),
      );
      const schemaText = (rows: Record<string, unknown>[]): string[] =>
        rows.map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
      const differs = input.files.findIndex(
        (_f, i) => schemaText(schemas[i]).join('\n') !== schemaText(schemas[0]).join('\n'),
      );
      if (differs > 0)
        return {
          ok: false,
          declined: ['SCHEMA_DIFFERS'],
          detail: schemaDetail(
            input.files,
            differs,
            schemas.map((r) => r.map((c) => String(c.column_name))),
          ),
        };
      const described = schemas[0];
      names = described.map((r) => String(r.column_name));
      kinds = described.map((r) => kindOf(String(r.column_type)));
      const top = await conn.runAndReadAll(`SELECT * FROM read_parquet(${files}) LIMIT 300`);
      head = [names, ...top.getRowsJS().map((r) => r.map(cellOf))];
      rowNumber = () => 'file_row_number + 2';
    }
    lap('head');
    // months across the columns: the in-core engine unpivots them (core/table/wide)
    if (detectWideLayout(head)) return { ok: false, declined: ['WIDE'] };
    const detectOpts = { lang: settings.language, overrides: settings.mapping, units: settings.units };
    const firstPass = detectColumns(head, detectOpts);
    if (!firstPass.ok) return { ok: false, declined: ['DETECTION'], detail: firstPass.message };
    const headerRow = firstPass.headerRow;
    if (input.kind === 'csv' && folder) {
      // one schema: every file's header line is the first file's
      const headers: CellValue[][] = [head[headerRow] ?? []];
      for (const f of input.files.slice(1)) {
        const h = await csvHead(f);
        if (typeof h === 'string') return { ok: false, declined: [h] };
        headers.push(
          h.delimiter === csvDelimiter ? (h.rows[headerRow] ?? []) : [h.rows[0]?.join(h.delimiter) ?? ''],
        );
      }
      const text = (row: readonly CellValue[]): string[] => row.map((v) => String(v ?? '').trim());
      const differs = headers.findIndex((h) => text(h).join('\u0000') !== text(headers[0]).join('\u0000'));
      if (differs > 0)
        return {
          ok: false,
          declined: ['SCHEMA_DIFFERS'],
          detail: schemaDetail(input.files, differs, headers.map(text)),
        };
    }
    let data: string;
    if (input.kind === 'csv') {
      // A CSV is parsed once into a table (every later pass reads columns, not text); insertion
      // order is kept (DuckDB's preserve_insertion_order), so a row's rowid is its place in the file.
      await conn.run(`CREATE TEMP TABLE ${CSV_TABLE} AS SELECT * FROM ${reader(headerRow + 1)}`);
      data = CSV_TABLE;
    } else data = reader(0);
    // A folder's files in order, each with its data rows: skipped rows are named by file and row
    const counts = folder
      ? await rowsOf(conn, `SELECT filename, COUNT(*) AS n FROM ${data} GROUP BY filename`)
      : await rowsOf(conn, `SELECT COUNT(*) AS n FROM ${data}`);
    const perFile = folder
      ? input.files.map((f) => Number(counts.find((r) => r.filename === f)?.n ?? 0))
      : [Number(counts[0]?.n ?? 0)];
    const total = perFile.reduce((a, b) => a + b, 0);
    const offsets = perFile.map((_n, i) => perFile.slice(0, i).reduce((a, b) => a + b, 0));
    lap('count');
    // The sample detection reads is the core's (sampleRows): the first 300 data rows (the head) and
    // 200 evenly spaced over the rest, fetched by their row numbers into a sparse grid. DuckDB's
    // reservoir sample cost a full read of every column (0.9 s CPU on 10M Parquet rows, 0.33 s so).
    const start = headerRow + 1;
    const end = start + total;
    const grid: CellValue[][] = new Array<CellValue[]>(end);
    head.slice(0, Math.min(end, start + SAMPLE_HEAD)).forEach((row, g) => (grid[g] = row));
    const spreadAt = spreadRows(start, end).filter((g) => grid[g] === undefined);
    if (spreadAt.length > 0) {
      const cols = names.map((n) => `"${n.replace(/"/g, '""')}"`).join(', ');
      const list = spreadAt.map((g) => g - start).join(', ');
      const sql =
        input.kind === 'csv'
          ? `SELECT ${cols} FROM ${data} WHERE rowid IN (${list}) ORDER BY rowid`
          : input.files.length === 1
            ? `SELECT ${cols} FROM ${data} WHERE file_row_number IN (${list}) ORDER BY file_row_number`
            : `SELECT ${cols} FROM (SELECT *, row_number() OVER () - 1 AS data_row FROM ${data}) AS numbered WHERE data_row IN (${list}) ORDER BY data_row`;
      const fetched = (await conn.runAndReadAll(sql)).getRowsJS();
      fetched.forEach((row, k) => {
        grid[spreadAt[k]] = row.map((v) =>
          input.kind === 'csv' && typeof v === 'string' ? toCell(v) : cellOf(v),
        );
      });
    }
    const det = detectColumns(grid, detectOpts, { end }) as Detected | { ok: false; message: string };
    if (!det.ok) return { ok: false, declined: ['DETECTION'], detail: det.message };
    lap('detect');
    const mapping = det.mapping;
    const report = currencyCode(settings.currency ?? 'CNY') ?? 'CNY';
    const unsupported: DuckDecline[] = sqlUnsupported(mapping, report);
    const dateColumn = mapping.roles.date?.column;
    if (dateColumn !== undefined && !sqlReadsDates(det.sample, dateColumn)) unsupported.push('DATE_FORM');
    if (unsupported.length > 0) return { ok: false, declined: unsupported };
    const spec = aggregateSpec(availableOfMapping(mapping), settings);
    if (opts.sqlFor) {
      // the warehouse's table has the headers as column names and no row order
      const table: SqlSource = {
        table: opts.sqlFor.table,
        columns: mapping.headers.map((h, c) => ({
          name: h.trim() !== '' ? h : `column${c}`,
          kind: kinds[c] ?? 'text',
        })),
        rowNumber: null,
      };
      const manifest = JSON.stringify({ spec, mapping, currency: report });
      const sql = sqlScript(aggregateQueries(spec, mapping, table, opts.sqlFor.dialect), {
        table: opts.sqlFor.table,
        dialect: opts.sqlFor.dialect,
        notes: SQL_NOTES,
        manifest,
      });
      return { ok: true, sql };
    }
    const source: SqlSource = {
      table: data,
      raw: true,
      columns: names
        .slice(0, Math.max(det.width, names.length))
        .map((name, c) => ({ name, kind: kinds[c] ?? 'text' })),
      // one numbering over the folder's files in order (a Parquet file's rows are numbered per file)
      rowNumber:
        folder && input.kind === 'parquet'
          ? `${rowNumber(headerRow)} + CASE filename ${input.files.map((f, i) => `WHEN '${f.replace(/'/g, "''")}' THEN ${offsets[i]}`).join(' ')} END`
          : rowNumber(headerRow),
    };
    source.ruleValues = await ruleValues(conn, mapping, source, det.sample);
    lap('rule values');
    const queries = aggregateQueries(spec, mapping, source, 'duckdb');
    const results: SqlResults = splitCombined(
      spec,
      mapping,
      await rowsOf(conn, combinedQuery(spec, mapping, source)),
    );
    lap('aggregates');
    // Row-level issues only when the counts show some: their row numbers cost a second ordered scan.
    const quality = results.quality ?? [];
    const needsIssues = quality.some((r) => String(r.reason) !== 'USED' || Number(r.negative_rows ?? 0) > 0);
    const byName = new Map(queries.map((q) => [q.name, q.sql]));
    results.issues = needsIssues ? await rowsOf(conn, byName.get('issues') ?? '') : [];
    lap('issues');
    // The exact duplicate comparison only when some rows share a hash (a cheap check first)
    const check = await rowsOf(conn, byName.get('duplicate_check') ?? '');
    results.duplicates =
      Number(check[0]?.repeated_hashes ?? 0) > 0 ? await rowsOf(conn, byName.get('duplicates') ?? '') : [];
    lap('duplicates');
    const agg = settleBreakdown(aggregatesFromResults(spec, report, results), settings);
    const counted = qualityFromResults(mapping, results, settings.language);
    // a folder's rows were numbered over all its files: each issue names its file and that file's row
    const parts: SheetPart[] = input.files.map((f, i) => ({
      sheet: basename(f),
      firstGridRow: headerRow + 1 + offsets[i],
      firstSheetRow: headerRow + 2,
      rows: perFile[i],
      nameValue: null,
    }));
    const q = folder
      ? {
          ...counted,
          skipped: counted.skipped.map((s) => relocateIssue(s, parts, settings.language)),
          flagged: counted.flagged.map((s) => relocateIssue(s, parts, settings.language)),
        }
      : counted;
    const result = runReviewFromAggregates(agg, q, mapping, settings, {
      sheet: opts.sheet,
      targetGrid: opts.targetGrid,
    });
    lap('review');
    return { ok: true, result, rows: total, mapping, timings };
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
