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

/** How a header writes a whole year y (review year `last`): stated, a bare number, or relative to a titled year. */
const YEAR_STYLES = {
  fy: (y: number) => `FY${y}`,
  zh: (y: number) => `${y}年`,
  number: (y: number) => y,
  sales: (y: number) => `Sales ${y}`,
  relative: (y: number, last: number) => (y === last ? '本年' : '上年'),
  lyTy: (y: number, last: number) => (y === last ? 'TY' : 'LY'),
} as const;
type YearStyle = keyof typeof YEAR_STYLES;

interface YearSheet {
  style: YearStyle;
  year: number;
  /** The month the order list dates every year's amount in: any one, the year is what counts. */
  month: number;
  rows: { customer: string; region: string; cents: [number, number] }[];
}

const yearSheetArb: fc.Arbitrary<YearSheet> = fc
  .record({
    style: fc.constantFrom<YearStyle>('fy', 'zh', 'number', 'sales', 'relative', 'lyTy'),
    year: fc.integer({ min: 2019, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    rows: fc.uniqueArray(
      fc.record({
        customer: fc.constantFrom('Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark'),
        region: fc.constantFrom('East', 'West', 'North'),
        // a blank or zero year: a customer gained or lost
        cents: fc.tuple(
          fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })),
          fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })),
        ),
      }),
      { minLength: 2, maxLength: 6, selector: (r) => r.customer },
    ),
  })
  .filter((s) => s.rows.some((r) => r.cents[1] > 0) && s.rows.some((r) => r.cents[0] > 0));

function yearWideGrid(s: YearSheet): CellValue[][] {
  const years = [s.year - 1, s.year];
  // relative headers need the year stated somewhere: the title (LY | TY is answered by the user)
  const grid: CellValue[][] = s.style === 'relative' ? [[`${s.year}年客户销售对比`]] : [];
  grid.push(['Customer', 'Region', ...years.map((y) => YEAR_STYLES[s.style](y, s.year))]);
  for (const r of s.rows)
    grid.push([r.customer, r.region, ...r.cents.map((c) => (c === 0 ? null : c / 100))]);
  return grid;
}

function yearListGrid(s: YearSheet): CellValue[][] {
  const grid: CellValue[][] = [['Date', 'Customer', 'Region', 'Amount']];
  for (const r of s.rows)
    r.cents.forEach((c, k) => {
      if (c > 0)
        grid.push([
          `${s.year - 1 + k}-${String(s.month).padStart(2, '0')}-15`,
          r.customer,
          r.region,
          c / 100,
        ]);
    });
  return grid;
}

/** What both reviews must agree on for whole years, rounded to the cent. */
function yearFigures(r: RunResult) {
  if (!r.ok) return { error: r.code };
  const m = r.model;
  const cents = (v: number | null) => (v === null ? null : Math.round(v * 100));
  const byKey = (rows: { key: string | null; revenue: number; priorRevenue?: number | null }[]) =>
    Object.fromEntries(
      rows
        .filter((x) => x.revenue !== 0 || (x.priorRevenue ?? 0) !== 0)
        .map((x) => [x.key, [cents(x.revenue), cents(x.priorRevenue ?? null)]]),
    );
  const c = m.customers;
  return {
    year: m.year,
    revenue: cents(m.totals.revenue),
    prior: cents(m.totals.priorRevenue),
    yoy: m.totals.yoy === null ? null : Math.round(m.totals.yoy * 1e9),
    regions: byKey(m.breakdowns.region ?? []),
    customers: byKey(m.customers.top),
    lifecycle: [c.new, c.returning, c.lost],
  };
}

it('whole years side by side and the order list they summarise give the same year-on-year review', () => {
  fc.assert(
    fc.property(yearSheetArb, (s) => {
      const options = { sheet: 'Sheet1', now };
      // The review year is the later column's (the order list alone might pass over a thin later
      // year, a choice about months a whole-year sheet does not have): both are given it.
      const yearSettings = ReviewSettingsSchema.parse({ language: 'en', year: s.year });
      const wide = runReview(yearWideGrid(s), yearSettings, options);
      const list = runReview(yearListGrid(s), yearSettings, options);
      expect(wide.ok && wide.model.dataQuality.wide?.kind).toBe('year');
      expect(yearFigures(wide)).toEqual(yearFigures(list));
      // a whole year has no quarters, and is compared as one
      expect(wide.ok && wide.model.quarters).toEqual([]);
      expect(wide.ok && wide.model.comparisonBasis?.basis).toBe('full-year');
    }),
    { numRuns: 40 },
  );
});
