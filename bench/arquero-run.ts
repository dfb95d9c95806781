/**
 * The same work with Arquero 7: parse the grid into columns with equivalent simple parsing
 * (serial → year / quarter, text amounts with separators and 万/亿), build the table, then
 * groupby/rollup for fy × fq × region × product, for customers, and the customer lifecycle.
 */
import { performance } from 'node:perf_hooks';
import type { CellValue, Grid } from '../core/table/types';
import type { StageTimes } from './core-run';

type Aq = typeof import('arquero', { with: { 'resolution-mode': 'import' } });

export interface ArqueroOutput {
  groups: number;
  amountTotal: number;
  customers: number;
  lifecycle: { active: number; new: number; returning: number; wonBack: number; lost: number };
  times: StageTimes;
}

function parseNumber(v: CellValue): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  let s = v.replace(/[,¥\s]/g, '');
  let scale = 1;
  if (s.endsWith('万')) {
    scale = 1e4;
    s = s.slice(0, -1);
  } else if (s.endsWith('亿')) {
    scale = 1e8;
    s = s.slice(0, -1);
  }
  const n = Number(s);
  return s === '' ? NaN : n * scale;
}

/** Civil date from an Excel 1900-system serial (days since 1899-12-30), Hinnant's algorithm. */
function serialYearMonth(serial: number): [number, number] {
  const z = Math.floor(serial) - 25569 + 719468; // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m];
}

/**
 * Runs the Arquero pipeline on the grid (header in row 0, columns in HEADERS order).
 * @example await runArquero(aq, makeGrid({ rows: 1000 }), 2025)
 */
export function runArquero(aq: Aq, grid: Grid, year: number): ArqueroOutput {
  const { op } = aq;
  const t0 = performance.now();
  const n = grid.length - 1;
  const fy = new Int32Array(n);
  const fq = new Int32Array(n);
  const region: (string | null)[] = new Array(n);
  const product: (string | null)[] = new Array(n);
  const customer: (string | null)[] = new Array(n);
  const salesperson: (string | null)[] = new Array(n);
  const channel: (string | null)[] = new Array(n);
  const quantity = new Float64Array(n);
  const amount = new Float64Array(n);
  const cost = new Float64Array(n);
  const gp = new Float64Array(n);
  const text = (v: CellValue) => (v === null || v === undefined || v === '' ? null : String(v));
  for (let i = 0; i < n; i++) {
    const row = grid[i + 1];
    const [y, m] = serialYearMonth(row[0] as number);
    fy[i] = y;
    fq[i] = ((m - 1) / 3 + 1) | 0;
    region[i] = text(row[1]);
    product[i] = text(row[2]);
    customer[i] = text(row[3]);
    salesperson[i] = text(row[4]);
    channel[i] = text(row[5]);
    quantity[i] = parseNumber(row[6]);
    amount[i] = parseNumber(row[7]);
    cost[i] = parseNumber(row[8]);
    gp[i] = parseNumber(row[9]);
  }
  const dt = aq.table({
    fy,
    fq,
    region,
    product,
    customer,
    salesperson,
    channel,
    quantity,
    amount,
    cost,
    gp,
  });
  const t1 = performance.now();

  const sums = {
    amount: op.sum('amount'),
    cost: op.sum('cost'),
    gp: op.sum('gp'),
    quantity: op.sum('quantity'),
    rows: op.count(),
    customers: op.distinct('customer'),
  };
  const qrp = dt.groupby('fy', 'fq', 'region', 'product').rollup(sums);
  const t2 = performance.now();
  const byCustomer = dt
    .filter(`d => d.fy === ${year}`)
    .groupby('customer')
    .rollup({
      amount: op.sum('amount'),
      cost: op.sum('cost'),
      gp: op.sum('gp'),
      quantity: op.sum('quantity'),
      rows: op.count(),
    });
  const t3 = performance.now();
  const life = dt
    .filter('d => d.customer !== null')
    .groupby('customer')
    .rollup({
      t: `d => op.max(d.fy === ${year} && d.amount > 0 ? 1 : 0)`,
      p: `d => op.max(d.fy === ${year - 1} && d.amount > 0 ? 1 : 0)`,
      b: `d => op.max(d.fy < ${year - 1} && d.amount > 0 ? 1 : 0)`,
      rev: `d => op.sum(d.fy === ${year} ? d.amount : 0)`,
      prev: `d => op.sum(d.fy === ${year - 1} ? d.amount : 0)`,
    })
    .rollup({
      active: 'd => op.sum(d.t)',
      new: 'd => op.sum(d.t && !d.p && !d.b ? 1 : 0)',
      returning: 'd => op.sum(d.t && d.p ? 1 : 0)',
      wonBack: 'd => op.sum(d.t && !d.p && d.b ? 1 : 0)',
      lost: 'd => op.sum(!d.t && d.p ? 1 : 0)',
    })
    .object() as ArqueroOutput['lifecycle'];
  const t4 = performance.now();

  const amountCol = qrp.array('amount') as ArrayLike<number>;
  let amountTotal = 0;
  for (let i = 0; i < amountCol.length; i++) amountTotal += amountCol[i];
  return {
    groups: qrp.numRows(),
    amountTotal,
    customers: byCustomer.numRows(),
    lifecycle: life,
    times: {
      ingest: t1 - t0,
      byQuarterRegionProduct: t2 - t1,
      byCustomer: t3 - t2,
      lifecycle: t4 - t3,
      total: t4 - t0,
    },
  };
}
