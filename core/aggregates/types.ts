/**
 * The aggregates seam: the fixed set of grouped sums a review is built from. The columnar Table
 * computes them in memory (from-table.ts); DuckDB or a warehouse computes the same set from SQL
 * (core/aggregates/sql). core/review reads only these, never rows.
 */
import type { MeasureRole } from '../table';

/** What the aggregates cover: decided from the column mapping and the settings, before any row is read. */
export interface AggregateSpec {
  /** First month of the fiscal year (1..12): fiscal years and months are computed with it. */
  startMonth: number;
  /** Dimensions broken down in the review (roles, or extra-dimension headers), in the settings' order. */
  breakdown: string[];
  /** Dimensions aggregated by fiscal month: the breakdown, plus salesperson (head count) and product (PVM). */
  dimensions: string[];
  /** Measure columns the data has (the amount always; a derived amount counts). */
  measures: MeasureRole[];
  /** Whether there is a customer column (customers × year: new, lost, returning, concentration). */
  customer: boolean;
}

/**
 * Sums of one group. A measure is null when the data has no such column (0 when it has one
 * with no numbers in the group); blanks count as 0.
 */
export interface MeasureSums {
  amount: number;
  cost: number | null;
  grossProfit: number | null;
  quantity: number | null;
  target: number | null;
  stretchTarget: number | null;
  /** Rows (orders) in the group. */
  rows: number;
}

/** One fiscal month of one fiscal year. */
export interface PeriodAggregate {
  fiscalYear: number;
  /** 1..12, in fiscal order. */
  fiscalMonth: number;
  sums: MeasureSums;
}

/**
 * One value of a dimension in one fiscal month of one fiscal year ("" for rows with the cell blank).
 * Monthly, so a partial year's segments compare with the same months of the other year (like for
 * like); its distinct customers count within the month, so they do not add up over months.
 */
export interface SegmentAggregate {
  fiscalYear: number;
  /** 1..12, in fiscal order. */
  fiscalMonth: number;
  key: string;
  sums: MeasureSums;
}

/** One customer in one fiscal year: net revenue, and rows with a positive amount (a purchase). */
export interface CustomerYearAggregate {
  /** The customer; "" for the rows without one. */
  key: string;
  fiscalYear: number;
  revenue: number;
  purchases: number;
}

/**
 * The review's aggregates. Periods are ascending by fiscal year and month; segments by fiscal year,
 * then each engine's order of keys; customer rows grouped by customer.
 */
export interface Aggregates {
  spec: AggregateSpec;
  /** Report currency (ISO). */
  currency: string;
  /** Rows used (after ingest's or the SQL's rules). */
  rows: number;
  /** Per measure column the data has: used rows with a number in it. */
  filled: Partial<Record<MeasureRole, number>>;
  periods: PeriodAggregate[];
  /** Per dimension of spec.dimensions, by fiscal year and month. */
  segments: Record<string, SegmentAggregate[]>;
  /** Customers × fiscal years; null without a customer column. */
  customers: CustomerYearAggregate[] | null;
}
