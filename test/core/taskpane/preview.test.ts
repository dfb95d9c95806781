import { defaultSettings, ReviewSettingsSchema } from '../../../core/settings/schema';
import type { YearInfo } from '../../../core/taskpane/analysis';
import { reviewYearOf, splitPreview } from '../../../core/taskpane/preview';
import { draftFromSettings, type Draft } from '../../../core/taskpane/wizard-state';

const YEARS: YearInfo[] = [
  { year: 2024, rows: 100, months: 12, revenue: 1e9, quarters: [1e8, 2e8, 3e8, 4e8] },
  { year: 2025, rows: 100, months: 12, revenue: 1e9, quarters: [2e8, 2e8, 3e8, 3e8] },
];

function draft(patch: Partial<Draft> = {}): Draft {
  return { ...draftFromSettings(defaultSettings()), growth: '20', ...patch };
}

describe('splitPreview', () => {
  it('splits next year (actual × (1 + growth)) at 3:3:2:2', () => {
    const p = splitPreview(draft({ weights: '3322' }), YEARS);
    expect(p?.total).toBeCloseTo(1.2e9);
    expect(p?.parts).toEqual([3.6e8, 3.6e8, 2.4e8, 2.4e8]);
    expect(p?.shares).toEqual([0.3, 0.3, 0.2, 0.2]);
  });

  it('changes with custom weights, parts still adding up to the total', () => {
    const p = splitPreview(draft({ weights: 'custom', customWeights: '4:3:2:1' }), YEARS);
    expect(p?.parts).toEqual([4.8e8, 3.6e8, 2.4e8, 1.2e8]);
    expect(p!.parts.reduce((a, b) => a + b, 0)).toBeCloseTo(1.2e9, 0);
  });

  it('averages the shares of full years for seasonal weights', () => {
    const p = splitPreview(draft({ weights: 'seasonal' }), YEARS);
    expect(p?.shares.map((s) => Math.round(s * 1000) / 1000)).toEqual([0.15, 0.2, 0.3, 0.35]);
    expect(p?.seasonalFallback).toBe(false);
  });

  it('falls back to equal weights without a full year, and says so', () => {
    const partial = [{ ...YEARS[1], months: 9 }];
    const p = splitPreview(draft({ weights: 'seasonal' }), partial);
    expect(p?.shares).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(p?.seasonalFallback).toBe(true);
  });

  it('uses a typed plan target over growth', () => {
    const base = ReviewSettingsSchema.parse({ plan: { target: 2e9 } });
    const p = splitPreview({ ...draftFromSettings(base), weights: 'equal' }, YEARS);
    expect(p?.parts).toEqual([5e8, 5e8, 5e8, 5e8]);
  });

  it('rounds a small business as the plan tab does: no quarter rounded to 0', () => {
    // 25,000 × 1.2 = 30,000 at 3:3:2:2 is 3 units of 10,000: whole 万 would give 1 / 1 / 1 / 0 万;
    // the plan steps down to 1,000 (core/plan/rounding-unit.ts), and so does the preview
    const shop: YearInfo[] = [
      { year: 2025, rows: 40, months: 12, revenue: 25_000, quarters: [5e3, 6e3, 7e3, 7e3] },
    ];
    const p = splitPreview(draft({ weights: '3322' }), shop);
    expect(p?.total).toBe(30_000);
    expect(p?.parts).toEqual([9_000, 9_000, 6_000, 6_000]);
    // 3,500 × 1.2 = 4,200: rounded to tens, never to 0
    const tiny = splitPreview(draft({ weights: '3322' }), [{ ...shop[0], revenue: 3_500 }]);
    expect(tiny?.parts).toEqual([1_260, 1_260, 840, 840]);
  });

  it('has no preview without revenue, with invalid weights or invalid growth', () => {
    expect(splitPreview(draft(), [])).toBeNull();
    expect(splitPreview(draft({ weights: 'custom', customWeights: '1:2' }), YEARS)).toBeNull();
    expect(splitPreview(draft({ growth: 'x' }), YEARS)).toBeNull();
  });

  it('takes the typed review year when it has data, else the latest', () => {
    expect(reviewYearOf(draft({ year: '2024' }), YEARS)?.year).toBe(2024);
    expect(reviewYearOf(draft({ year: '1999' }), YEARS)?.year).toBe(2025);
    expect(reviewYearOf(draft(), [])).toBeNull();
  });
});
