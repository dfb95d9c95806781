/**
 * The review's sections over one table, each built on demand by the same builders buildReview
 * calls (scope, targets, totals, periods, breakdowns, customers) and kept once built. This is
 * what the whole-table formulas read, so a formula and the one-click review cannot disagree; a
 * formula that needs one section does not pay for the other seven.
 */
import { aggregateSpec, aggregatesOfTable, availableOfTable, type Aggregates } from '../aggregates';
import { aggregate } from '../metrics';
import type { ReviewSettings } from '../settings';
import type { Table, WideReport } from '../table';
import type { ReviewModel, SegmentRow } from './model';
import { makeScope, type Scope } from './scope';
import { resolveTargets, type Targets } from './targets';
import { buildTotals } from './overview';
import { buildPeriods } from './quarterly';
import { buildBreakdowns } from './breakdowns';
import { buildCustomers } from './customers';
import { withoutOrderLines } from './order-lines';

/** Sections of one review year over one table; every method returns the same object on a second call. */
export interface ReviewSections {
  /** The review's scope: resolved year, prior year, fiscal calendar, years with data. */
  readonly scope: Scope;
  /** model.totals, as buildReview computes it. */
  totals(): ReviewModel['totals'];
  /** model.quarters and model.months. */
  periods(): Pick<ReviewModel, 'quarters' | 'months'>;
  /** model.breakdowns[dimension] with `maxSegments` rows (the tail folded into Others; Infinity keeps all). */
  breakdown(dimension: string, maxSegments?: number): SegmentRow[];
  /** model.customers with the top `topN` listed. */
  customers(topN?: number): ReviewModel['customers'];
  /**
   * Revenue of each segment of `dimension` per fiscal quarter ('fq', 4 entries) or fiscal month
   * ('fm', 12 entries) of `year` (default the review year), keyed as the breakdown keys them
   * (the blank cells keyed '', as in the breakdowns).
   */
  segmentPeriods(dimension: string, by: 'fq' | 'fm', year?: number): ReadonlyMap<string, readonly number[]>;
}

/**
 * The aggregates buildReview computes for `settings` (same spec), so every section reads the same
 * sums; one set serves the review of every year (the spec does not depend on the year).
 * @example reviewAggregates(table, defaultSettings()).periods.length // fiscal months with rows
 */
export function reviewAggregates(table: Table, settings: ReviewSettings): Aggregates {
  return aggregatesOfTable(table, aggregateSpec(availableOfTable(table), settings));
}

/**
 * The sections of the review `settings` describe, over `table` (no targets sheet: a formula
 * reads one range). `agg` is reviewAggregates(table, settings) when the caller holds it already;
 * `wide` is ingest's report of a sheet with periods across the columns (quality.wide): as in
 * buildReview, its cells are not orders, and whole-year columns have no quarters or months.
 * @example reviewSections(table, defaultSettings()).totals().revenue // what buildReview's totals.revenue says
 */
export function reviewSections(
  table: Table,
  settings: ReviewSettings,
  agg: Aggregates = reviewAggregates(table, settings),
  wide?: WideReport,
): ReviewSections {
  const spec = agg.spec;
  const annual = wide?.kind === 'year';
  const scope = makeScope(agg, settings, null, annual);
  // the same rule as buildReviewFrom: a wide sheet's cells are sums per period, not order lines
  const orderLines = wide === undefined;
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };
  // A dimension the review does not break down (customer, an extra column) gets its segments
  // from the same engine on first use, beside the review's own.
  const withSegments = (dimension: string, base: Scope): Scope => {
    if (agg.segments[dimension]) return base;
    const extra = once(`segments|${dimension}`, () =>
      aggregatesOfTable(table, { ...spec, dimensions: [dimension], customer: false }),
    );
    const wider: Aggregates = { ...agg, segments: { ...agg.segments, ...extra.segments } };
    return { ...base, agg: wider };
  };
  // Targets by dimension: buildReview resolves them for its chosen dimensions; segment targets
  // only feed the breakdown of that dimension, so one dimension at a time gives the same rows.
  const targets = (dims: string[]): Targets =>
    once(`targets|${dims.join('|')}`, () =>
      resolveTargets(
        dims.reduce((s, d) => withSegments(d, s), scope),
        dims,
      ),
    );
  const totals = (): ReviewModel['totals'] =>
    once('totals', () => {
      const tg = targets([]);
      const all = { ...buildTotals(scope, tg), quarterTargetBasis: tg.quarterBasis };
      return orderLines ? all : { ...all, orders: null, averageOrderValue: null };
    });
  // A builder that reads one setting differently sees its own copy of the settings.
  const withSettings = (patch: Partial<ReviewSettings>): Scope => ({
    ...scope,
    settings: { ...settings, ...patch },
  });
  return {
    scope,
    totals,
    periods: () => once('periods', () => buildPeriods(scope, targets([]), totals().revenue)),
    breakdown: (dimension, maxSegments = settings.maxSegments) =>
      once(`breakdown|${dimension}|${maxSegments}`, () => {
        const s = withSegments(dimension, withSettings({ maxSegments }));
        return buildBreakdowns(s, [dimension], targets([dimension]), totals()).breakdowns[dimension] ?? [];
      }),
    customers: (topN = settings.topN) =>
      once(`customers|${topN}`, () => {
        const all = buildCustomers(withSettings({ topN }), totals().revenue);
        return orderLines ? all : withoutOrderLines(totals(), all, annual).customers;
      }),
    segmentPeriods: (dimension, by, year = scope.year) =>
      once(`periods|${dimension}|${by}|${year}`, () => {
        const out = new Map<string, number[]>();
        // the one place a formula reads finer than the review's aggregates (segment × period):
        // the same group-by engine the aggregates come from
        const r = aggregate(table, { by: [by, dimension], startMonth: scope.start, filterYears: [year] });
        const amount = r.sums.amount;
        r.keys.forEach((k, g) => {
          const key = k[1]; // '' for the blank cells, as the breakdowns key them
          const list = out.get(key) ?? new Array<number>(by === 'fq' ? 4 : 12).fill(0);
          list[r.codes[0][g] - 1] += amount ? amount[g] : 0;
          out.set(key, list);
        });
        return out;
      }),
  };
}
