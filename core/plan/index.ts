/** Public surface of core/plan: splits, seasonality, cascades, tolerance bands, growth plans, consistency checks. */
export { splitByWeights, safeSplitByWeights } from './split';
export {
  planSplit,
  roundingUnit,
  roundToUnit,
  keepsEveryPart,
  unitLadder,
  MAX_ROUNDING_SHIFT,
} from './rounding-unit';
export type { PlanSplit } from './rounding-unit';
export { seasonalWeights, safeSeasonalWeights } from './seasonal';
export { cascade, safeCascade } from './cascade';
export { checkWeights } from './weights';
export { planFromGrowth } from './growth';
export { toleranceCheck, toleranceBand } from './tolerance';
export type { ToleranceStatus } from './tolerance';
export { consistencyChecks } from './consistency';
export type { ConsistencyCheck, ConsistencyCode, ConsistencyInput } from './consistency';
export { PlanError, unwrap } from './result';
export type { PlanErrorCode, PlanResult } from './result';
export { marginPlan } from './margin';
export type { MarginPlan } from './margin';
export { capacityPlan } from './capacity';
export type { CapacityPlan } from './capacity';
