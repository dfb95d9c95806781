/**
 * The three SQL dialects the aggregate queries are written in. Only the few functions whose
 * spelling differs live here (quoting, regular expressions, casts, adding days); the queries use
 * standard SQL around them. Regular expressions are written once in the subset RE2 (DuckDB,
 * BigQuery) and PostgreSQL's ARE share: classes, \d, \s, (?:…), anchors.
 */

/** A dialect the queries can be written in. */
export type SqlDialectName = 'duckdb' | 'bigquery' | 'postgres';

export const SQL_DIALECTS: readonly SqlDialectName[] = ['duckdb', 'bigquery', 'postgres'];

export interface SqlDialect {
  name: SqlDialectName;
  /** A quoted identifier (column or table name). */
  ident(name: string): string;
  /** A string literal. */
  str(s: string): string;
  /** The value as text. */
  text(expr: string): string;
  /** Whether the whole text matches `re` (ci: case-insensitive). */
  full(expr: string, re: string, ci?: boolean): string;
  /** Whether some part of the text matches `re`. */
  has(expr: string, re: string, ci?: boolean): string;
  /** The text with every match of `re` removed. */
  strip(expr: string, re: string): string;
  /** The first group of `re` in the text, or NULL when it does not match. */
  group(expr: string, re: string): string;
  /** The cells' texts joined by a space (blank cells left out), for a test of a whole row. */
  joinText(exprs: readonly string[]): string;
  /** The text with each run of spaces made one space. */
  spaces(expr: string): string;
  /** Text known to be a plain decimal number, as a double. */
  double(expr: string): string;
  /** Text known to be digits, as an integer. */
  int(expr: string): string;
  /** The calendar year and month of DATE '1899-12-30' plus `days` (a spreadsheet serial). */
  serialDate(days: string): string;
}

/** A table name as written: dotted parts quoted one by one (project.dataset.table, schema.table). */
function dotted(name: string, quote: (part: string) => string): string {
  return name
    .split('.')
    .map((p) => quote(p))
    .join('.');
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

const DUCKDB: SqlDialect = {
  name: 'duckdb',
  ident: (n) => `"${n.replace(/"/g, '""')}"`,
  str: sqlString,
  text: (e) => `CAST(${e} AS VARCHAR)`,
  full: (e, re, ci) => `regexp_full_match(${e}, ${sqlString(re)}${ci ? ", 'i'" : ''})`,
  has: (e, re, ci) => `regexp_matches(${e}, ${sqlString(re)}${ci ? ", 'i'" : ''})`,
  strip: (e, re) => `regexp_replace(${e}, ${sqlString(re)}, '', 'g')`,
  group: (e, re) => `NULLIF(regexp_extract(${e}, ${sqlString(re)}, 1), '')`,
  joinText: (es) => `concat_ws(' ', ${es.join(', ')})`,
  spaces: (e) => `regexp_replace(${e}, '\\s+', ' ', 'g')`,
  double: (e) => `CAST(${e} AS DOUBLE)`,
  int: (e) => `CAST(${e} AS INTEGER)`,
  serialDate: (d) => `(DATE '1899-12-30' + CAST(floor(${d}) AS INTEGER))`,
};

const BIGQUERY: SqlDialect = {
  name: 'bigquery',
  ident: (n) => dotted(n, (p) => `\`${p.replace(/`/g, '\\`')}\``),
  // BigQuery string literals read backslash escapes: each backslash of a pattern is doubled.
  str: (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  text: (e) => `CAST(${e} AS STRING)`,
  full: (e, re, ci) => `REGEXP_CONTAINS(${e}, ${BIGQUERY.str(`${ci ? '(?i)' : ''}^(?:${re})$`)})`,
  has: (e, re, ci) => `REGEXP_CONTAINS(${e}, ${BIGQUERY.str(`${ci ? '(?i)' : ''}${re}`)})`,
  strip: (e, re) => `REGEXP_REPLACE(${e}, ${BIGQUERY.str(re)}, '')`,
  group: (e, re) => `REGEXP_EXTRACT(${e}, ${BIGQUERY.str(re)})`,
  joinText: (es) => `ARRAY_TO_STRING([${es.map((e) => `COALESCE(${e}, '')`).join(', ')}], ' ')`,
  spaces: (e) => `REGEXP_REPLACE(${e}, '\\\\s+', ' ')`,
  double: (e) => `CAST(${e} AS FLOAT64)`,
  int: (e) => `CAST(${e} AS INT64)`,
  serialDate: (d) => `DATE_ADD(DATE '1899-12-30', INTERVAL CAST(FLOOR(${d}) AS INT64) DAY)`,
};

const POSTGRES: SqlDialect = {
  name: 'postgres',
  ident: (n) => dotted(n, (p) => `"${p.replace(/"/g, '""')}"`),
  str: sqlString,
  text: (e) => `CAST(${e} AS TEXT)`,
  full: (e, re, ci) => `(${e} ${ci ? '~*' : '~'} ${sqlString(`^(?:${re})$`)})`,
  has: (e, re, ci) => `(${e} ${ci ? '~*' : '~'} ${sqlString(re)})`,
  strip: (e, re) => `regexp_replace(${e}, ${sqlString(re)}, '', 'g')`,
  group: (e, re) => `substring(${e}, ${sqlString(re)})`,
  joinText: (es) => `concat_ws(' ', ${es.join(', ')})`,
  spaces: (e) => `regexp_replace(${e}, '\\s+', ' ', 'g')`,
  double: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  int: (e) => `CAST(${e} AS INTEGER)`,
  serialDate: (d) => `(DATE '1899-12-30' + CAST(floor(${d}) AS INTEGER))`,
};

/**
 * The dialect of a name.
 * @example sqlDialect('bigquery').ident('orders') // '`orders`'
 */
export function sqlDialect(name: SqlDialectName): SqlDialect {
  return name === 'bigquery' ? BIGQUERY : name === 'postgres' ? POSTGRES : DUCKDB;
}
