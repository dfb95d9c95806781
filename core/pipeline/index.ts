/**
 * Public surface of core/pipeline: ingest → review → narrate → layout, the one run every host
 * calls, and the last-run summary hosts save with the settings.
 */
export { runReview, runReviewFromAggregates } from './run';
export type { RunOptions, RunResult, RunStage } from './run';
export { clipHeadline, lastRunOf } from './last-run';
