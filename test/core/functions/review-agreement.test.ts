/**
 * The formulas and the one-click review can never disagree: on the demo workbook every whole-table
 * formula returns exactly (not approximately) the figure the review model holds.
 */
import { evaluate, isFnError, type FnValue } from '../../../core/functions';
import { clearTableCache, tableCacheStats } from '../../../core/functions/sales-table';
import { runReview } from '../../../core/pipeline';
import type { ReviewModel } from '../../../core/review';
import { defaultSettings } from '../../../core/settings/schema';
import type { Grid } from '../../../core/table/types';
import { demoGrid } from './demo-grid';
import { attainmentVector, quarterVector, repurchaseVector, revenueVector } from './table-vectors';

/** A figure as a spill holds it: null is a blank cell. */
const cell = (v: number | string | null): FnValue => v ?? '';

describe('the formulas and the one-click review agree on the demo workbook', () => {
  let grid: Grid;
  let model: ReviewModel;

  beforeAll(async () => {
    clearTableCache();
    grid = await demoGrid();
    const r = runReview(grid, { ...defaultSettings(), language: 'en' });
    if (!r.ok) throw new Error(r.message);
    model = r.model;
    expect(model.year).toBe(2025);
  });

  it("SALES.REVENUE(data, 2025) is the review's total; blank year is the review's year", () => {
    expect(evaluate('REVENUE', [grid, 2025])).toBe(model.totals.revenue);
    expect(evaluate('REVENUE', [grid])).toBe(model.totals.revenue);
    expect(evaluate('REVENUE', [grid, 2024])).toBe(model.totals.priorRevenue);
  });

  it("SALES.YOY(data, 2025) is the review's growth, for the total and for every region", () => {
    expect(evaluate('YOY', [grid, 2025])).toBe(model.totals.yoy);
    for (const row of model.breakdowns.region ?? [])
      expect(evaluate('YOY', [grid, 2025, 'region', row.key])).toBe(row.yoy);
  });

  it("SALES.REVENUE of a segment is its row in the review's breakdown, by role or by label", () => {
    for (const dim of ['region', 'product', 'channel'] as const)
      for (const row of model.breakdowns[dim] ?? []) {
        expect(evaluate('REVENUE', [grid, 2025, dim, row.key])).toBe(row.revenue);
      }
    const east = model.breakdowns.region?.find((r) => r.key === '华东');
    expect(evaluate('REVENUE', [grid, 2025, '区域', '华东'])).toBe(east?.revenue);
  });

  it("SALES.REVENUE of a quarter is the quarterly tab's row", () => {
    for (const q of model.quarters)
      expect(evaluate('REVENUE', [grid, 2025, null, null, q.label])).toBe(q.revenue);
  });

  it('the quarters of a region add up to its year', () => {
    const east = model.breakdowns.region?.find((r) => r.key === '华东');
    let sum = 0;
    for (const q of ['Q1', 'Q2', 'Q3', 'Q4'])
      sum += evaluate('REVENUE', [grid, 2025, 'region', '华东', q]) as number;
    expect(sum).toBeCloseTo(east?.revenue ?? NaN, 2);
  });

  it("SALES.ATTAINMENT_OF is the slice's revenue over the target", () => {
    expect(evaluate('ATTAINMENT_OF', [grid, '3.45亿', 2025])).toBe(model.totals.revenue / 3.45e8);
  });
  it('SALES.BREAKDOWN(data, "region", 2025) is the review\'s region table, row for row', () => {
    for (const dim of ['region', 'product', 'channel', 'salesperson'] as const) {
      const rows = model.breakdowns[dim] ?? [];
      const out = evaluate('BREAKDOWN', [grid, dim, 2025]) as FnValue[][];
      expect(out.slice(1, -1)).toEqual(
        rows.map((r) => [
          r.flags.includes('others') ? 'Others' : r.key,
          r.revenue,
          cell(r.priorRevenue),
          cell(r.yoy),
          cell(r.share),
          cell(r.shareChange),
          cell(r.contribution),
        ]),
      );
      expect(out.at(-1)).toEqual([
        'Total',
        model.totals.revenue,
        model.totals.priorRevenue,
        model.totals.yoy,
        1,
        '',
        model.totals.yoy,
      ]);
    }
  });

  it('a dimension the default review does not break down (customer) is the row list of a review asked for it', () => {
    const r = runReview(grid, { ...defaultSettings(), language: 'en', dimensions: ['customer'] });
    if (!r.ok) throw new Error(r.message);
    const rows = r.model.breakdowns.customer ?? [];
    expect(rows.length).toBeGreaterThan(2);
    const out = evaluate('BREAKDOWN', [grid, 'customer', 2025]) as FnValue[][];
    expect(out.slice(1, -1).map((x) => x.slice(1))).toEqual(
      rows.map((x) => [
        x.revenue,
        cell(x.priorRevenue),
        cell(x.yoy),
        cell(x.share),
        cell(x.shareChange),
        cell(x.contribution),
      ]),
    );
    const first = rows[0];
    expect(evaluate('REVENUE', [grid, 2025, 'customer', first.key])).toBe(first.revenue);
  });

  it("SALES.QUARTERS(data, 2025) is the quarterly tab's quarters", () => {
    const out = evaluate('QUARTERS', [grid, 2025]) as FnValue[][];
    expect(out.slice(1, 5)).toEqual(
      model.quarters.map((q) => [
        q.label,
        q.revenue,
        cell(q.priorRevenue),
        cell(q.yoy),
        cell(q.qoq),
        cell(q.share),
        q.cumulative,
      ]),
    );
  });

  it("SALES.CUSTOMERS and SALES.TOP_CUSTOMERS are the customers tab's figures", () => {
    const c = model.customers;
    const life = evaluate('CUSTOMERS', [grid, 2025]) as FnValue[][];
    expect(life.slice(1, 8).map((r) => r.slice(1))).toEqual([
      [c.active, ''],
      [c.new, c.revenueNew],
      [c.returning, c.revenueReturning],
      [c.wonBack, c.revenueWonBack],
      [c.lost, c.lostPriorRevenue],
      [c.repurchaseRate, c.repurchaseRateChange],
      [c.newRevenueShare, ''],
    ]);
    const top = evaluate('TOP_CUSTOMERS', [grid, 10, 2025]) as FnValue[][];
    expect(top.slice(1)).toEqual(
      c.top.map((x, i) => [
        i + 1,
        x.key,
        x.revenue,
        x.share,
        x.cumulativeShare,
        cell(x.priorRevenue),
        cell(x.yoy),
        x.tier,
      ]),
    );
  });

  it("SALES.DATA_QUALITY is the data-quality tab's counts, and they reconcile", () => {
    const q = model.dataQuality;
    const out = evaluate('DATA_QUALITY', [grid]) as FnValue[][];
    expect(out.slice(1, 4)).toEqual([
      ['Rows read', q.rowsRead, q.amountRead, ''],
      ['Rows used', q.rowsUsed, q.amountUsed, ''],
      ['Rows skipped', q.rowsSkipped, q.amountSkipped, ''],
    ]);
    expect(out.find((r) => r[3] === 'SUBTOTAL_ROW')?.[1]).toBe(1);
    expect(out.find((r) => r[3] === 'REFUND_ROW')?.[1]).toBe(q.refunds.rows);
    expect(out.find((r) => r[0] === 'Amount')?.[3]).toBe(model.mapping.amount);
  });

  it('all of the above read the workbook once', () => {
    expect(tableCacheStats().ingests).toBe(1);
  });
});

