/**
 * Issue 14's wide fixtures (test/fixtures/wide, figures worked by hand in each file) through the
 * whole pipeline: the periods found, the year and where it came from, the row labels' roles,
 * revenue, prior year, quarters, breakdowns, totals left out and reconciled, and the sections a
 * summary by period cannot fill said to be absent. The split-workbook fixtures are another reader's.
 */
import { runReview } from '../../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../../core/settings';
import { readingNotes } from '../../../../core/table';
import type { ReviewModel } from '../../../../core/review/model';
import { WIDE_FIXTURES } from '../../../fixtures/wide';
import type { WideFixture } from '../../../fixtures/wide/fixture';

const wide = WIDE_FIXTURES.filter((f) => !f.expected.ok || f.expected.layout === 'wide');

function review(f: WideFixture, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const sheet = f.sheets[0];
  const settings = ReviewSettingsSchema.parse({
    language: lang,
    year: f.userYear ?? null,
    sheet: sheet.name,
  });
  return runReview(sheet.grid, settings, { sheet: sheet.name, now: new Date('2026-01-15T00:00:00Z') });
}

/** Review-year revenue per segment of a role, from the breakdown or (customers) the top list. */
function segments(m: ReviewModel, role: string): Record<string, number> {
  const rows =
    role === 'customer'
      ? m.customers.top.map((c) => ({ key: c.key, revenue: c.revenue }))
      : (m.breakdowns[role] ?? []).map((s) => ({ key: s.key, revenue: s.revenue }));
  return Object.fromEntries(rows.filter((r) => r.revenue !== 0).map((r) => [r.key, r.revenue]));
}

it('covers the fourteen wide fixtures, five of them whole years side by side', () => {
  expect(wide.length).toBe(14);
  expect(wide.filter((f) => /whole years/.test(f.name)).length).toBe(5);
});

describe.each(wide.map((f) => [f.name, f] as const))('%s', (_n, f) => {
  const e = f.expected;
  if (!e.ok) {
    it('asks the user for the year, naming --year and the wizard control', () => {
      const r = review(f, 'en');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.code).toBe(e.code);
      expect(r.message).toContain('--year');
      expect(r.message).toContain('Review year');
    });
    return;
  }
  const r = review(f);
  const m = r.ok ? r.model : null;
  it('is reviewed', () => expect(r.ok ? 'ok' : r.message).toBe('ok'));
  if (!m) return;
  const w = m.dataQuality.wide;

  it('finds the periods, the year and where it came from', () => {
    expect(w?.kind).toBe(e.periods?.kind);
    expect(w?.periodColumns).toBe(e.periods?.count);
    expect(m.year).toBe(e.year);
    expect(w?.yearSource).toBe(e.yearSource);
    expect(w?.rows).toBe(e.rowsPerSheet[f.sheets[0].name]);
  });

  it('gives the row labels their roles', () => {
    for (const [role, header] of Object.entries(e.rowLabels ?? {}))
      expect({ role, header: m.mapping[role as keyof typeof m.mapping] }).toEqual({ role, header });
  });

  it('sums the parts: revenue, prior year and quarters as worked by hand', () => {
    expect(m.totals.revenue).toBeCloseTo(e.revenue, 6);
    if (e.prior === null) expect(m.totals.priorRevenue).toBeNull();
    else expect(m.totals.priorRevenue).toBeCloseTo(e.prior, 6);
    expect(m.quarters.map((q) => q.revenue)).toEqual(e.quarters);
    if (e.priorQuarters) expect(m.quarters.map((q) => q.priorRevenue)).toEqual(e.priorQuarters);
  });

  it('breaks the year down by every row label', () => {
    for (const [role, want] of Object.entries(e.byDimension)) expect(segments(m, role)).toEqual(want);
  });

  it('leaves the totals out and reconciles them', () => {
    expect(w?.totalRows).toBe(e.totals.rowsLeftOut);
    expect(w?.totalColumns.length).toBe(e.totals.columnsLeftOut);
    expect(
      w?.mismatches.map(({ row, column, stated, computed }) => ({ row, column, stated, computed })),
    ).toEqual(e.totals.mismatches);
    const notes = readingNotes(m.mappingDetail, m.dataQuality, 'zh-CN').filter(
      (n) => n.kind === 'wideMismatch',
    );
    expect(notes.length).toBe(e.totals.mismatches.length);
  });

  const annual = e.annual;
  if (annual) {
    it('compares whole years: year on year, each segment against its prior year, customers gained and lost', () => {
      expect(m.comparisonBasis?.basis).toBe('full-year');
      expect(m.totals.yoy).toBeCloseTo(annual.yoy, 9);
      for (const [role, want] of Object.entries(annual.priorByDimension)) {
        const got = Object.fromEntries(
          (m.breakdowns[role] ?? []).filter((s) => s.priorRevenue).map((s) => [s.key, s.priorRevenue]),
        );
        expect({ role, got }).toEqual({ role, got: want });
      }
      if (annual.customers) {
        const c = m.customers;
        expect({ new: c.new, lost: c.lost, returning: c.returning }).toEqual(annual.customers);
      }
    });

    it('has no quarters or months, and says why instead of showing zeros', () => {
      expect(m.quarters).toEqual([]);
      expect(m.months).toEqual([]);
      expect(m.monthsWithData).toBe(12);
      expect(m.totals.runRate).toBe(m.totals.revenue);
      expect(m.totals.orders).toBeNull();
      expect(m.totals.averageOrderValue).toBeNull();
      const texts = readingNotes(m.mappingDetail, m.dataQuality, 'en').map((n) => n.text);
      expect(texts).toContain(
        'One amount per row and year: the review compares whole years (year on year by segment, customers gained and lost); quarters, months, order counts and average order value need dated sales and are left out.',
      );
      const tab = r.ok ? r.doc.tabs.find((t) => t.key === 'quarterly') : undefined;
      expect(tab?.cells.flat()).toContain(
        '该表每年只有一个金额（全年列）：没有季度或月度数据可显示。总览与各维度拆解按整年对比。',
      );
    });
    return;
  }

  it('says why order counts, order value and the customer lifecycle are absent', () => {
    expect(e.orderSectionsAbsent).toBe(true);
    expect(m.totals.orders).toBeNull();
    expect(m.totals.averageOrderValue).toBeNull();
    expect(m.customers.new).toBeNull();
    expect(m.customers.repurchaseRate).toBeNull();
    expect(m.pvm).toBeNull();
    const texts = readingNotes(m.mappingDetail, m.dataQuality, 'en').map((n) => n.text);
    expect(texts).toContain(
      'A summary by period has no order lines: order counts, average order value, customer lifecycle and the price-volume-mix bridge are left out.',
    );
  });
});
