/**
 * buildReview: the aggregates (with the mapping and quality report) and the settings → the
 * ReviewModel. The review reads grouped sums only (core/aggregates), whichever engine made them.
 */
import { aggregateSpec, aggregatesOfTable, availableOfTable, type Aggregates } from '../aggregates';
import type { ColumnMapping, DataQualityReport, Grid, Table } from '../table';
import type { ReviewSettings } from '../settings';
import type { ReviewModel } from './model';
import { makeScope } from './scope';
import { resolveTargets } from './targets';
import { buildTotals } from './overview';
import { buildPeriods } from './quarterly';
import { buildBreakdowns } from './breakdowns';
import { buildCustomers } from './customers';
import { buildBridges, buildPvm } from './bridges';
import { buildFindings } from './findings';
import { materialityOf } from './materiality';
import { scopeComparison } from './comparison';
import { buildPlan } from './plan';
import { buildDataQuality, mappingHeaders } from './data-quality';
import { withoutOrderLines } from './order-lines';

/** What a host knows besides the table: the sheet name, a targets sheet, the clock (for tests). */
export interface ReviewContext {
  sheet?: string;
  targetGrid?: Grid;
  now?: Date;
}

/**
 * Builds every section of the review from an in-memory Table (its aggregates computed first).
 * Pure: the inputs are not changed.
 * @example buildReview(table, quality, mapping, defaultSettings()).totals.revenue // 1.36e9
 */
export function buildReview(
  table: Table,
  quality: DataQualityReport,
  mapping: ColumnMapping,
  settings: ReviewSettings,
  context: ReviewContext = {},
): ReviewModel {
  const agg = aggregatesOfTable(table, aggregateSpec(availableOfTable(table), settings));
  return buildReviewFrom(agg, quality, mapping, settings, context);
}

/**
 * Builds every section of the review from the aggregates: figures and codes, no text
 * (core/narrative words them). Pure: the inputs are not changed.
 * @example buildReviewFrom(agg, quality, mapping, defaultSettings()).totals.revenue // 1.36e9
 */
export function buildReviewFrom(
  agg: Aggregates,
  quality: DataQualityReport,
  mapping: ColumnMapping,
  settings: ReviewSettings,
  context: ReviewContext = {},
): ReviewModel {
  // Whole-year columns (FY2024 | FY2025, 上年 | 本年): each amount is a year, not a month's sales.
  const annual = quality.wide?.kind === 'year';
  const scope = makeScope(agg, settings, context.targetGrid ?? null, annual);
  const dims = agg.spec.breakdown;
  const targets = resolveTargets(scope, dims);
  // A wide sheet has sums per period, not order lines: no orders, order value or lifecycle.
  const orderLines = quality.wide === undefined;
  const allTotals = { ...buildTotals(scope, targets), quarterTargetBasis: targets.quarterBasis };
  const { quarters, months } = buildPeriods(scope, targets, allTotals.revenue);
  const { breakdowns, highlights } = buildBreakdowns(scope, dims, targets, allTotals);
  const allCustomers = buildCustomers(scope, allTotals.revenue);
  const { totals, customers } = orderLines
    ? { totals: allTotals, customers: allCustomers }
    : withoutOrderLines(allTotals, allCustomers, annual);
  const bridges = buildBridges(breakdowns);
  const pvm = buildPvm(scope);
  const plan = buildPlan(scope, totals, quarters, breakdowns, customers);
  const dataQuality = buildDataQuality(quality);
  const findings = buildFindings(scope, {
    totals,
    quarters,
    breakdowns,
    highlights,
    customers,
    plan,
    dataQuality,
  });
  const model: ReviewModel = {
    schemaVersion: 6,
    generatedAt: (context.now ?? new Date()).toISOString(),
    language: settings.language,
    currency: agg.currency,
    year: scope.year,
    yearChoice: scope.yearChoice,
    fiscalStartMonth: agg.spec.startMonth,
    monthsWithData: scope.monthsPresent.filter(Boolean).length,
    lastMonthWithData: scope.lastMonth,
    comparisonBasis: scopeComparison(scope),
    sheet: context.sheet ?? settings.sheet ?? null,
    mapping: mappingHeaders(mapping),
    mappingDetail: mapping,
    totals,
    quarters,
    months,
    breakdowns,
    highlights,
    customers,
    bridges,
    pvm,
    findings,
    materiality: materialityOf(settings.thresholds),
    plan,
    dataQuality,
    layout: {
      displayUnit: settings.displayUnit,
      sections: [...settings.sections],
      completenessThreshold: settings.thresholds.completeness,
    },
  };
  return model;
}
