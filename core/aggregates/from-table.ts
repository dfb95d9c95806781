/** The in-memory engine of the aggregates seam: the spec computed from the columnar Table. */
import { aggregate, customerYears, type AggregateResult } from '../metrics';
import { MEASURE_ROLES, type MeasureRole, type Table } from '../table';
import type {
  Aggregates,
  AggregateSpec,
  CustomerYearAggregate,
  MeasureSums,
  PeriodAggregate,
  SegmentAggregate,
} from './types';

function sumsAt(r: AggregateResult, g: number): MeasureSums {
  const at = (role: MeasureRole): number | null => {
    const s = r.sums[role];
    return s ? s[g] : null;
  };
  return {
    amount: at('amount') ?? 0,
    cost: at('cost'),
    grossProfit: at('grossProfit'),
    quantity: at('quantity'),
    target: at('target'),
    stretchTarget: at('stretchTarget'),
    rows: r.rows[g],
  };
}

/** Customers × fiscal years, blank customers as "", customers in dictionary (first-seen) order. */
function customerRows(table: Table, startMonth: number): CustomerYearAggregate[] {
  const values = table.dims.customer?.values ?? [];
  return customerYears(table, startMonth).map((r) => ({
    key: r.customer < 0 ? '' : values[r.customer],
    fiscalYear: r.fiscalYear,
    revenue: r.revenue,
    purchases: r.purchases,
  }));
}

/**
 * The spec's aggregates from a Table (the path every sheet takes): the same grouped sums the
 * review used to compute on its own, in the same order.
 * @example aggregatesOfTable(table, spec).periods[0] // { fiscalYear: 2024, fiscalMonth: 1, sums: … }
 */
export function aggregatesOfTable(table: Table, spec: AggregateSpec): Aggregates {
  const startMonth = spec.startMonth;
  const byPeriod = aggregate(table, { by: ['fy', 'fm'], startMonth });
  const periods: PeriodAggregate[] = byPeriod.keys.map((_k, g) => ({
    fiscalYear: byPeriod.codes[0][g],
    fiscalMonth: byPeriod.codes[1][g],
    sums: sumsAt(byPeriod, g),
  }));
  const segments: Record<string, SegmentAggregate[]> = {};
  for (const d of spec.dimensions) {
    const r = aggregate(table, { by: ['fy', 'fm', d], startMonth });
    segments[d] = r.keys.map((k, g) => ({
      fiscalYear: r.codes[0][g],
      fiscalMonth: r.codes[1][g],
      key: k[2],
      sums: sumsAt(r, g),
    }));
  }
  const filled: Partial<Record<MeasureRole, number>> = {};
  for (const role of MEASURE_ROLES) {
    const col = table.measures[role];
    if (!col) continue;
    let n = 0;
    for (let i = 0; i < col.values.length; i++) if (col.values[i] === col.values[i]) n++;
    filled[role] = n;
  }
  return {
    spec,
    currency: table.currency,
    rows: table.rowCount,
    filled,
    periods,
    segments,
    customers: spec.customer ? customerRows(table, startMonth) : null,
  };
}
