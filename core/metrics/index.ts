/** Public surface of core/metrics: ratios, concentration, PVM, lifecycle, tiers and group-by. */
export {
  attainment,
  variance,
  variancePct,
  growth,
  priorFromGrowth,
  ppChange,
  share,
  perHead,
  grossMargin,
  cagr,
  runRate,
  forecastAccuracy,
  weightedMargin,
} from './ratios';
export { shares, topNShare, largestShare, hhi, contributions } from './concentration';
export { priceVolumeMix } from './pvm';
export type { PvmRow, PvmResult } from './pvm';
export { customerLifecycle, customerYears, lifecycleOf } from './lifecycle';
export type { CustomerLifecycle, CustomerYear } from './lifecycle';
export { spendTiers } from './tiers';
export type { TierDef, TierResult, SpendTiersResult } from './tiers';
export { aggregate } from './groupby';
export type { AggregateOptions, AggregateResult, PeriodKey } from './groupby';
