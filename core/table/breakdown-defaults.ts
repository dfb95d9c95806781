/**
 * Which dimensions a review breaks down by default: every recognised one (a dimension role, or an
 * extra column whose header names a dimension: State beside Region, Sub-Category beside Category)
 * with 2–30 values. Fewer says nothing; more is a list (top-N), not a breakdown. Customers have
 * their own section. The wizard lists them all with their value counts so the user can untick.
 */
import type { DimensionRole, Table } from './types';
import { DIMENSION_ROLES } from './types';
import { BREAKDOWN_MAX, BREAKDOWN_MIN } from './roles';

/** A dimension a review could break down by. */
export interface DimensionChoice {
  /** The role, or the header of an extra column. */
  key: string;
  header: string;
  /** The dimension it is (a role's own, or the one an extra column's header names); null when none. */
  kind: DimensionRole | null;
  /** Distinct values. */
  values: number;
}

/**
 * Whether a dimension is broken down by default.
 * @example isDefaultBreakdown({ key: 'region', header: '区域', kind: 'region', values: 6 }) // true
 */
export function isDefaultBreakdown(d: DimensionChoice): boolean {
  return d.kind !== null && d.kind !== 'customer' && d.values >= BREAKDOWN_MIN && d.values <= BREAKDOWN_MAX;
}

/**
 * The keys broken down by default, in the order given.
 * @example defaultBreakdowns([{ key: 'region', header: '区域', kind: 'region', values: 6 }]) // ['region']
 */
export function defaultBreakdowns(dims: readonly DimensionChoice[]): string[] {
  return dims.filter(isDefaultBreakdown).map((d) => d.key);
}

/**
 * The dimensions a table offers: its dimension roles, then its extra text columns, with their
 * distinct values over the rows used.
 * @example tableDimensions(table)[0] // { key: 'region', header: '区域', kind: 'region', values: 6 }
 */
export function tableDimensions(t: Table): DimensionChoice[] {
  const out: DimensionChoice[] = [];
  for (const role of DIMENSION_ROLES) {
    const d = t.dims[role];
    if (d) out.push({ key: role, header: d.header, kind: role, values: d.values.length });
  }
  for (const x of t.extraDims)
    out.push({ key: x.key, header: x.header, kind: x.kind ?? null, values: x.values.length });
  return out;
}
