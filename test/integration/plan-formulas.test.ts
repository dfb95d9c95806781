/**
 * The core's real SheetDoc (built from a hand-made ReviewModel) rendered to .xlsx and recalculated
 * by LibreOffice: every native formula must compute the value the core put next to it, and editing
 * a plan input must move the plan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FormulaCell, SheetDoc } from '../../core/sheetdoc/types';
import { writeReviewWorkbook } from '../../cli/write-output';
import { layoutOf, sampleModel } from '../core/sheetdoc/sample-model';
import { csvNumber, formulaMismatches, loConvert, loProfile, sheetsAsCsv } from './lo';
import { buildReview } from '../../core/review';
import { domainRows } from '../core/review/fixture';
import { makeTable, mappingOf, qualityOf, settingsOf } from '../helpers/make-table';

const dir = mkdtempSync(join(tmpdir(), 'lo-plan-'));
const cleanup: string[] = [dir];
afterAll(() => cleanup.forEach((p) => rmSync(p, { recursive: true, force: true })));

const isFormula = (v: unknown): v is FormulaCell => typeof v === 'object' && v !== null && 'formula' in v;

function convert(file: string, stem: string): Record<string, string[][]> {
  const profile = loProfile();
  const { outDir } = loConvert(file, 'csv', profile);
  cleanup.push(profile, outDir);
  return sheetsAsCsv(outDir, stem);
}

function computed(doc: SheetDoc, sheets: Record<string, string[][]>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const tab of doc.tabs) {
    tab.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (isFormula(v) && typeof v.value === 'number')
          out.set(`${tab.name}!${r},${c}`, csvNumber(sheets[tab.name]?.[r]?.[c]));
      }),
    );
  }
  return out;
}

describe('live formulas of the core SheetDoc in LibreOffice', () => {
  const doc = layoutOf(sampleModel('zh-CN'));
  const file = join(dir, 'review.xlsx');
  let first = new Map<string, number | null>();
  let sheetsOf: Record<string, string[][]> = {};

  beforeAll(async () => {
    await writeReviewWorkbook({ kind: 'csv', sheetName: 'data', grid: [['x']] }, doc, file);
    sheetsOf = convert(file, 'review');
    first = computed(doc, sheetsOf);
  });

  it('has formulas to check', () => {
    expect(first.size).toBeGreaterThan(5);
  });

  it('computes every formula to the value the core expects', () => {
    expect(formulaMismatches(doc, sheetsOf).wrong).toEqual([]);
  });

  it('recomputes the plan when an input cell is edited', async () => {
    const plan = doc.tabs.find((t) => t.key === 'plan');
    if (!plan) throw new Error('no plan tab');
    const input = plan.inputRanges[0];
    expect(input).toBeDefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cell = wb.getWorksheet(plan.name)!.getCell(input.r0 + 1, input.c0 + 1);
    const before = Number(cell.value);
    cell.value = before === 0 ? 1 : before * 2;
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const after = computed(doc, convert(edited, 'edited'));
    const moved = [...after.entries()].filter(
      ([k, v]) => k.startsWith(`${plan.name}!`) && v !== first.get(k),
    );
    expect(moved.length).toBeGreaterThan(0);
  });
});

describe('the plan’s margin, new-customer and capacity formulas of a real review in LibreOffice', () => {
  // DOMAIN §2: 18,000万 split 3,800/4,200/4,500/5,500 at 27/28/30/31% → 29.2% against a 29% target
  const t = makeTable(domainRows());
  const model = buildReview(
    t,
    qualityOf(t),
    mappingOf(t),
    settingsOf({
      language: 'en',
      displayUnit: '万',
      plan: {
        target: 1.8e8,
        quarterWeights: [3800, 4200, 4500, 5500],
        quarterMargins: [0.27, 0.28, 0.3, 0.31],
        marginTarget: 0.29,
        headcount: 12,
        revenuePerHead: 1.2e7,
      },
    }),
  );
  const doc = layoutOf(model);
  const plan = doc.tabs.find((x) => x.key === 'plan');
  let sheets: Record<string, string[][]> = {};

  beforeAll(async () => {
    const file = join(dir, 'domain.xlsx');
    await writeReviewWorkbook({ kind: 'csv', sheetName: 'data', grid: [['x']] }, doc, file);
    sheets = convert(file, 'domain');
  });

  it('computes every formula to the value the core expects', () => {
    expect(formulaMismatches(doc, sheets).wrong).toEqual([]);
  });

  it('weighs the margins to 29.2% and passes the 29% check; the capacity falls 3,600万 short', () => {
    if (!plan) throw new Error('no plan tab');
    const rows = sheets[plan.name];
    const at = (label: string): string[] => rows[plan.cells.findIndex((r) => r[0] === label)] ?? [];
    expect(csvNumber(at('Year (weighted)')[2])).toBeCloseTo(0.292, 3);
    expect(csvNumber(at('Year (weighted)')[3])).toBeCloseTo(5257, 6);
    expect(at('Weighted margin ≥ gross margin target')[1]).toBe('OK');
    // 12 × 1,200万 = 14,400万 against 18,000万; 15 salespeople needed
    expect(csvNumber(at('Gap to the base target (capacity − target)')[2])).toBeCloseTo(-3600, 6);
    expect(csvNumber(at('Salespeople needed at this revenue per head')[2])).toBe(15);
  });
});

describe('the plan of a small shop in LibreOffice (the rounding unit steps down, core/plan/rounding-unit.ts)', () => {
  // 3,500 of revenue in 2025 (800 / 900 / 700 / 1,100 by quarter, East 80% and West 20%) at the
  // default unit of whole 万: the plan is rounded to tens, and the tab's one unit cell says so.
  const rows = [800, 900, 700, 1100].flatMap((v, i) => [
    { month: `2025-${String(i * 3 + 2).padStart(2, '0')}`, amount: v * 0.8, region: 'East' },
    { month: `2025-${String(i * 3 + 3).padStart(2, '0')}`, amount: v * 0.2, region: 'West' },
  ]);
  const t = makeTable(rows);
  const model = buildReview(
    t,
    qualityOf(t),
    mappingOf(t),
    settingsOf({ language: 'en', plan: { growth: 0.2 } }),
  );
  const doc = layoutOf(model);
  let sheets: Record<string, string[][]> = {};

  beforeAll(async () => {
    const file = join(dir, 'shop.xlsx');
    await writeReviewWorkbook({ kind: 'csv', sheetName: 'data', grid: [['x']] }, doc, file);
    sheets = convert(file, 'shop');
  });

  it('plans 4,200 at a unit of 10, and every formula computes the value the core put beside it', () => {
    expect(model.plan.target).toBe(4200);
    expect(model.plan.inputs.roundTo).toBe(10);
    expect(model.plan.quarters).toEqual([960, 1080, 840, 1320]);
    const m = formulaMismatches(doc, sheets);
    expect(m.wrong).toEqual([]);
    expect(m.checked).toBeGreaterThan(20);
  });
});
