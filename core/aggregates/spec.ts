/** The aggregate spec of a review: which dimensions and measures, from the mapping and the settings. */
import { DIMENSION_ROLES, MEASURE_ROLES, defaultBreakdowns, tableDimensions } from '../table';
import type { ColumnMapping, DimensionChoice, DimensionRole, MeasureRole, Table } from '../table';
import type { AggregateSpec, Aggregates } from './types';

/** The columns a data set offers the review: dimension roles, extra dimensions by header, measures. */
export interface Available {
  roles: DimensionRole[];
  /** Extra text columns usable as dimensions: the names a setting may use for each (key and header). */
  extras: string[][];
  measures: MeasureRole[];
  /**
   * Each dimension with its kind and distinct values, when the engine knows them (the in-memory
   * table does): the default breakdowns are then every recognised one with 2–30 values.
   */
  choices?: DimensionChoice[];
}

/**
 * What a column mapping offers (the SQL engines' view of the data).
 * @example availableOfMapping(mapping).roles // ['customer', 'region']
 */
export function availableOfMapping(mapping: ColumnMapping): Available {
  return {
    roles: DIMENSION_ROLES.filter((r) => mapping.roles[r] !== undefined),
    extras: mapping.extraDimensions.map((e) => [e.header, mapping.headers[e.column] ?? e.header]),
    measures: MEASURE_ROLES.filter((r) => mapping.roles[r] !== undefined),
  };
}

/**
 * What a Table offers (the in-memory engine's view of the same data).
 * @example availableOfTable(table).measures // ['amount', 'cost']
 */
export function availableOfTable(table: Table): Available {
  return {
    roles: DIMENSION_ROLES.filter((r) => table.dims[r] !== undefined),
    extras: table.extraDims.map((d) => [d.key, d.header]),
    measures: MEASURE_ROLES.filter((r) => table.measures[r] !== undefined),
    choices: tableDimensions(table),
  };
}

/**
 * The spec: the dimensions to break down (the user's choice, else every recognised dimension with
 * 2–30 values, or without value counts every detected dimension but customer), salesperson and product beside them, the measures present, and the fiscal calendar.
 * @example aggregateSpec(available, { dimensions: [], fiscalStartMonth: 1 }).breakdown // ['region', 'product']
 */
export function aggregateSpec(
  available: Available,
  settings: { dimensions: readonly string[]; fiscalStartMonth: number },
): AggregateSpec {
  const exists = (d: string): boolean =>
    (available.roles as readonly string[]).includes(d) || available.extras.some((names) => names.includes(d));
  const breakdown =
    settings.dimensions.length > 0
      ? settings.dimensions.filter(exists)
      : available.choices
        ? defaultBreakdowns(available.choices)
        : available.roles.filter((d) => d !== 'customer');
  const dimensions = [...breakdown];
  for (const d of ['salesperson', 'product'] as const)
    if (available.roles.includes(d) && !dimensions.includes(d)) dimensions.push(d);
  return {
    startMonth: settings.fiscalStartMonth,
    breakdown: [...new Set(breakdown)],
    dimensions: [...new Set(dimensions)],
    measures: [...available.measures],
    customer: available.roles.includes('customer'),
  };
}

/**
 * The default breakdown settled once the sums are in, for an engine that cannot count values before
 * (SQL, query results): each aggregated dimension's distinct non-blank keys over every year, then
 * the in-memory rule (recognised dimensions with 2–30 values). A user's own choice is kept as is.
 * @example settleBreakdown(agg, { dimensions: [] }).spec.breakdown // ['region', 'product']
 */
export function settleBreakdown(agg: Aggregates, settings: { dimensions: readonly string[] }): Aggregates {
  if (settings.dimensions.length > 0) return agg;
  const choices: DimensionChoice[] = agg.spec.dimensions
    .filter((d) => (DIMENSION_ROLES as readonly string[]).includes(d))
    .map((d) => ({
      key: d,
      header: d,
      kind: d as DimensionRole,
      values: new Set((agg.segments[d] ?? []).filter((s) => s.key !== '').map((s) => s.key)).size,
    }));
  const breakdown = defaultBreakdowns(choices);
  return { ...agg, spec: { ...agg.spec, breakdown } };
}
