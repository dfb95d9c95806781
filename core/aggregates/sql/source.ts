/**
 * What the SQL is written against: the table (or a DuckDB reader), its columns in sheet order with
 * their kinds, and which rules the SQL cannot apply to this data (then the in-core engine reads it).
 */
import { headerKey, type ColumnMapping, type MoneyRole } from '../../table';
import { MONEY_ROLES } from '../../table';

/** How a column's values arrive: text to be read as the core reads it, or already typed. */
export type SqlColumnKind = 'text' | 'number' | 'date';

export interface SqlColumn {
  /** The column's name in the table (a header, or DuckDB's column0 …). */
  name: string;
  kind: SqlColumnKind;
}

export interface SqlSource {
  /** The FROM item: a table name (quoted by the dialect) or, with `raw`, an expression (read_csv(…)). */
  table: string;
  raw?: boolean;
  /** Grid columns in sheet order (mapping column c is columns[c]). */
  columns: SqlColumn[];
  /**
   * The 1-based sheet row of a row (DuckDB: the file's row number); null in a warehouse, whose
   * tables have no row order (row-level issues then carry no row, and duplicates are not flagged).
   */
  rowNumber: string | null;
  /**
   * Per column (by index), the values the row rules pick out, when an engine found them once per
   * distinct value beforehand (ruleValuesQuery): the rules are then tests against these lists. A
   * column absent or null is tested on every row (a warehouse, or a column with too many such values).
   */
  ruleValues?: readonly (RuleValues | null | undefined)[];
}

/** The values of one text column that mark a repeated header row, or a subtotal row. */
export interface RuleValues {
  /** Values equal to the column's own header (a repeated header cell). */
  header: string[];
  /** Values that are a subtotal or total label (合计, Total …). */
  subtotal: string[];
  /** Whether some value has spaces around it or is blank text (false: the cells need no TRIM). */
  untrimmed: boolean;
  /** Whether some value has a run of spaces inside (false: no value needs them made one). */
  spaced: boolean;
}

/** A rule of ingest the SQL does not apply; the data then goes through the in-core engine. */
export type SqlUnsupported =
  'DERIVED_AMOUNT' | 'REFUND_COLUMN' | 'STATUS_COLUMN' | 'CURRENCY' | 'DATE_AND_PERIOD' | 'DECIMAL_COMMA';

/**
 * The rules a mapping needs that the SQL does not apply (empty: the SQL reads it as ingest does).
 * @example sqlUnsupported(mapping, 'CNY') // ['STATUS_COLUMN']
 */
export function sqlUnsupported(mapping: ColumnMapping, reportCurrency: string): SqlUnsupported[] {
  const r = mapping.roles;
  const out: SqlUnsupported[] = [];
  if (r.amount?.derivedFrom) out.push('DERIVED_AMOUNT');
  if (r.refund) out.push('REFUND_COLUMN');
  if (r.status) out.push('STATUS_COLUMN');
  const foreign = (role: MoneyRole): boolean => {
    const cur = r[role]?.unit?.currency ?? null;
    return cur !== null && cur !== reportCurrency;
  };
  if (r.currency || MONEY_ROLES.some(foreign)) out.push('CURRENCY');
  if (r.date && r.period) out.push('DATE_AND_PERIOD');
  return out;
}

/**
 * The comparison key of each header (repeated-header rows are found by it), '' for none.
 * @example headerKeys(['销售额 (万元)']) // ['销售额']
 */
export function headerKeys(headers: readonly string[]): string[] {
  return headers.map((h) => headerKey(h));
}
