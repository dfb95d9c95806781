/**
 * The aggregate spec as SQL: one plain query per aggregate, each with a comment saying what it
 * feeds. Every query starts from the same three steps — cells (the columns as trimmed text or
 * typed values), parsed (dates and amounts read as ingest reads them) and checked (each row's
 * reason to be skipped, or none) — so a data team can read, run and audit any one of them alone.
 */
import { DIMENSION_ROLES, type ColumnMapping, type MeasureRole } from '../../table';
import type { AggregateSpec } from '../types';
import { sqlDialect, type SqlDialect, type SqlDialectName } from './dialect';
import { headerKeys, type RuleValues, type SqlSource } from './source';

/** One query: its name (the results file is <name>.csv or <name>.json), what it feeds, its text. */
export interface SqlQuery {
  name: string;
  feeds: string;
  sql: string;
}

/** The measure columns of the results, by role. */
export const MEASURE_COLUMN: Record<MeasureRole, string> = {
  amount: 'amount',
  cost: 'cost',
  grossProfit: 'gross_profit',
  quantity: 'quantity',
  target: 'target',
  stretchTarget: 'stretch_target',
};

const NUMBER = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)`;
// Currency marks are formatting (parseAmountText): dropped with spaces, commas and quotes.
const AMOUNT_NOISE = String.raw`[\s,'¥$€£]|^(?:hk|nt|us|rmb|cny|usd|hkd|twd|eur)|(?:hk|nt|us|rmb|cny|usd|hkd|twd|eur|元)$`;
const ZH_SUBTOTAL = '合计|合計|小计|小計|总计|總計|共计|共計|汇总|匯總|彙總|总和|總和';
const EN_SUBTOTAL_END = String.raw`(?:.*\s)?(?:grand\s*total|sub-?\s*total|total)s?\s*[:：]?`;
const EN_SUBTOTAL_START = String.raw`(?:grand\s*total|sub-?\s*total|total)s?\s*(?:[:：-].*)?`;
const SUBTOTAL_RAW = '合|小|总|總|共|汇|匯|彙|total';
const HEADER_PUNCT = String.raw`[\s_\-:：/\\.·*#'"“”‘’,，、|]|[(\[【{][^)\]】}]*[)\]】}]`;
// The day forms ingest reads in SQL (parseDateText's first four rules); others go through the core.
const DAY = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:[ t].*)?`;
const DAY8 = String.raw`(\d{4})(\d{2})(\d{2})`;
const MONTH = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月份?)?`;
const MONTH6 = String.raw`(\d{4})(\d{2})`;

/** `re` with only its k-th group capturing (the others made non-capturing), anchored. */
function onlyGroup(re: string, k: number): string {
  let n = 0;
  return `^${re.replace(/\((?!\?)/g, () => (++n === k ? '(' : '(?:'))}$`;
}

interface Ctx {
  d: SqlDialect;
  source: SqlSource;
  mapping: ColumnMapping;
  spec: AggregateSpec;
}

const cell = (c: number): string => `c${c}`;

/** The column of a spec dimension (a role, or an extra dimension by key or header). */
function dimensionColumn(mapping: ColumnMapping, d: string): number {
  const role = mapping.roles[d as keyof ColumnMapping['roles']];
  if (role) return role.column;
  const extra = mapping.extraDimensions.find((e) => e.header === d || mapping.headers[e.column] === d);
  if (!extra) throw new Error(`no column for dimension ${d}`);
  return extra.column;
}

/** Step 1: each column as trimmed text (blank → NULL), or its typed value. */
function cellsStep(x: Ctx, withRow: boolean): string {
  const { d, source } = x;
  const cols = source.columns.map((col, c) => {
    const id = d.ident(col.name);
    // a column whose values were all seen trimmed and non-blank (ruleValues) is read as it is
    const trim = source.ruleValues?.[c]?.untrimmed !== false;
    const v = col.kind !== 'text' ? id : trim ? `NULLIF(TRIM(${d.text(id)}), '')` : d.text(id);
    return `    ${v} AS ${cell(c)}`;
  });
  if (withRow && source.rowNumber !== null) cols.unshift(`    ${source.rowNumber} AS sheet_row`);
  const from = source.raw ? source.table : d.ident(source.table);
  return `cells AS (\n  -- each column as trimmed text (blank → NULL), or its typed value\n  SELECT\n${cols.join(',\n')}\n  FROM ${from}\n)`;
}

