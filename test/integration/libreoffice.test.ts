import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeReviewWorkbook } from '../../cli/write-output';
import { sampleDoc, userWorkbook } from '../cli/helpers';
import { loConvert, loProfile, sheetsAsCsv } from './lo';
import { packageProblems } from './package-check';

const dir = mkdtempSync(join(tmpdir(), 'lo-it-'));
const input = join(dir, 'user.xlsx');
const out = join(dir, 'reviewed.xlsx');
const profiles: string[] = [];
const profile = (): string => {
  const p = loProfile();
  profiles.push(p);
  return p;
};

beforeAll(async () => {
  await userWorkbook(input);
  await writeReviewWorkbook({ kind: 'xlsx', path: input }, sampleDoc(), out);
});
afterAll(() => {
  for (const p of [...profiles, dir]) rmSync(p, { recursive: true, force: true });
});

describe('the reviewed workbook in LibreOffice', () => {
  it('is a well-formed package (nothing for Excel to repair)', async () => {
    expect(await packageProblems(out)).toEqual([]);
  });

  it('opens headless and exports every sheet with the formulas computed', () => {
    const { outDir } = loConvert(out, 'csv', profile());
    profiles.push(outDir);
    const sheets = sheetsAsCsv(outDir, 'reviewed');
    expect(Object.keys(sheets).sort()).toEqual(
      ['复盘-总览', '复盘-计划', '复盘-计划 (2)', '销售明细'].sort(),
    );
    expect(sheets['复盘-计划 (2)'][2]).toEqual(['目标', '1150']);
    expect(sheets['复盘-计划 (2)'][3]).toEqual(['Q1', '345']);
    expect(sheets['复盘-总览'][3][0]).toBe('=HYPERLINK("http://evil","x")');
    expect(sheets['销售明细'][4]).toEqual(['合计', '', '2000.5']);
    expect(sheets['复盘-计划']).toEqual([['my own notes']]);
  });

  it('recomputes the plan when an input cell changes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet('复盘-计划 (2)')!.getCell('B1').value = 0.2;
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const { outDir } = loConvert(edited, 'csv', profile());
    profiles.push(outDir);
    const plan = sheetsAsCsv(outDir, 'edited')['复盘-计划 (2)'];
    expect(plan[2]).toEqual(['目标', '1200']);
    expect(plan[3]).toEqual(['Q1', '360']);
  });

  it('prints to PDF', () => {
    const { outDir } = loConvert(out, 'pdf', profile());
    profiles.push(outDir);
    const pdf = readdirSync(outDir).find((f) => f.endsWith('.pdf'));
    expect(pdf).toBeDefined();
    const bytes = readFileSync(join(outDir, pdf ?? ''));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
  });
});

describe('a reviewed Excel workbook with pivot tables and a table, in LibreOffice', () => {
  const pivotIn = join(__dirname, '..', 'fixtures', 'packages', 'excel-pivot-table.xlsx');
  const pivotOut = join(dir, 'pivot-reviewed.xlsx');
  beforeAll(() => writeReviewWorkbook({ kind: 'xlsx', path: pivotIn }, sampleDoc(), pivotOut));

  it('opens with the user sheets (pivot output included) and the review tabs computed', () => {
    const { outDir } = loConvert(pivotOut, 'csv', profile());
    profiles.push(outDir);
    const before = loConvert(pivotIn, 'csv', profile());
    profiles.push(before.outDir);
    const user = sheetsAsCsv(before.outDir, 'excel-pivot-table');
    const sheets = sheetsAsCsv(outDir, 'pivot-reviewed');
    for (const name of Object.keys(user)) expect(sheets[name]).toEqual(user[name]);
    expect(sheets['复盘-计划'][2]).toEqual(['目标', '1150']);
  });
});
