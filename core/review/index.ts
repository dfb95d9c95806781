/** Public surface of core/review: the model, buildReview and the runReview pipeline. */
export type * from './model';
export { buildReview } from './build';
export type { ReviewContext } from './build';
export { runReview } from './run';
export type { RunOptions, RunResult, RunStage } from './run';
export { statusOf } from './overview';
export { parseTargetSheet, quarterOf } from './target-sheet';
export { MAPPING_ROLES } from './data-quality';
export { lastRunOf } from './last-run';
export { chooseReviewYear } from './year';
export type { YearChoice, YearCoverage } from './year';
export { evidenceValue } from './evidence';