/** An amount read as parseAmount reads it: NULL when blank or not a number. */
function amountOf(x: Ctx, c: number, scale: number): string {
  const { d } = x;
  const col = x.source.columns[c];
  if (col.kind !== 'text') return col.kind === 'number' ? `(${cell(c)} * ${scale})` : 'NULL';
  const s = d.strip(`lower(${cell(c)})`, AMOUNT_NOISE);
  const num = (e: string): string => d.double(e);
  // plain numbers first: one test for nearly every cell, the rest only for the others
  return `(CASE
        WHEN ${d.full(cell(c), NUMBER)} THEN ${num(cell(c))} * ${scale}
        WHEN ${d.full(s, NUMBER)} THEN ${num(s)} * ${scale}
        WHEN ${d.full(s, String.raw`\(${NUMBER}\)`)} THEN -${num(d.strip(s, '[()]'))} * ${scale}
        WHEN ${d.full(s, `${NUMBER}(?:万|萬)`)} THEN ${num(d.strip(s, '万|萬'))} * 10000
        WHEN ${d.full(s, `${NUMBER}(?:亿|億)`)} THEN ${num(d.strip(s, '亿|億'))} * 100000000
        WHEN ${d.full(s, `${NUMBER}%`)} THEN ${num(d.strip(s, '%'))} * 0.01
      END)`;
}

/** Year, month and day parts of the date column as integers (NULL when not a date form read here). */
function dateParts(x: Ctx, c: number, v: string): { y: string; m: string; day: string } {
  const { d } = x;
  const col = x.source.columns[c];
  if (col.kind === 'date')
    return { y: `EXTRACT(YEAR FROM ${v})`, m: `EXTRACT(MONTH FROM ${v})`, day: `EXTRACT(DAY FROM ${v})` };
  const t = col.kind === 'number' ? d.text(v) : `lower(${v})`;
  // a plain number that is not yyyymmdd / yyyymm is a spreadsheet serial (parseDateNumber); the
  // cast sits inside CASE, the one form every dialect evaluates only for the rows it matches
  const num = `(CASE WHEN ${d.full(t, String.raw`\d+(?:\.\d+)?`)} AND NOT ${d.full(t, String.raw`\d{6}|\d{8}`)} THEN ${d.double(t)} END)`;
  const isSerial = `${num} BETWEEN 1 AND 2958465`;
  const serial = d.serialDate(`(CASE WHEN ${isSerial} THEN ${num} END)`);
  const part = (k: number, fallback: string, serialPart: string): string =>
    `COALESCE(${d.int(d.group(t, onlyGroup(DAY, k)))}, ${d.int(d.group(t, onlyGroup(DAY8, k)))}, ${fallback}, CASE WHEN ${isSerial} THEN EXTRACT(${serialPart} FROM ${serial}) END)`;
  return {
    y: part(
      1,
      `${d.int(d.group(t, onlyGroup(MONTH, 1)))}, ${d.int(d.group(t, onlyGroup(MONTH6, 1)))}`,
      'YEAR',
    ),
    m: part(
      2,
      `${d.int(d.group(t, onlyGroup(MONTH, 2)))}, ${d.int(d.group(t, onlyGroup(MONTH6, 2)))}`,
      'MONTH',
    ),
    day: part(3, `CASE WHEN ${d.full(t, MONTH)} OR ${d.full(t, MONTH6)} THEN 1 END`, 'DAY'),
  };
}

