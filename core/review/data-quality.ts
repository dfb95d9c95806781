/** Section 8, 数据检查: the ingest report as the model carries it, plus the mapping header per role. */
import {
  ADJUSTMENT_ROLES,
  ROLES,
  type AdjustmentRole,
  type ColumnMapping,
  type DataQualityReport,
  type Role,
} from '../table';
import type { ReviewModel } from './model';

/** The roles of the JSON contract's `mapping`: every role but the period, currency and adjustment columns. */
export type MappingRole = Exclude<Role, 'period' | 'currency' | AdjustmentRole>;

const NOT_IN_MAPPING: ReadonlySet<Role> = new Set<Role>(['period', 'currency', ...ADJUSTMENT_ROLES]);

/** The twelve roles of the JSON contract's `mapping`, derived from core/table's role list. */
export const MAPPING_ROLES: readonly MappingRole[] = ROLES.filter(
  (r): r is MappingRole => !NOT_IN_MAPPING.has(r),
);

/**
 * Header text used per contract role (null when absent). A sheet with a period column instead of
 * a date reports that header as `date`.
 * @example mappingHeaders(mapping).amount // '销售额'
 */
export function mappingHeaders(mapping: ColumnMapping): ReviewModel['mapping'] {
  const out = {} as ReviewModel['mapping'];
  for (const r of MAPPING_ROLES) out[r] = mapping.roles[r]?.header ?? null;
  if (out.date === null) out.date = mapping.roles.period?.header ?? null;
  return out;
}

/**
 * The data-quality section: a copy of the ingest report (lists copied, never shared).
 * @example buildDataQuality(quality).rowsUsed // 20000
 */
export function buildDataQuality(quality: DataQualityReport): ReviewModel['dataQuality'] {
  return {
    ...quality,
    skipped: quality.skipped.map((s) => ({ ...s })),
    flagged: quality.flagged.map((s) => ({ ...s })),
    refunds: { ...quality.refunds },
    duplicates: { ...quality.duplicates },
    completeness: { ...quality.completeness },
    conversions: quality.conversions.map((c) => ({ ...c })),
  };
}
