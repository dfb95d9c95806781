/** The aggregate spec as SQL (DuckDB, BigQuery, PostgreSQL) and the results read back. */
export { SQL_DIALECTS, sqlDialect } from './dialect';
export type { SqlDialect, SqlDialectName } from './dialect';
export { sqlUnsupported, headerKeys } from './source';
export type { RuleValues, SqlColumn, SqlColumnKind, SqlSource, SqlUnsupported } from './source';
export { aggregateQueries, combinedQuery, ruleValuesQuery, sqlScript, MEASURE_COLUMN } from './queries';
export type { SqlQuery } from './queries';
export { aggregatesFromResults, qualityFromResults, splitCombined, SqlResultsError } from './results';
export type { SqlResults } from './results';