/** Whether a text cell marks a subtotal row (isSubtotalLabel). */
function subtotalOf(x: Ctx, v: string): string {
  const { d } = x;
  return `(${d.has(v, ZH_SUBTOTAL)} OR ${d.full(v, EN_SUBTOTAL_END, true)} OR ${d.full(v, EN_SUBTOTAL_START, true)})`;
}

/** Whether a text cell is its column's header again (a repeated header cell): its key equals the header's. */
function headerCellOf(x: Ctx, v: string, key: string): string {
  return `${x.d.strip(`lower(${v})`, HEADER_PUNCT)} = ${x.d.str(key)}`;
}

/** Steps 2 and 3: dates and amounts read, then each row's reason to be skipped (NULL: used). */
function parsedSteps(x: Ctx, withRow: boolean): string {
  const { d, source, mapping, spec } = x;
  const roles = mapping.roles;
  const textCols = source.columns.map((c, i) => ({ ...c, i })).filter((c) => c.kind === 'text');
  const keys = headerKeys(mapping.headers);
  const headerCols = keys.filter((k) => k !== '').length;
  const need = Math.min(2, Math.max(1, headerCols));
  const dateCol = (roles.date ?? roles.period)?.column ?? 0;
  // A text date is read once per distinct value (a ledger has a few thousand days, not millions)
  const perValue = source.columns[dateCol].kind !== 'date';
  const parts = dateParts(x, dateCol, perValue ? 'date_value' : cell(dateCol));
  const measureCols = spec.measures.map((m) => {
    const det = roles[m];
    return det ? `    ${amountOf(x, det.column, det.unit?.scale ?? 1)} AS ${MEASURE_COLUMN[m]}` : '';
  });
  const amountCol = roles.amount?.column ?? 0;
  const blank = source.columns.map((_c, i) => `${cell(i)} IS NULL`).join(' AND ');
  // Columns whose rule values are known (found once per distinct value) are tested against those
  // lists; the others (every column in a warehouse) by the rules themselves on every row.
  const known = (i: number): RuleValues | null => source.ruleValues?.[i] ?? null;
  const rowCols = textCols.filter((c) => known(c.i) === null);
  const inList = (i: number, values: readonly string[]): string =>
    `${cell(i)} IN (${values.map((v) => d.str(v)).join(', ')})`;
  const hits = rowCols
    .filter((c) => keys[c.i] !== '')
    .map((c) => `CASE WHEN ${headerCellOf(x, cell(c.i), keys[c.i])} THEN 1 ELSE 0 END`);
  const knownHits = textCols
    .filter((c) => (known(c.i)?.header.length ?? 0) > 0)
    .map((c) => `CASE WHEN ${inList(c.i, known(c.i)?.header ?? [])} THEN 1 ELSE 0 END`);
  const subtotal = rowCols.map((c) => subtotalOf(x, cell(c.i)));
  const knownSubtotal = textCols
    .filter((c) => (known(c.i)?.subtotal.length ?? 0) > 0)
    .map((c) => inList(c.i, known(c.i)?.subtotal ?? []));
  // One test of the row's text first: the exact per-cell tests run only on rows it lets through
  const rowText = d.joinText(rowCols.map((c) => cell(c.i)));
  const subtotalSign = d.has(rowText, `${ZH_SUBTOTAL}|total`, true);
  const headerSign = d.has(
    d.strip(`lower(${rowText})`, HEADER_PUNCT),
    [...new Set(rowCols.map((c) => keys[c.i]).filter((k) => k !== ''))]
      .map((k) => k.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'))
      .join('|') || 'x^',
  );
  const headerCells = [
    ...(hits.length > 0 ? [`CASE WHEN ${headerSign} THEN ${hits.join(' + ')} ELSE 0 END`] : []),
    ...knownHits,
  ];
  const subtotalRow = [
    ...(subtotal.length > 0
      ? [`CASE WHEN ${subtotalSign} THEN (${subtotal.join(' OR ')}) ELSE FALSE END`]
      : []),
    ...knownSubtotal,
  ];
  // the label a subtotal row is reported by: read only on the rows found to be one
  const subtotalRaw = textCols.map(
    (c) => `CASE WHEN ${d.has(cell(c.i), SUBTOTAL_RAW, true)} THEN ${cell(c.i)} END`,
  );
  const keep = [
    ...source.columns.map((_c, i) => cell(i)),
    ...(withRow && source.rowNumber !== null ? ['sheet_row'] : []),
  ];
  // dimension values as cleanText leaves them: runs of spaces made one
  const spaced = (c: number): string =>
    known(c)?.spaced === false
      ? cell(c)
      : `CASE WHEN strpos(${cell(c)}, '  ') > 0 THEN ${d.spaces(cell(c))} ELSE ${cell(c)} END`;
  const dims = spec.dimensions.map((dim, k) => `    ${spaced(dimensionColumn(mapping, dim))} AS dim${k}`);
  const customer = roles.customer ? [`    ${spaced(roles.customer.column)} AS customer`] : [];
  const start = spec.startMonth;
  const fy = start === 1 ? 'y' : `y + CASE WHEN m >= ${start} THEN 1 ELSE 0 END`;
  const fm = start === 1 ? 'm' : `MOD(m - ${start} + 12, 12) + 1`;
  const daysIn = `CASE WHEN m = 2 THEN CASE WHEN MOD(y, 4) = 0 AND (MOD(y, 100) <> 0 OR MOD(y, 400) = 0) THEN 29 ELSE 28 END WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
  const dateStep = perValue
    ? `date_parts AS (
  -- each distinct date text read once: year, month and day (NULL when not a date read here)
  SELECT date_value, ${parts.y} AS y, ${parts.m} AS m, ${parts.day} AS dd
  FROM (SELECT DISTINCT ${cell(dateCol)} AS date_value FROM cells) AS date_values
),
`
    : '';
  return `${dateStep}parsed AS (
  -- dates and amounts read as the core reads them; the signs of a skipped row
  SELECT
${keep.map((k) => `    ${k}`).join(',\n')},
${[...measureCols.filter((s) => s !== ''), ...dims, ...customer].join(',\n')},
    ${cell(amountCol)} AS amount_text,
    ${cell(dateCol)} AS date_text,
    ${perValue ? 'date_parts.y' : parts.y} AS y,
    ${perValue ? 'date_parts.m' : parts.m} AS m,
    ${perValue ? 'date_parts.dd' : parts.day} AS dd,
    ${blank} AS blank_row,
    ${headerCells.length > 0 ? headerCells.join(' + ') : '0'} AS header_cells,
    ${subtotalRow.length > 0 ? subtotalRow.join(' OR ') : 'FALSE'} AS subtotal_row
  FROM cells${
    perValue
      ? `
  LEFT JOIN date_parts ON ${cell(dateCol)} = date_parts.date_value`
      : ''
  }
),
checked AS (
  -- each row's reason to be skipped, in ingest's order; NULL: the row is used
  SELECT
    *,
    ${subtotalRaw.length > 0 ? `CASE WHEN subtotal_row THEN COALESCE(${subtotalRaw.join(', ')}) END` : 'NULL'} AS subtotal_text,
    ${fy} AS fiscal_year,
    ${fm} AS fiscal_month,
    CASE
      WHEN blank_row THEN 'BLANK_ROW'
      WHEN header_cells >= ${need} THEN 'REPEATED_HEADER'
      WHEN subtotal_row THEN 'SUBTOTAL_ROW'
      WHEN amount_text IS NULL THEN 'NO_AMOUNT'
      WHEN amount IS NULL THEN 'BAD_AMOUNT'
      WHEN date_text IS NULL THEN 'NO_DATE'
      WHEN y IS NULL OR y < 1000 OR y > 9999 OR m < 1 OR m > 12 OR dd < 1 OR dd > ${daysIn} THEN 'BAD_DATE'
    END AS reason
  FROM parsed
),
used AS (
  -- the rows the review counts
  SELECT
    fiscal_year,
    fiscal_month,
${[...spec.measures.map((m) => `    ${MEASURE_COLUMN[m]}`), ...spec.dimensions.map((_d, k) => `    dim${k}`), ...(roles.customer ? ['    customer'] : []), ...(withRow && source.rowNumber !== null ? ['    sheet_row'] : []), ...source.columns.map((_c, i) => `    ${cell(i)}`)].join(',\n')}
  FROM checked
  WHERE reason IS NULL
)`;
}

function prefix(x: Ctx, withRow = false): string {
  return `WITH\n${cellsStep(x, withRow)},\n${parsedSteps(x, withRow)}`;
}

/** The group sums every aggregate carries (MeasureSums). */
function sums(x: Ctx): string {
  const out = ['COUNT(*) AS row_count'];
  for (const m of x.spec.measures) out.push(`COALESCE(SUM(${MEASURE_COLUMN[m]}), 0) AS ${MEASURE_COLUMN[m]}`);
  return out.map((s) => `  ${s}`).join(',\n');
}

/**
 * The spec's queries in a dialect: periods, one per dimension, customers, quality, filled, issues
 * and (with row numbers) the duplicate check and duplicates.
 * @example aggregateQueries(spec, mapping, source, 'bigquery')[0].name // 'periods'
 */
export function aggregateQueries(
  spec: AggregateSpec,
  mapping: ColumnMapping,
  source: SqlSource,
  dialect: SqlDialectName,
): SqlQuery[] {
  const x: Ctx = { d: sqlDialect(dialect), source, mapping, spec };
  const p = prefix(x);
  const out: SqlQuery[] = [
    {
      name: 'periods',
      feeds: 'the year and month totals: overview, trend, quarters, YoY/QoQ, attainment',
      sql: `${p}\nSELECT\n  fiscal_year,\n  fiscal_month,\n${sums(x)}\nFROM used\nGROUP BY fiscal_year, fiscal_month\nORDER BY fiscal_year, fiscal_month`,
    },
  ];
  spec.dimensions.forEach((dim, k) => {
    out.push({
      name: `segment_${k + 1}`,
      feeds: `the breakdown by ${mapping.roles[dim as keyof ColumnMapping['roles']]?.header ?? dim} (${dim}) per fiscal month (a partial year compares the same months)`,
      sql: `${p}\nSELECT\n  fiscal_year,\n  fiscal_month,\n  COALESCE(dim${k}, '') AS segment,\n${sums(x)}\nFROM used\nGROUP BY fiscal_year, fiscal_month, COALESCE(dim${k}, '')\nORDER BY fiscal_year, fiscal_month, segment`,
    });
  });
  if (spec.customer) {
    out.push({
      name: 'customers',
      feeds: 'customers: new, lost and returning, concentration, top customers',
      sql: `${p}\nSELECT\n  COALESCE(customer, '') AS customer,\n  fiscal_year,\n  SUM(amount) AS revenue,\n  SUM(CASE WHEN amount > 0 THEN 1 ELSE 0 END) AS purchases\nFROM used\nGROUP BY COALESCE(customer, ''), fiscal_year\nORDER BY customer, fiscal_year`,
    });
  }
  out.push({
    name: 'quality',
    feeds: 'the data-quality tab: rows used and skipped per reason, amounts read, used and skipped, refunds',
    sql: `${p}\nSELECT\n  COALESCE(reason, 'USED') AS reason,\n  COUNT(*) AS row_count,\n  COALESCE(SUM(amount), 0) AS amount,\n  SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS negative_rows,\n  COALESCE(SUM(CASE WHEN amount < 0 THEN amount END), 0) AS negative_amount\nFROM checked\nGROUP BY COALESCE(reason, 'USED')\nORDER BY reason`,
  });
  const roles = mapping.roles;
  const filled = [`  COUNT(*) AS row_count`];
  for (const m of spec.measures) filled.push(`  COUNT(${MEASURE_COLUMN[m]}) AS ${MEASURE_COLUMN[m]}`);
  for (const role of DIMENSION_ROLES) {
    const det = roles[role];
    if (det) filled.push(`  COUNT(${cell(det.column)}) AS ${role}`);
  }
  out.push({
    name: 'filled',
    feeds: 'completeness: used rows with each column filled',
    sql: `${p}\nSELECT\n${filled.join(',\n')}\nFROM used`,
  });
  const row = source.rowNumber !== null ? 'sheet_row' : 'NULL';
  const wr = prefix(x, true);
  out.push({
    name: 'issues',
    feeds: 'the data-quality tab: each skipped row and each refund (negative amount) with its reason',
    sql: `${wr}\nSELECT\n  ${row} AS sheet_row,\n  COALESCE(reason, 'REFUND_ROW') AS reason,\n  CASE WHEN reason IN ('BLANK_ROW', 'REPEATED_HEADER', 'NO_AMOUNT', 'BAD_AMOUNT') THEN 0 ELSE COALESCE(amount, 0) END AS amount,\n  CASE reason WHEN 'BAD_AMOUNT' THEN amount_text WHEN 'BAD_DATE' THEN date_text WHEN 'SUBTOTAL_ROW' THEN subtotal_text END AS raw\nFROM checked\nWHERE reason IS NOT NULL OR amount < 0\nORDER BY ${source.rowNumber !== null ? 'sheet_row' : 'reason'}`,
  });
  if (source.rowNumber !== null) {
    // Row numbers exist only in DuckDB (a file read in order), so DuckDB's hash() is used as is.
    // Identical rows hash alike: rows whose hash is unique have no duplicate, and the exact
    // comparison (a window over every column, the costly part) runs on the few others only.
    const all = source.columns.map((_c, i) => cell(i)).join(', ');
    const repeated = `repeated AS (\n  -- row hashes seen more than once (a hash shared by different rows only costs a comparison)\n  SELECT row_hash\n  FROM (SELECT hash(${all}) AS row_hash FROM used) AS hashed\n  GROUP BY row_hash\n  HAVING COUNT(*) > 1\n)`;
    // the check hashes every row's cells, before any parsing: no two rows alike, no two used rows alike
    out.push({
      name: 'duplicate_check',
      feeds: 'whether the duplicates query needs to run: rows whose cells hash alike',
      sql: `WITH\n${cellsStep(x, false)}\nSELECT COUNT(*) AS repeated_hashes\nFROM (\n  SELECT hash(${all}) AS row_hash\n  FROM cells\n  GROUP BY row_hash\n  HAVING COUNT(*) > 1\n) AS repeated`,
    });
    out.push({
      name: 'duplicates',
      feeds: 'the data-quality tab: used rows identical to an earlier used row (kept, flagged)',
      sql: `${wr},\n${repeated}\nSELECT sheet_row, first_row, amount\nFROM (\n  SELECT\n    sheet_row,\n    amount,\n    MIN(sheet_row) OVER (PARTITION BY ${all}) AS first_row\n  FROM used\n  WHERE hash(${all}) IN (SELECT row_hash FROM repeated)\n) AS rows_with_first\nWHERE sheet_row > first_row\nORDER BY sheet_row`,
    });
  }
  return out;
}

/**
 * The queries as one script: a header saying what it is and which rules are not applied, then each
 * query after a comment naming its results file and what it feeds.
 * @example sqlScript(queries, { table: 'sales', dialect: 'postgres', notes: [] })
 */
export function sqlScript(
  queries: readonly SqlQuery[],
  about: { table: string; dialect: SqlDialectName; notes: readonly string[]; manifest: string },
): string {
  const head = [
    `-- Sales Review aggregates for ${about.table} (${about.dialect}).`,
    '-- Run each query where the data is; save its result as <name>.csv or <name>.json in one folder,',
    '-- with this file beside them as queries.sql; then: sales-review review --aggregates <folder>',
    ...about.notes.map((n) => `-- ${n}`),
    `-- sales-review-manifest: ${about.manifest}`,
  ];
  const body = queries.map((q) => `-- ${q.name}: feeds ${q.feeds}\n${q.sql};`);
  return `${head.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/**
 * Every aggregate but the row-level lists in one statement (GROUPING SETS over the checked rows):
 * what an embedded engine runs, reading and parsing each row once where the one-per-aggregate
 * queries read it once each. Every set is split by the row's reason (USED, or why it is skipped):
 * the used rows' sums are the USED groups, and the (reason) set is the data-quality count, so no
 * sum needs a FILTER (they cost 0.4 s of 0.9 s CPU per million rows). splitCombined turns its rows
 * into the results of those queries.
 * @example combinedQuery(spec, mapping, source).includes('GROUPING SETS') // true
 */
export function combinedQuery(spec: AggregateSpec, mapping: ColumnMapping, source: SqlSource): string {
  const x: Ctx = { d: sqlDialect('duckdb'), source, mapping, spec };
  const segs = spec.dimensions.map((_d, k) => `COALESCE(dim${k}, '') AS seg${k}`);
  const sets = [
    '(fiscal_year, fiscal_month, reason_key)',
    ...spec.dimensions.map((_d, k) => `(fiscal_year, fiscal_month, seg${k}, reason_key)`),
    ...(spec.customer ? ['(customer_key, fiscal_year, reason_key)'] : []),
    '(reason_key)',
  ];
  const cols = [
    'fiscal_year',
    'fiscal_month',
    ...spec.dimensions.map((_d, k) => `seg${k}`),
    ...(spec.customer ? ['customer_key'] : []),
    'reason_key',
    'GROUPING(fiscal_year) AS g_fy',
    'GROUPING(fiscal_month) AS g_fm',
    ...spec.dimensions.map((_d, k) => `GROUPING(seg${k}) AS g_seg${k}`),
    ...(spec.customer ? ['GROUPING(customer_key) AS g_customer'] : []),
    'COUNT(*) AS row_count',
    ...spec.measures.map((m) => `COALESCE(SUM(${MEASURE_COLUMN[m]}), 0) AS ${MEASURE_COLUMN[m]}`),
    ...spec.measures.map((m) => `COUNT(${MEASURE_COLUMN[m]}) AS filled_${MEASURE_COLUMN[m]}`),
    ...DIMENSION_ROLES.filter((r) => mapping.roles[r]).map(
      (r) => `COUNT(${cell(mapping.roles[r]?.column ?? 0)}) AS filled_${r}`,
    ),
    ...(spec.customer ? ['COUNT(CASE WHEN amount > 0 THEN 1 END) AS purchases'] : []),
    'COUNT(CASE WHEN amount < 0 THEN 1 END) AS negative_rows',
    'COALESCE(SUM(CASE WHEN amount < 0 THEN amount END), 0) AS negative_amount',
  ];
  const keyed = [
    '*',
    ...segs,
    ...(spec.customer ? ["COALESCE(customer, '') AS customer_key"] : []),
    "COALESCE(reason, 'USED') AS reason_key",
  ];
  return `${prefix(x)},\nkeyed AS (\n  SELECT ${keyed.join(', ')}\n  FROM checked\n)\nSELECT\n${cols.map((c) => `  ${c}`).join(',\n')}\nFROM keyed\nGROUP BY GROUPING SETS (${sets.join(', ')})`;
}

/**
 * A cheap test every cell the row rules pick out passes (so the costly rules run only on the few
 * that pass it): a subtotal label holds 合/小/总… or "total", and a repeated header cell holds its
 * column's header key once punctuation is dropped, so it holds every character of the key (four
 * are tested: a customer name holds 客 but seldom 客 and 称). On 1M cells it costs about a fifth
 * of the rules themselves (0.1 s against 0.5–0.6 s CPU).
 */
function mayBeFlagged(x: Ctx, v: string, key: string): string {
  const sign = x.d.has(v, SUBTOTAL_RAW, true);
  const chars = [...new Set(key)];
  if (chars.length === 0) return sign;
  const picked = [...new Set([chars[0], chars[chars.length - 1], ...chars.slice(1, 3)])];
  // the key is lower case: a cased letter is looked for in the lower-cased cell
  const holds = picked.map(
    (ch) => `strpos(${ch.toUpperCase() !== ch ? `lower(${v})` : v}, ${x.d.str(ch)}) > 0`,
  );
  return `(${sign} OR (${holds.join(' AND ')}))`;
}

/**
 * What the row rules need to know of each text column, each distinct value looked at once: the
 * values that are repeated header cells or subtotal labels, and whether any value needs trimming
 * or has a run of spaces. An embedded engine's first pass: its lists then stand in for the per-row
 * tests and the TRIM of every cell (SqlSource.ruleValues). A column given in `perRow` (mostly
 * distinct values, such as order numbers) has its cells tested row by row in this pass instead of
 * listed first (then its cells are trimmed in the main query). One row: header_<i> and subtotal_<i>
 * (lists), untrimmed_<i> and spaced_<i> (booleans) per text column i.
 * @example ruleValuesQuery(mapping, source, []).includes('GROUPING SETS') // true
 */
export function ruleValuesQuery(
  mapping: ColumnMapping,
  source: SqlSource,
  perRow: readonly number[],
): string | null {
  const d = sqlDialect('duckdb');
  const spec: AggregateSpec = { startMonth: 1, breakdown: [], dimensions: [], measures: [], customer: false };
  const x: Ctx = { d, source: { ...source, ruleValues: undefined }, mapping, spec };
  const keys = headerKeys(mapping.headers);
  const cols = source.columns.map((c, i) => ({ ...c, i })).filter((c) => c.kind === 'text');
  if (cols.length === 0) return null;
  const header = (i: number, v: string): string => (keys[i] !== '' ? headerCellOf(x, v, keys[i]) : 'FALSE');
  const flagged = (i: number, v: string): string => `(${header(i, v)} OR ${subtotalOf(x, v)})`;
  const trimmed = (v: string): string => `NULLIF(TRIM(${v}), '')`;
  const candidates = cols.map(({ name, i }) => {
    const raw = d.text(d.ident(name));
    return perRow.includes(i)
      ? `    CASE WHEN ${mayBeFlagged(x, raw, keys[i])} AND ${flagged(i, trimmed(raw))} THEN ${raw} END AS raw_${i}`
      : `    ${raw} AS raw_${i}`;
  });
  const values = cols.map(({ i }) => `    ${trimmed(`raw_${i}`)} AS value_${i}`);
  const out = cols.flatMap(({ i }) => [
    `  list(value_${i}) FILTER (WHERE ${header(i, `value_${i}`)}) AS header_${i}`,
    `  list(value_${i}) FILTER (WHERE ${subtotalOf(x, `value_${i}`)}) AS subtotal_${i}`,
    perRow.includes(i)
      ? `  TRUE AS untrimmed_${i}`
      : `  COALESCE(bool_or(raw_${i} IS NOT NULL AND (value_${i} IS NULL OR value_${i} <> raw_${i})), FALSE) AS untrimmed_${i}`,
    perRow.includes(i)
      ? `  TRUE AS spaced_${i}`
      : `  COALESCE(bool_or(strpos(value_${i}, '  ') > 0), FALSE) AS spaced_${i}`,
  ]);
  const from = source.raw ? source.table : d.ident(source.table);
  return `WITH
candidates AS (
  -- each text cell as read (a mostly-distinct column: only the cells a rule picks out)
  SELECT
${candidates.join(',\n')}
  FROM ${from}
),
value_sets AS (
  -- each column's distinct values, trimmed
  SELECT
${cols.map(({ i }) => `    raw_${i}`).join(',\n')},
${values.join(',\n')}
  FROM (
    SELECT ${cols.map(({ i }) => `raw_${i}`).join(', ')}
    FROM candidates
    GROUP BY GROUPING SETS (${cols.map(({ i }) => `(raw_${i})`).join(', ')})
  ) AS distinct_values
)
SELECT
${out.join(',\n')}
FROM value_sets`;
}
