/** Test helper: builds a columnar Table from row objects, independent of core/table ingest. */
import type {
  DimensionColumn,
  DimensionRole,
  MeasureColumn,
  MeasureRole,
  Table,
} from '../../../core/table/types';

export interface RowSpec {
  /** "YYYY-MM" month. */
  month: string;
  day?: number;
  amount?: number;
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
  extra?: Record<string, string | null>;
}

const MEASURES: MeasureRole[] = ['amount', 'cost', 'grossProfit', 'quantity', 'target', 'stretchTarget'];
const DIMS: DimensionRole[] = ['customer', 'region', 'product', 'channel', 'salesperson'];

function dimColumn(key: string, cells: (string | null | undefined)[]): DimensionColumn {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(cells.length);
  cells.forEach((v, i) => {
    if (v === null || v === undefined || v === '') {
      codes[i] = -1;
      return;
    }
    let c = index.get(v);
    if (c === undefined) {
      c = values.length;
      values.push(v);
      index.set(v, c);
    }
    codes[i] = c;
  });
  return { key, header: key, codes, values };
}

/**
 * Builds a Table; a measure or dimension column exists only when some row names it (a row that
 * omits a present measure gets NaN, a row that omits a present dimension gets blank).
 */
export function makeTable(rows: RowSpec[]): Table {
  const n = rows.length;
  const measures: Table['measures'] = {};
  for (const role of MEASURES) {
    if (!rows.some((r) => r[role] !== undefined)) continue;
    const col: MeasureColumn = {
      header: role,
      values: Float64Array.from(rows, (r) => (r[role] === undefined ? NaN : (r[role] as number))),
      unit: { scale: 1, currency: null, source: null },
    };
    measures[role] = col;
  }
  const dims: Table['dims'] = {};
  for (const role of DIMS) {
    if (!rows.some((r) => r[role] !== undefined)) continue;
    dims[role] = dimColumn(
      role,
      rows.map((r) => r[role]),
    );
  }
  const extraKeys = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  const extraDims = extraKeys.map((k) =>
    dimColumn(
      k,
      rows.map((r) => r.extra?.[k]),
    ),
  );
  return {
    rowCount: n,
    sourceRow: Int32Array.from(rows, (_r, i) => i + 2),
    monthIndex: Int32Array.from(rows, (r) => {
      const [y, m] = r.month.split('-').map(Number);
      return y * 12 + m - 1;
    }),
    day: Uint8Array.from(rows, (r) => r.day ?? 0),
    measures,
    dims,
    extraDims,
    currency: 'CNY',
  };
}
