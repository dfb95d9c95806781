/**
 * A seeded 1,048,576-row × 10-column sales grid shaped like what a host hands the core: serial
 * dates (1900 system), text for region / product / customer / salesperson / channel, numbers, and
 * some amounts as text ("12,345.6", "1.23万"). Same seed, same grid.
 */
import type { CellValue, Grid } from '../core/table/types';

export const HEADERS = [
  '日期',
  '区域',
  '产品',
  '客户名称',
  '销售员',
  '渠道',
  '数量',
  '销售额',
  '成本',
  '毛利',
];

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['华东', '华南', '华北', '华中', '西南', '西北', '东北', '港澳台'];
const CHANNELS = ['直销', '经销', '电商', '大客户'];
/** Excel serials of 1 January 2023, 2024, 2025 and 2026 (1900 date system). */
const YEAR_START = [44927, 45292, 45658, 46023];

export interface GridOptions {
  /** Total grid rows including the header row. */
  rows: number;
  seed?: number;
  customers?: number;
  products?: number;
  salespeople?: number;
}

/**
 * Generates the grid: three years 2023–2025 with customers acquired in each year and buying in
 * later years with probability 0.8 (so there are new, returning, won-back and lost customers),
 * about 2% blank customers, 1% refunds, 4% amounts as text with separators and 1% as 万 text.
 * @example makeGrid({ rows: 1_048_576 }).length // 1048576
 */
export function makeGrid(options: GridOptions): Grid {
  const rnd = prng(options.seed ?? 20251231);
  const customers = Array.from(
    { length: options.customers ?? 20000 },
    (_, i) => `客户${String(i + 1).padStart(5, '0')}`,
  );
  const products = Array.from(
    { length: options.products ?? 40 },
    (_, i) => `产品线${String.fromCharCode(65 + (i % 26))}${i}`,
  );
  const people = Array.from({ length: options.salespeople ?? 200 }, (_, i) => `销售${i + 1}`);
  const active: string[][] = [[], [], []];
  for (const c of customers) {
    const u = rnd();
    const start = u < 0.6 ? 0 : u < 0.8 ? 1 : 2;
    for (let y = start; y < 3; y++) if (y === start || rnd() < 0.8) active[y].push(c);
  }
  const grid: CellValue[][] = new Array(options.rows);
  grid[0] = HEADERS;
  for (let r = 1; r < options.rows; r++) {
    const yu = rnd();
    const y = yu < 0.3 ? 0 : yu < 0.63 ? 1 : 2;
    const serial = YEAR_START[y] + Math.floor(rnd() * (YEAR_START[y + 1] - YEAR_START[y]));
    // Skewed customer choice: a few large customers, a long tail.
    const pool = active[y];
    const cu = rnd() < 0.02 ? null : pool[Math.floor(pool.length * Math.pow(rnd(), 2))];
    const qty = 1 + Math.floor(rnd() * 50);
    const price = 50 + Math.floor(rnd() * 2000);
    let amount = Math.round(qty * price * (0.9 + rnd() * 0.2) * 100) / 100;
    if (rnd() < 0.01) amount = -amount;
    const cost = Math.round(amount * (0.6 + rnd() * 0.2) * 100) / 100;
    const u = rnd();
    let amountCell: CellValue = amount;
    if (u < 0.04) amountCell = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
    else if (u < 0.05) {
      const wan = Math.round(amount / 100) / 100;
      amount = wan * 10000;
      amountCell = `${wan}万`;
    }
    grid[r] = [
      serial,
      REGIONS[Math.floor(rnd() * REGIONS.length)],
      products[Math.floor(rnd() * products.length)],
      cu,
      people[Math.floor(rnd() * people.length)],
      CHANNELS[Math.floor(rnd() * CHANNELS.length)],
      qty,
      amountCell,
      cost,
      Math.round((amount - cost) * 100) / 100,
    ];
  }
  return grid;
}
