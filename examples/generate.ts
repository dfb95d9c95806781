/**
 * Writes examples/sales-2025.xlsx: a realistic (synthetic) Chinese sales team's order export over
 * 2024–2025, with a 2025 targets sheet, made from a fixed seed so every run gives the same file.
 * The mess real exports have is included on purpose: a merged title row above the header, a
 * blank row, a subtotal row, text amounts ("1,234.50", "12.5万"), blank rows and refunds.
 *
 * Run: npx tsx examples/generate.ts [out.xlsx]
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { entryBytes, openZip, writeZip } from '../cli/zip';

/** mulberry32: a tiny seeded PRNG (deterministic across platforms). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20250101;
/** The generator's random stream; reset by generate() so every call gives the same data. */
let rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
function weighted<T>(items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rand() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i];
    if (x <= 0) return items[i];
  }
  return items[items.length - 1];
}

type Region = '华东' | '华南' | '华北' | '西南' | '华中';
const REGIONS: readonly Region[] = ['华东', '华南', '华北', '西南', '华中'];
const REGION_WEIGHT = [0.36, 0.24, 0.19, 0.11, 0.1];
/** Revenue growth 2024 → 2025 of returning customers by region: 西南 is the dark horse, 华北 the laggard. */
const REGION_GROWTH: Record<Region, number> = { 华东: 0.1, 华南: 0.08, 华北: -0.06, 西南: 0.32, 华中: 0.06 };
const REGION_CITIES: Record<Region, string[]> = {
  华东: ['上海', '杭州', '南京', '苏州', '宁波', '合肥', '无锡', '温州'],
  华南: ['广州', '深圳', '东莞', '佛山', '厦门', '福州', '南宁'],
  华北: ['北京', '天津', '石家庄', '太原', '济南', '青岛'],
  西南: ['成都', '重庆', '昆明', '贵阳'],
  华中: ['武汉', '长沙', '郑州', '南昌'],
};
const SALES_HEADS: Record<Region, number> = { 华东: 8, 华南: 6, 华北: 5, 西南: 3, 华中: 3 };

interface Product {
  name: string;
  price: number;
  margin: number;
  mix2024: number;
  mix2025: number;
  /** Unit price change in 2025. */
  priceChange: number;
}
const PRODUCTS: readonly Product[] = [
  { name: '智能终端', price: 3200, margin: 0.22, mix2024: 0.31, mix2025: 0.27, priceChange: -0.04 },
  { name: '工业传感器', price: 860, margin: 0.31, mix2024: 0.25, mix2025: 0.22, priceChange: 0.0 },
  { name: '云服务', price: 12800, margin: 0.56, mix2024: 0.14, mix2025: 0.18, priceChange: 0.05 },
  { name: '软件许可', price: 21000, margin: 0.7, mix2024: 0.18, mix2025: 0.16, priceChange: 0.02 },
  { name: '运维服务', price: 4800, margin: 0.4, mix2024: 0.12, mix2025: 0.11, priceChange: 0.03 },
  { name: 'AI质检(新品)', price: 26000, margin: 0.46, mix2024: 0, mix2025: 0.06, priceChange: 0 },
];
const CHANNELS = ['直销', '经销', '电商'] as const;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '军',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
  '晓东',
  '志强',
  '海燕',
  '建华',
  '丽娟',
  '文博',
  '子涵',
  '雨轩',
  '浩然',
  '思远',
  '一鸣',
  '佳怡',
];
const WORDS = [
  '恒达',
  '华瑞',
  '鼎盛',
  '安泰',
  '宏远',
  '金桥',
  '博雅',
  '星辰',
  '瑞丰',
  '中科',
  '海纳',
  '天成',
  '嘉禾',
  '永信',
  '新锐',
  '正泰',
  '同创',
  '卓越',
  '汇通',
  '润和',
  '明德',

  '联合',
  '凯源',
  '盛世',
  '远景',
  '智联',
  '东方',
  '长城',
  '华联',
  '启航',
  '蓝海',
  '国泰',
  '中恒',
  '信达',
  '万象',
  '和光',
  '致远',
  '青松',
  '云帆',
];
const INDUSTRY = [
  '科技',
  '电子',
  '智能制造',
  '精密机械',
  '汽车零部件',
  '医药',
  '新能源',
  '物流',
  '食品',
  '纺织',
  '化工',
  '电气',
  '信息技术',
  '半导体',
  '环保',
];
const SUFFIX = ['有限公司', '股份有限公司', '集团有限公司'];

interface Customer {
  name: string;
  region: Region;
  owner: string;
  channel: (typeof CHANNELS)[number];
  /** Revenue by year (before scaling); 0 = no purchase that year. */
  revenue: Record<number, number>;
}

interface Order {
  date: Date;
  region: Region;
  product: string;
  customer: string;
  owner: string;
  channel: string;
  amount: number;
  cost: number;
  qty: number;
}

