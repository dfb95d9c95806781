/**
 * Issue 14's identity: a wide sheet (customers and regions down, months across) and the order
 * list it summarises (one line per non-zero cell) give the same review — revenue, prior year,
 * quarters, the region breakdown and the customers' revenue — whatever the figures and whichever
 * way the months are written.
 */
import fc from 'fast-check';
import { runReview, type RunResult } from '../../../../core/pipeline';
import { ReviewSettingsSchema } from '../../../../core/settings';
import type { CellValue } from '../../../../core/table';

const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** How a header writes month m of year y: stated in each header, or only in a block row above. */
const STYLES = {
  iso: (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`,
  zh: (y: number, m: number) => `${y}年${m}月`,
  enBlock: (_y: number, m: number) => EN[m - 1],
} as const;
type Style = keyof typeof STYLES;

interface Sheet {
  style: Style;
  years: number[];
  rows: { customer: string; region: string; cents: number[] }[];
}

const sheetArb: fc.Arbitrary<Sheet> = fc
  .record({
    style: fc.constantFrom<Style>('iso', 'zh', 'enBlock'),
    twoYears: fc.boolean(),
    year: fc.integer({ min: 2019, max: 2026 }),
    rows: fc.array(
      fc.record({
        customer: fc.constantFrom('Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark'),
        region: fc.constantFrom('East', 'West', 'North'),
        // a third of the cells blank or zero: months without a sale
        cells: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })), {
          minLength: 24,
          maxLength: 24,
        }),
      }),
      { minLength: 2, maxLength: 8 },
    ),
  })
  .filter((s) => s.rows.some((r) => r.cells.slice(12).some((c) => c > 0)))
  .map((s) => ({
    style: s.style,
    years: s.twoYears ? [s.year - 1, s.year] : [s.year],
    rows: s.rows.map((r) => ({
      customer: r.customer,
      region: r.region,
      cents: s.twoYears ? r.cells : r.cells.slice(12),
    })),
  }));

function wideGrid(s: Sheet): CellValue[][] {
  const heads = s.years.flatMap((y) => Array.from({ length: 12 }, (_, i) => STYLES[s.style](y, i + 1)));
  const grid: CellValue[][] = [];
  if (s.style === 'enBlock')
    grid.push(['', '', ...s.years.flatMap((y) => [y, ...Array<null>(11).fill(null)])]);
  grid.push(['Customer', 'Region', ...heads]);
  for (const r of s.rows)
    grid.push([r.customer, r.region, ...r.cents.map((c) => (c === 0 ? null : c / 100))]);
  return grid;
}

function listGrid(s: Sheet): CellValue[][] {
  const grid: CellValue[][] = [['Date', 'Customer', 'Region', 'Amount']];
  for (const r of s.rows)
    r.cents.forEach((c, k) => {
      if (c === 0) return;
      const y = s.years[Math.floor(k / 12)];
      grid.push([`${y}-${String((k % 12) + 1).padStart(2, '0')}-15`, r.customer, r.region, c / 100]);
    });
  return grid;
}

const settings = ReviewSettingsSchema.parse({ language: 'en' });
const now = new Date('2027-01-15T00:00:00Z');

/** What both reviews must agree on, rounded to the cent. */
function figures(r: RunResult) {
  if (!r.ok) return { error: r.code };
  const m = r.model;
  const cents = (v: number | null) => (v === null ? null : Math.round(v * 100));
  const byKey = (rows: { key: string | null; revenue: number }[]) =>
    Object.fromEntries(rows.filter((x) => x.revenue !== 0).map((x) => [x.key, cents(x.revenue)]));
  return {
    year: m.year,
    revenue: cents(m.totals.revenue),
    prior: cents(m.totals.priorRevenue),
    quarters: m.quarters.map((q) => [cents(q.revenue), cents(q.priorRevenue)]),
    regions: byKey(m.breakdowns.region ?? []),
    customers: byKey(m.customers.top),
  };
}

it('a wide sheet and its order list give the same totals, quarters and breakdowns', () => {
  fc.assert(
    fc.property(sheetArb, (s) => {
      const wide = runReview(wideGrid(s), settings, { sheet: 'Sheet1', now });
      const list = runReview(listGrid(s), settings, { sheet: 'Sheet1', now });
      expect(wide.ok && wide.model.dataQuality.wide !== undefined).toBe(true);
      expect(figures(wide)).toEqual(figures(list));
    }),
    { numRuns: 40 },
  );
});
