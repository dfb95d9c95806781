/**
 * The one way tests build a columnar Table without going through ingest: rows as objects, a column
 * per role some row names, plus the mapping and the clean quality report such a table implies.
 * Tests of ingest itself (test/core/table) start from grids instead.
 */
import type {
  ColumnMapping,
  DataQualityReport,
  DimensionColumn,
  DimensionRole,
  MeasureColumn,
  MeasureRole,
  Role,
  Table,
} from '../../core/table/types';
import { MEASURE_ROLES, DIMENSION_ROLES } from '../../core/table/types';
import {
  ReviewSettingsSchema,
  type ReviewSettings,
  type ReviewSettingsInput,
} from '../../core/settings/schema';

/** One record. A measure a row omits is NaN, a dimension it omits is blank. */
export interface Row {
  /** "YYYY-MM". */
  month: string;
  /** Day of month; 0 (month only) when omitted. */
  day?: number;
  amount: number;
  cost?: number;
  grossProfit?: number;
  quantity?: number;
  target?: number;
  stretchTarget?: number;
  customer?: string | null;
  region?: string | null;
  product?: string | null;
  channel?: string | null;
  salesperson?: string | null;
  /** Extra text columns by header (State, Sub-Category …). */
  extra?: Record<string, string | null>;
}

function dimColumn(key: string, cells: (string | null | undefined)[]): DimensionColumn {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(cells, (v) => {
    if (v === null || v === undefined || v === '') return -1;
    let c = index.get(v);
    if (c === undefined) {
      c = values.length;
      values.push(v);
      index.set(v, c);
    }
    return c;
  });
  return { key, header: key, codes, values };
}

/**
 * A Table with a column per role some row names; sheet rows numbered from 2 (under a header).
 * @example makeTable([{ month: '2025-01', amount: 5, region: '华东' }]).dims.region?.values // ['华东']
 */
export function makeTable(rows: Row[]): Table {
  const measures: Table['measures'] = {};
  for (const role of MEASURE_ROLES as readonly MeasureRole[]) {
    if (!rows.some((r) => r[role] !== undefined)) continue;
    const col: MeasureColumn = {
      header: role,
      values: Float64Array.from(rows, (r) => r[role] ?? NaN),
      unit: { scale: 1, currency: null, source: null },
    };
    measures[role] = col;
  }
  const dims: Table['dims'] = {};
  for (const role of DIMENSION_ROLES as readonly DimensionRole[])
    if (rows.some((r) => r[role] !== undefined))
      dims[role] = dimColumn(
        role,
        rows.map((r) => r[role]),
      );
  const extraKeys = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  return {
    rowCount: rows.length,
    sourceRow: Int32Array.from(rows, (_r, i) => i + 2),
    monthIndex: Int32Array.from(rows, (r) => {
      const [y, m] = r.month.split('-').map(Number);
      return y * 12 + m - 1;
    }),
    day: Uint8Array.from(rows, (r) => r.day ?? 0),
    measures,
    dims,
    extraDims: extraKeys.map((k) =>
      dimColumn(
        k,
        rows.map((r) => r.extra?.[k]),
      ),
    ),
    currency: 'CNY',
  };
}

/** The mapping a table implies: one header per present role, named like the role. */
export function mappingOf(table: Table): ColumnMapping {
  const roles: ColumnMapping['roles'] = {};
  const headers: string[] = ['date', ...Object.keys(table.measures), ...Object.keys(table.dims)];
  headers.forEach((h, column) => {
    roles[h as Role] = { role: h as Role, column, header: h, confidence: 1, source: 'header' };
  });
  return { headerRow: 0, roles, extraDimensions: [], headers };
}

/** A clean quality report for a table (everything used). */
export function qualityOf(table: Table): DataQualityReport {
  let amount = 0;
  const a = table.measures.amount?.values ?? new Float64Array(0);
  for (const v of a) amount += Number.isNaN(v) ? 0 : v;
  const completeness: DataQualityReport['completeness'] = { date: 1, amount: 1 };
  for (const [k, d] of Object.entries(table.dims)) {
    let filled = 0;
    for (const c of d.codes) if (c >= 0) filled++;
    completeness[k as Role] = table.rowCount ? filled / table.rowCount : 1;
  }
  return {
    rowsRead: table.rowCount,
    rowsUsed: table.rowCount,
    rowsSkipped: 0,
    skipped: [],
    flagged: [],
    amountRead: amount,
    amountUsed: amount,
    amountSkipped: 0,
    refunds: { rows: 0, amount: 0 },
    duplicates: { rows: 0, amount: 0 },
    completeness,
    conversions: [],
  };
}

/** Settings with defaults applied. */
export function settingsOf(input: ReviewSettingsInput = {}): ReviewSettings {
  return ReviewSettingsSchema.parse(input);
}

/** Twelve monthly rows of a year, `perMonth` each (spread over the given attributes). */
export function yearRows(year: number, perMonth: number[], extra: Partial<Row> = {}): Row[] {
  return perMonth.map((amount, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    amount,
    ...extra,
  }));
}