function makePeople(): Record<Region, string[]> {
  const used = new Set<string>();
  const out = {} as Record<Region, string[]>;
  for (const r of REGIONS) {
    out[r] = [];
    while (out[r].length < SALES_HEADS[r]) {
      const n = pick([...SURNAMES]) + pick(GIVEN);
      if (!used.has(n)) {
        used.add(n);
        out[r].push(n);
      }
    }
  }
  return out;
}

function makeCustomers(people: Record<Region, string[]>): Customer[] {
  const used = new Set<string>();
  const list: Customer[] = [];
  const make = (kind: 'retained' | 'lost' | 'new' | 'wonBack' | 'old'): Customer => {
    const region = weighted(REGIONS, REGION_WEIGHT);
    let name = '';
    do {
      name = `${pick(REGION_CITIES[region])}${pick(WORDS)}${pick(INDUSTRY)}${pick(SUFFIX)}`;
    } while (used.has(name));
    used.add(name);
    // Lognormal spend: a few large accounts, a long tail of small ones.
    const size = Math.exp(normal() * 1.15);
    const channel =
      size < 0.5 ? weighted(CHANNELS, [0.2, 0.35, 0.45]) : weighted(CHANNELS, [0.62, 0.33, 0.05]);
    const g = REGION_GROWTH[region] + normal() * 0.25;
    const revenue: Record<number, number> = { 2023: 0, 2024: 0, 2025: 0 };
    if (kind === 'retained') {
      revenue[2024] = size;
      revenue[2025] = size * Math.max(0.15, 1 + g);
      if (rand() < 0.3) revenue[2023] = size * 0.15;
    } else if (kind === 'lost') revenue[2024] = size * 0.8;
    else if (kind === 'new') revenue[2025] = size * 0.75 * (region === '西南' ? 1.5 : 1);
    else if (kind === 'wonBack') {
      revenue[2023] = size * 0.3;
      revenue[2025] = size * 0.9;
    } else revenue[2023] = size * 0.3;
    return { name, region, owner: pick(people[region]), channel, revenue };
  };
  for (let i = 0; i < 530; i++) list.push(make('retained'));
  for (let i = 0; i < 105; i++) list.push(make('lost'));
  for (let i = 0; i < 140; i++) list.push(make('new'));
  for (let i = 0; i < 36; i++) list.push(make('wonBack'));
  for (let i = 0; i < 18; i++) list.push(make('old'));
  return list;
}

/** Month weights: Spring Festival dip in February, back-loaded year (front-low, back-high). */
const MONTH_WEIGHT = [0.055, 0.04, 0.075, 0.07, 0.078, 0.087, 0.08, 0.082, 0.093, 0.085, 0.11, 0.145];

const round2 = (x: number): number => Math.round(x * 100) / 100;

function ordersFor(c: Customer, year: number, total: number): Order[] {
  const out: Order[] = [];
  if (total <= 0) return out;
  const n = Math.max(1, Math.min(420, Math.round(total / 33000 + rand() * 1.5)));
  const shares = Array.from({ length: n }, () => -Math.log(1 - rand()));
  const sum = shares.reduce((a, b) => a + b, 0);
  const months = year === 2023 ? [9, 10, 11] : [...Array(12).keys()];
  const mw = year === 2023 ? [1, 1, 1] : MONTH_WEIGHT;
  for (const s of shares) {
    const target = (total * s) / sum;
    const p = weighted(
      PRODUCTS,
      PRODUCTS.map((x) => (year === 2025 ? x.mix2025 : x.mix2024)),
    );
    const unit = p.price * (year === 2025 ? 1 + p.priceChange : 1) * (0.9 + rand() * 0.2);
    const qty = Math.max(1, Math.round(target / unit));
    const amount = round2(qty * unit);
    const margin = p.margin - (year === 2025 && p.name === '智能终端' ? 0.025 : 0) + normal() * 0.03;
    const month = weighted(months, mw);
    const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    out.push({
      date: new Date(Date.UTC(year, month, 1 + Math.floor(rand() * days))),
      region: c.region,
      product: p.name,
      customer: c.name,
      owner: c.owner,
      channel: c.channel,
      amount,
      cost: round2(amount * (1 - margin)),
      qty,
    });
  }
  return out;
}

/** Revenue totals (元) the generator aims at; the big account holds ~12% of 2024 and ~15% of 2025. */
const TOTAL = { 2023: 14_000_000, 2024: 296_000_000, 2025: 333_000_000 } as const;
const BIG_SHARE = { 2023: 0.1, 2024: 0.12, 2025: 0.152 } as const;

export interface Generated {
  orders: Order[];
  targets: { quarter: number; region: Region; base: number; stretch: number }[];
}

/**
 * Builds the orders and targets (deterministic).
 * @example generate().orders.length // ≈ 20,000
 */
