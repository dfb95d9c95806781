/** Public surface of core/review: the model and buildReview (figures and codes; no text, no layout). */
export type * from './model';
export { buildReview, buildReviewFrom } from './build';
export type { ReviewContext } from './build';
export { statusOf } from './overview';
export { parseTargetSheet, quarterOf } from './target-sheet';
export { MAPPING_ROLES } from './data-quality';
export type { MappingRole } from './data-quality';
export { chooseReviewYear } from './year';
export type { YearChoice, YearCoverage } from './year';
export { evidenceValue } from './evidence';
export { reviewAggregates, reviewSections } from './sections';
export { plainDefaultSettings } from './default-settings';
export type { ReviewSections } from './sections';
export { yearsWithData } from './scope';
export { findingKey, isFindingKey, segmentToken, FINDING_CODES } from './finding-key';
