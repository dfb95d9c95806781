import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generate, writeSample } from '../../examples/generate';

const g = generate();
const byYear = (y: number) => g.orders.filter((o) => o.date.getUTCFullYear() === y);
const sum = (xs: { amount: number }[]) => xs.reduce((a, o) => a + o.amount, 0);

describe('generate', () => {
  it('is deterministic (fixed seed)', () => {
    const again = generate();
    expect(again.orders.length).toBe(g.orders.length);
    expect(again.orders.slice(0, 50)).toEqual(g.orders.slice(0, 50));
    expect(sum(again.orders)).toBe(sum(g.orders));
  });

  it('has about 20k orders over 2024 and 2025', () => {
    expect(g.orders.length).toBeGreaterThan(17_000);
    expect(g.orders.length).toBeLessThan(23_000);
    expect(byYear(2024).length).toBeGreaterThan(8000);
    expect(byYear(2025).length).toBeGreaterThan(8000);
  });

  it('has 2025 revenue of 3–4亿, up 10–20% on 2024, about on target', () => {
    const r25 = sum(byYear(2025));
    const r24 = sum(byYear(2024));
    expect(r25).toBeGreaterThan(3e8);
    expect(r25).toBeLessThan(4e8);
    expect(r25 / r24 - 1).toBeGreaterThan(0.1);
    expect(r25 / r24 - 1).toBeLessThan(0.2);
    const base = g.targets.reduce((a, t) => a + t.base, 0);
    expect(r25 / base).toBeGreaterThan(0.95);
    expect(r25 / base).toBeLessThan(1.1);
    expect(g.targets.every((t) => t.stretch > t.base)).toBe(true);
  });

  it('has ~800 customers with churn, a big customer of 12–18% and about 25 salespeople', () => {
    const customers = new Set(g.orders.map((o) => o.customer));
    expect(customers.size).toBeGreaterThan(700);
    expect(customers.size).toBeLessThan(900);
    const c24 = new Set(byYear(2024).map((o) => o.customer));
    const c25 = new Set(byYear(2025).map((o) => o.customer));
    const lost = [...c24].filter((c) => !c25.has(c)).length;
    const fresh = [...c25].filter((c) => !c24.has(c)).length;
    expect(lost).toBeGreaterThan(50);
    expect(fresh).toBeGreaterThan(100);
    const by = new Map<string, number>();
    for (const o of byYear(2025)) by.set(o.customer, (by.get(o.customer) ?? 0) + o.amount);
    const top = Math.max(...by.values()) / sum(byYear(2025));
    expect(top).toBeGreaterThan(0.12);
    expect(top).toBeLessThan(0.18);
    const reps = new Set(g.orders.map((o) => o.owner)).size;
    expect(reps).toBeGreaterThanOrEqual(23);
    expect(reps).toBeLessThanOrEqual(27);
  });

  it('launches one product line in 2025 and is back-loaded (Q4 > Q1)', () => {
    const p24 = new Set(byYear(2024).map((o) => o.product));
    const p25 = new Set(byYear(2025).map((o) => o.product));
    expect([...p25].filter((p) => !p24.has(p))).toHaveLength(1);
    const q = (m0: number) => sum(byYear(2025).filter((o) => Math.floor(o.date.getUTCMonth() / 3) === m0));
    expect(q(3)).toBeGreaterThan(q(0) * 1.3);
  });
});

describe('writeSample', () => {
  const d = mkdtempSync(join(tmpdir(), 'gen-'));
  afterAll(() => rmSync(d, { recursive: true, force: true }));
  const path = join(d, 'sample.xlsx');
  beforeAll(() => writeSample(path));

  it('writes the messy workbook: merged title, blank, subtotal, text amounts, refunds and a targets sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['销售明细', '目标']);
    const ws = wb.getWorksheet('销售明细');
    if (!ws) throw new Error('no sheet');
    expect(ws.model.merges).toContain('A1:I1');
    expect(ws.getRow(3).getCell(1).value).toBe('订单日期');
    const values: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => values.push((row.values as unknown[]).slice(1)));
    expect(values.some((r) => r[0] === '2024年 小计')).toBe(true);
    expect(values.some((r) => typeof r[6] === 'string' && /^\d{1,3}(,\d{3})*\.\d\d$/.test(r[6]))).toBe(true);
    expect(values.some((r) => typeof r[6] === 'string' && /万$/.test(r[6]))).toBe(true);
    expect(values.filter((r) => typeof r[6] === 'number' && r[6] < 0).length).toBeGreaterThan(0);
    expect(values.filter((r) => r.every((v) => v === null || v === undefined)).length).toBeGreaterThanOrEqual(
      3,
    );
    const t = wb.getWorksheet('目标');
    expect(t?.getRow(1).values).toEqual([undefined, '季度', '区域', '目标(元)', '挑战目标(元)']);
    expect(t?.rowCount).toBe(21);
  });

  it('writes byte-identical files on every run', async () => {
    await writeSample(join(d, 'again.xlsx'));
    expect(readFileSync(path).equals(readFileSync(join(d, 'again.xlsx')))).toBe(true);
  });

  it('matches the committed examples/sales-2025.xlsx (regenerate it after changing the generator)', () => {
    expect(
      readFileSync(join(__dirname, '..', '..', 'examples', 'sales-2025.xlsx')).equals(readFileSync(path)),
    ).toBe(true);
  });
});