describe("the formulas and the one-click review agree on DOMAIN.md's vectors", () => {
  const vectors = { revenueVector, attainmentVector, quarterVector, repurchaseVector };

  it.each(Object.entries(vectors))(
    '%s: total, growth, region table, quarters and customers',
    (_name, make) => {
      const grid = make() as Grid;
      // BREAKDOWN names the region: the review compared is one that breaks down by region too (by
      // default a review leaves out a dimension with one value, as quarterVector's 华东)
      const r = runReview(grid, { ...defaultSettings(), language: 'en', dimensions: ['region'] });
      if (!r.ok) throw new Error(r.message);
      const m = r.model;
      expect(evaluate('REVENUE', [grid, m.year])).toBe(m.totals.revenue);
      const yoy = evaluate('YOY', [grid, m.year]);
      if (m.totals.yoy === null) expect(isFnError(yoy)).toBe(true);
      else expect(yoy).toBe(m.totals.yoy);
      const regions = evaluate('BREAKDOWN', [grid, 'region', m.year]) as FnValue[][];
      expect(regions.slice(1, -1).map((x) => [x[0], x[1], x[2], x[3], x[4]])).toEqual(
        (m.breakdowns.region ?? []).map((x) => [
          x.key,
          x.revenue,
          cell(x.priorRevenue),
          cell(x.yoy),
          cell(x.share),
        ]),
      );
      const quarters = evaluate('QUARTERS', [grid, m.year]) as FnValue[][];
      expect(quarters.slice(1, 5).map((q) => q.slice(0, 2))).toEqual(
        m.quarters.map((q) => [q.label, q.revenue]),
      );
      const life = evaluate('CUSTOMERS', [grid, m.year]) as FnValue[][];
      expect(life.slice(1, 7).map((x) => x[1])).toEqual(
        [m.customers.active, m.customers.new, m.customers.returning, m.customers.wonBack, m.customers.lost]
          .map(cell)
          .concat([cell(m.customers.repurchaseRate)]),
      );
    },
  );

  it('and the vectors hold their hand-worked figures (38.6亿 +13.4%, 3,800万 Q1, 78% repurchase)', () => {
    expect(evaluate('REVENUE', [revenueVector(), 2025])).toBeCloseTo(38.6e8, 0);
    expect(evaluate('YOY', [revenueVector(), 2025])).toBeCloseTo(0.134, 3);
    expect(evaluate('REVENUE', [quarterVector(), 2025, null, null, 'Q1'])).toBeCloseTo(3.8e7, 0);
    expect((evaluate('CUSTOMERS', [repurchaseVector(), 2025]) as FnValue[][])[6][1]).toBeCloseTo(0.78, 9);
  });
});
