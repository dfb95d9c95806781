/**
 * The default ReviewSettings as a plain object, for a review run without parsing settings (the
 * whole-table formulas): the Apps Script custom-function bundle is evaluated on every formula call,
 * and core/settings' zod schema alone was 466 KB of its 712 KB. Here, in the review layer, it is
 * reached through core/review's index without loading zod. The schema stays the one definition:
 * test/core/review/default-settings.test.ts holds this object equal to `ReviewSettingsSchema.parse({})`.
 */
import type { ReviewSettings } from '../settings';

/**
 * Settings with every default applied, without parsing.
 * @example plainDefaultSettings().maxSegments // 12
 */
export function plainDefaultSettings(): ReviewSettings {
  return {
    version: 1,
    sheet: null,
    sheets: null,
    year: null,
    fiscalStartMonth: 1,
    mapping: {},
    units: {},
    targets: { kind: 'column' },
    dimensions: [],
    displayUnit: null,
    language: 'zh-CN',
    sections: [
      'overview',
      'quarterly',
      'breakdowns',
      'customers',
      'bridges',
      'findings',
      'plan',
      'dataQuality',
    ],
    comparePriorYear: true,
    currency: 'CNY',
    rates: {},
    dateOrder: 'auto',
    excludeStatuses: null,
    topN: 10,
    maxSegments: 12,
    thresholds: {
      green: 1,
      amber: 0.95,
      concentration: 0.15,
      marginDrop: 0.01,
      materialOfBusiness: 0.01,
      materialOfSegment: 0.05,
      completeness: 0.95,
      tiers: [
        { name: 'S', min: 5_000_000 },
        { name: 'A', min: 1_000_000 },
        { name: 'B', min: 200_000 },
        { name: 'C', min: 0 },
      ],
    },
    plan: {
      growth: 0.15,
      target: null,
      stretchFactor: 1.1,
      quarterWeights: 'seasonal',
      mix: {},
      tolerance: 0.05,
      roundTo: 10_000,
      marginTarget: null,
      quarterMargins: null,
      newCustomers: null,
      newCustomerRevenue: null,
      headcount: null,
      revenuePerHead: null,
    },
    lastRun: null,
  };
}
