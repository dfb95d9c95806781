/**
 * Issue 14's split workbooks (test/fixtures/wide: month sheets with a notes sheet, store sheets,
 * Sheet1/Sheet2 continuation with a summary sheet): the data set found, read as one, and reviewed
 * to the figures worked out by hand in each fixture — through the one pipeline every host runs.
 */
import { WIDE_FIXTURES } from '../../../fixtures/wide';
import type { WideFixture } from '../../../fixtures/wide/fixture';
import { dataSetOf } from '../../../../core/table';
import { runReview } from '../../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../../core/settings';

type Ok = Extract<WideFixture['expected'], { ok: true }>;
const SPLIT = WIDE_FIXTURES.filter((f) => f.expected.ok && f.expected.layout === 'split').map(
  (f) => [f.name, f, f.expected as Ok] as const,
);

function review(f: WideFixture) {
  const settings = ReviewSettingsSchema.parse({ language: 'en', year: f.userYear ?? null });
  const data = dataSetOf(f.sheets, { lang: 'en', year: settings.year });
  if (!data.ok) throw new Error(data.message);
  const run = runReview(data.grid, settings, { sheet: data.sheet, split: data.split ?? undefined });
  if (!run.ok) throw new Error(run.message);
  return { data, model: run.model };
}

describe.each(SPLIT)('%s', (_name, f, e) => {
  it('reads the sheets with one header as one data set and names the ones left out', () => {
    const { data, model } = review(f);
    expect(data.plan.used.map((s) => s.name)).toEqual(e.sheetsUsed);
    expect(data.plan.leftOut.map((s) => s.name)).toEqual(e.sheetsLeftOut ?? []);
    expect(model.sheet).toBe(e.sheetsUsed.join(' + '));
    const rows = Object.fromEntries(model.dataQuality.split!.sheets.map((s) => [s.name, s.rowsRead]));
    expect(rows).toEqual(e.rowsPerSheet);
  });

  it('gives the sheet name the role the rows lack (and only then)', () => {
    const { model } = review(f);
    expect(model.dataQuality.split!.nameColumn?.role ?? null).toBe(e.sheetNameRole ?? null);
  });

  it('reviews to the hand-worked year, prior year and quarters', () => {
    const { model } = review(f);
    expect(model.year).toBe(e.year);
    expect(model.totals.revenue).toBeCloseTo(e.revenue, 6);
    if (e.prior === null) expect(model.totals.priorRevenue ?? null).toBeNull();
    else expect(model.totals.priorRevenue).toBeCloseTo(e.prior, 6);
    expect(model.quarters.map((q) => q.revenue)).toEqual(e.quarters);
    if (e.priorQuarters) expect(model.quarters.map((q) => q.priorRevenue ?? 0)).toEqual(e.priorQuarters);
  });

  it('breaks the year down by every dimension as worked out by hand', () => {
    const { model } = review(f);
    for (const [dim, want] of Object.entries(e.byDimension)) {
      const got =
        dim === 'customer'
          ? Object.fromEntries(model.customers.top.map((c) => [c.key, c.revenue]))
          : Object.fromEntries((model.breakdowns[dim] ?? []).map((s) => [s.key, s.revenue]));
      expect({ dim, got }).toEqual({ dim, got: want });
    }
  });

  it('uses every row of the sheets read: money read = money used', () => {
    const { model } = review(f);
    const dq = model.dataQuality;
    expect(dq.rowsSkipped).toBe(0);
    const perSheet = dq.split!.sheets.reduce((a, s) => a + s.amountUsed, 0);
    expect(perSheet).toBeCloseTo(e.revenue + (e.prior ?? 0), 6);
  });
});
