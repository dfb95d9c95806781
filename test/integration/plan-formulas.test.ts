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
