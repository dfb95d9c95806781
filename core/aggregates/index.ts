/**
 * Public surface of core/aggregates: the typed set of grouped sums a review is built from (the
 * seam between the rows and the review), its spec, and the in-memory engine over a Table.
 */
export type * from './types';
export { aggregateSpec, availableOfMapping, availableOfTable, settleBreakdown } from './spec';
export type { Available } from './spec';
export { aggregatesOfTable } from './from-table';
export * from './sql';
