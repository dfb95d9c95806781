import fc from 'fast-check';
import { runReview } from '../../../core/pipeline';
import type { RunStage } from '../../../core/pipeline';
import { narrate } from '../../../core/narrative';
import { buildSheetDoc } from '../../../core/sheetdoc';
import type { ReviewModel } from '../../../core/review';
import { ReviewSettingsSchema, defaultSettings } from '../../../core/settings/schema';
import type { CellValue } from '../../../core/table/types';
import { englishSheet } from '../review/english-sheet';

const NOW = new Date('2026-01-01T00:00:00Z');
const EN = ReviewSettingsSchema.parse({ language: 'en' });

describe('runReview', () => {
  it('rebuilds the same tabs from the saved --json model alone', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const settings = ReviewSettingsSchema.parse({
        language,
        displayUnit: 'K',
        sections: ['overview', 'findings', 'plan', 'dataQuality'],
        thresholds: { completeness: 0.99 },
        plan: { growth: 0.2, stretchFactor: 1.25, roundTo: 1000, marginTarget: 0.4 },
      });
      const r = runReview(englishSheet(), settings, { now: NOW });
      if (!r.ok) throw new Error(r.message);
      const saved = JSON.parse(JSON.stringify(r.model)) as ReviewModel;
      expect(buildSheetDoc(saved, narrate(saved))).toEqual(r.doc);
      expect(narrate(saved)).toEqual(r.narratives);
      expect(r.doc.tabs.map((t) => t.key)).toEqual(['overview', 'findings', 'plan', 'dataQuality']);
    }
  });

  it('turns an English sheet into a model and a SheetDoc', () => {
    const r = runReview(englishSheet(), EN, { now: NOW, sheet: 'Sales' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.year).toBe(2025);
    expect(r.model.mapping.amount).toBe('Revenue');
    expect(r.model.sheet).toBe('Sales');
    expect(r.doc.tabs.map((t) => t.key)).toContain('overview');
  });

  it('matches the golden model of the small English sheet', () => {
    const r = runReview(englishSheet(), EN, { now: NOW });
    if (!r.ok) throw new Error(r.message);
    const { mappingDetail: _detail, ...model } = r.model;
    // 10 significant digits: the golden file pins the figures, not the last bits of float sums.
    const rounded: unknown = JSON.parse(JSON.stringify(model), (_k, v: unknown) =>
      typeof v === 'number' ? Number(v.toPrecision(10)) : v,
    );
    expect(rounded).toMatchSnapshot();
  });

  it('reads date serials in the 1904 date system when the host says the workbook uses it', () => {
    // the same dates as serial numbers, as Excel hands them: 2025-01-05 is 45662 (1900) or 44200 (1904)
    const serials = (offset: number): CellValue[][] => [
      ['Date', 'Revenue'],
      ...Array.from({ length: 24 }, (_, i) => [45292 + i * 30 - offset, 100 + i] as CellValue[]),
    ];
    const in1900 = runReview(serials(0), EN, { now: NOW });
    const in1904 = runReview(serials(1462), EN, { now: NOW, date1904: true });
    if (!in1900.ok || !in1904.ok) throw new Error('review failed');
    expect(in1904.model.year).toBe(in1900.model.year);
    expect(in1904.model.totals).toEqual(in1900.model.totals);
  });

  it('matches the golden narratives of the small English sheet', () => {
    const r = runReview(englishSheet(), EN, { now: NOW });
    if (!r.ok) throw new Error(r.message);
    expect(r.narratives).toMatchSnapshot();
  });

  it('reports its stages in order', () => {
    const stages: RunStage[] = [];
    runReview(englishSheet(), EN, { onProgress: (s) => stages.push(s) });
    expect(stages).toEqual(['ingest', 'review', 'narrate', 'layout', 'done']);
  });

  it('reads amounts in the unit chosen in the settings, and the data-quality tab shows it', () => {
    const plain = runReview(englishSheet(), EN, { now: NOW });
    const inK = runReview(
      englishSheet(),
      ReviewSettingsSchema.parse({ language: 'en', units: { amount: 'K' } }),
      {
        now: NOW,
      },
    );
    if (!plain.ok || !inK.ok) throw new Error('run failed');
    expect(inK.model.totals.revenue).toBeCloseTo(plain.model.totals.revenue * 1000, 3);
    expect(inK.model.mappingDetail.roles.amount?.unit).toMatchObject({
      scale: 1000,
      source: 'K',
      origin: 'user',
    });
    const dq = inK.doc.tabs.find((t) => t.key === 'dataQuality');
    const amountRow = dq?.cells.find((row) => row[1] === 'Revenue');
    expect(amountRow).toContain('×1,000 (K)');
  });

  it('applies mapping overrides from the settings', () => {
    const s = ReviewSettingsSchema.parse({ language: 'en', mapping: { cost: null } });
    const r = runReview(englishSheet(), s);
    expect(r.ok && r.model.totals.grossMargin).toBeNull();
  });

  it('returns the ingest error as a coded, localized value', () => {
    const r = runReview([], defaultSettings());
    expect(r).toEqual({ ok: false, code: 'EMPTY_SHEET', message: expect.stringContaining('工作表') });
    const n = runReview(
      [
        ['Name', 'Note'],
        ['a', 'b'],
      ],
      EN,
    );
    expect(n.ok).toBe(false);
  });

  it('says when the chosen year has no data', () => {
    const r = runReview(englishSheet(), ReviewSettingsSchema.parse({ language: 'en', year: 2030 }));
    expect(r).toEqual({
      ok: false,
      code: 'REVIEW_NO_DATA_IN_YEAR',
      message: 'There are no sales in FY2030: choose a year that has data.',
    });
  });

  it('never throws on garbage grids', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 6 }),
      fc.double(),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.constantFrom<CellValue>(
        'Revenue',
        'Date',
        '2025-03-01',
        '客户',
        '销售额',
        '12.5万',
        45000,
        '(1,200)',
        '',
      ),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, (g) => {
        const r = runReview(g, defaultSettings(), { now: NOW });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok && r.code === 'REVIEW_FAILED') throw new Error(r.message);
      }),
      { numRuns: 150 },
    );
  });

  it('does not mutate the grid', () => {
    const g = englishSheet();
    const copy = JSON.stringify(g);
    runReview(g, EN);
    expect(JSON.stringify(g)).toBe(copy);
  });
});
