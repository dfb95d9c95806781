/** The benchmark's work done by the core: ingest, two group-bys and the customer lifecycle. */
import { performance } from 'node:perf_hooks';
import { ingest } from '../core/table';
import { aggregate, customerLifecycle } from '../core/metrics';
import type { AggregateResult, CustomerLifecycle } from '../core/metrics';
import type { Grid, Table } from '../core/table/types';

export interface StageTimes {
  ingest: number;
  byQuarterRegionProduct: number;
  byCustomer: number;
  lifecycle: number;
  total: number;
}

export interface CoreOutput {
  table: Table;
  quarterRegionProduct: AggregateResult;
  customer: AggregateResult;
  lifecycle: CustomerLifecycle;
  times: StageTimes;
}

/**
 * Runs ingest → aggregate (fy × fq × region × product; customer) → lifecycle for `year`.
 * @example runCore(makeGrid({ rows: 1000 }), 2025).times.total
 */
export function runCore(grid: Grid, year: number): CoreOutput {
  const t0 = performance.now();
  const res = ingest(grid);
  if (!res.ok) throw new Error(`ingest failed: ${res.code} ${res.message}`);
  const table = res.table;
  const t1 = performance.now();
  const quarterRegionProduct = aggregate(table, { by: ['fy', 'fq', 'region', 'product'], startMonth: 1 });
  const t2 = performance.now();
  const customer = aggregate(table, { by: ['customer'], startMonth: 1, filterYears: [year] });
  const t3 = performance.now();
  const lifecycle = customerLifecycle(table, year, 1);
  const t4 = performance.now();
  return {
    table,
    quarterRegionProduct,
    customer,
    lifecycle,
    times: {
      ingest: t1 - t0,
      byQuarterRegionProduct: t2 - t1,
      byCustomer: t3 - t2,
      lifecycle: t4 - t3,
      total: t4 - t0,
    },
  };
}