export function generate(): Generated {
  rand = rng(SEED);
  const people = makePeople();
  const customers = makeCustomers(people);
  const big: Customer = {
    name: '上海华瑞汽车集团股份有限公司',
    region: '华东',
    owner: people['华东'][0],
    channel: '直销',
    revenue: { 2023: 1, 2024: 1, 2025: 1 },
  };
  const orders: Order[] = [];
  for (const year of [2023, 2024, 2025] as const) {
    const raw = customers.reduce((a, c) => a + c.revenue[year], 0);
    const others = TOTAL[year] * (1 - BIG_SHARE[year]);
    for (const c of customers) orders.push(...ordersFor(c, year, (c.revenue[year] / raw) * others));
    orders.push(...ordersFor(big, year, TOTAL[year] * BIG_SHARE[year]));
  }
  orders.sort((a, b) => a.date.getTime() - b.date.getTime() || a.customer.localeCompare(b.customer));

  // 2025 targets by quarter × region: base ≈ 3.45亿 (quarters 20/24/26/30), stretch = base × 1.12.
  const baseTotal = 345_000_000;
  const qw = [0.2, 0.24, 0.26, 0.3];
  const rw: Record<Region, number> = { 华东: 0.365, 华南: 0.245, 华北: 0.205, 西南: 0.095, 华中: 0.09 };
  const targets: Generated['targets'] = [];
  for (let q = 1; q <= 4; q++) {
    for (const r of REGIONS) {
      const base = Math.round((baseTotal * qw[q - 1] * rw[r]) / 10000) * 10000;
      targets.push({ quarter: q, region: r, base, stretch: Math.round((base * 1.12) / 10000) * 10000 });
    }
  }
  return { orders, targets };
}

const HEADERS = [
  '订单日期',
  '区域',
  '产品线',
  '客户名称',
  '销售员',
  '渠道',
  '销售额(元)',
  '成本(元)',
  '数量',
];

/**
 * Writes the sample workbook.
 * @example await writeSample('examples/sales-2025.xlsx');
 */
export async function writeSample(path: string): Promise<{ rows: number }> {
  const { orders, targets } = generate();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CRM export';
  wb.created = new Date(Date.UTC(2026, 0, 5));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('销售明细', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow(['华信科技 2024–2025 年销售订单明细(导出自 CRM,2026-01-05)']);
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.addRow([]);
  const header = ws.addRow(HEADERS);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

  const mess = rng(7);
  let refunds = 0;
  let subtotalDone = false;
  let sum2024 = 0;
  const blankAt = new Set([1500, 7321, 15444]);
  orders.forEach((o, i) => {
    if (!subtotalDone && o.date.getUTCFullYear() === 2025) {
      ws.addRow(['2024年 小计', null, null, null, null, null, round2(sum2024), null, null]).font = {
        bold: true,
      };
      subtotalDone = true;
    }
    if (o.date.getUTCFullYear() === 2024) sum2024 += o.amount;
    if (blankAt.has(i)) ws.addRow([]);
    let amount: number | string = o.amount;
    const r = mess();
    if (r < 0.0009)
      amount = o.amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    else if (r < 0.0012 && o.amount >= 10000) amount = `${(o.amount / 10000).toFixed(2)}万`;
    ws.addRow([o.date, o.region, o.product, o.customer, o.owner, o.channel, amount, o.cost, o.qty]);
    // A few returns: the same goods booked back as a negative row some weeks later.
    if (refunds < 4 && o.date.getUTCFullYear() === 2025 && o.amount > 50000 && mess() < 0.01) {
      refunds++;
      const back = new Date(o.date.getTime() + 20 * 86400000);
      const date = back.getUTCFullYear() === 2025 ? back : o.date;
      ws.addRow([date, o.region, o.product, o.customer, o.owner, o.channel, -o.amount, -o.cost, -o.qty]);
    }
  });
  ws.getColumn(1).numFmt = 'yyyy-mm-dd';
  ws.getColumn(7).numFmt = '#,##0.00';
  ws.getColumn(8).numFmt = '#,##0.00';
  [12, 8, 14, 34, 10, 8, 14, 14, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const ts = wb.addWorksheet('目标');
  ts.addRow(['季度', '区域', '目标(元)', '挑战目标(元)']).font = { bold: true };
  for (const t of targets) ts.addRow([`2025Q${t.quarter}`, t.region, t.base, t.stretch]);
  ts.getColumn(3).numFmt = '#,##0';
  ts.getColumn(4).numFmt = '#,##0';
  [10, 8, 16, 16].forEach((w, i) => (ts.getColumn(i + 1).width = w));

  await mkdir(dirname(path), { recursive: true });
  // Through our ZIP writer (fixed timestamps) so a rerun gives a byte-identical file.
  const zip = openZip(Buffer.from(await wb.xlsx.writeBuffer()));
  const entries = zip.entries
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => ({ name: e.name, data: entryBytes(zip, e) }));
  entries.sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'));
  await writeZip(path, entries);
  return { rows: orders.length };
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, 'sales-2025.xlsx');
  writeSample(out).then(
    () => undefined,
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
