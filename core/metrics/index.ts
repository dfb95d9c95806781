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
