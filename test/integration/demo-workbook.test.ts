/**
 * The demo end to end through LibreOffice: the sample workbook reviewed by the real pipeline,
 * opened headless; every native formula must compute what the core computed, and the user's
 * sheets must come through unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReview } from '../../core/pipeline';
import { ReviewSettingsSchema } from '../../core/settings/schema';
import type { SheetDoc } from '../../core/sheetdoc/types';
import { readXlsxFile } from '../../cli/read-xlsx';
import { writeReviewWorkbook } from '../../cli/write-output';
import { writeSample } from '../../examples/generate';
import { formulaMismatches, loConvert, loProfile, sheetsAsCsv } from './lo';
import { packageProblems } from './package-check';

const dir = mkdtempSync(join(tmpdir(), 'lo-demo-'));
const cleanup: string[] = [dir];
afterAll(() => cleanup.forEach((p) => rmSync(p, { recursive: true, force: true })));

describe('the reviewed demo workbook', () => {
  const input = join(dir, 'sales-2025.xlsx');
  const out = join(dir, 'review.xlsx');
  let doc: SheetDoc;
  let sheets: Record<string, string[][]> = {};

  beforeAll(async () => {
    await writeSample(input);
    const [sales, targets] = await readXlsxFile(input);
    const settings = ReviewSettingsSchema.parse({
      sheet: sales.name,
      targets: { kind: 'sheet', sheet: targets.name },
    });
    const r = runReview(sales.grid, settings, {
      sheet: sales.name,
      targetGrid: targets.grid,
      now: new Date(Date.UTC(2026, 0, 5)),
    });
    if (!r.ok) throw new Error(r.message);
    doc = r.doc;
    await writeReviewWorkbook({ kind: 'xlsx', path: input }, doc, out);
    const profile = loProfile();
    const { outDir } = loConvert(out, 'csv', profile);
    cleanup.push(profile, outDir);
    sheets = sheetsAsCsv(outDir, 'review');
  });

  it('is a well-formed package', async () => {
    expect(await packageProblems(out)).toEqual([]);
  });

  it('opens with the user sheets first and every review tab after them', () => {
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining(['销售明细', '目标', ...doc.tabs.map((t) => t.name)]),
    );
  });

  it('computes every formula (plan splits, totals) to the value the core computed', () => {
    const { checked, wrong } = formulaMismatches(doc, sheets);
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('keeps the user data as it was (title, header, a text amount)', () => {
    const data = sheets['销售明细'];
    expect(data[0][0]).toContain('华信科技');
    expect(data[2].slice(0, 3)).toEqual(['订单日期', '区域', '产品线']);
    expect(data.some((row) => /万$/.test(row[6] ?? ''))).toBe(true);
  });
});
