/** Constructors of a finding's evidence: each figure with how it reads (core/review/model.ts Evidence). */
import type { Evidence, EvidenceKey, PlanCheckValueKey } from './model';

type NumberKind = 'money' | 'rate' | 'points' | 'count';

const num =
  (kind: NumberKind) =>
  (key: EvidenceKey, value: number | null | undefined): Evidence => ({ key, kind, value: value ?? null });

/** Money in the report currency's base unit. @example money('revenue', 1.2e9) */
export const money = num('money');
/** A fraction shown as a percentage. @example rate('attainment', 0.95) */
export const rate = num('rate');
/** A change of a rate, as a fraction (0.037 = 3.7 points). @example points('change', -0.037) */
export const points = num('points');
/** A count. @example count('lost', 12) */
export const count = num('count');

/**
 * Text from the data: a segment, a customer, a quarter label.
 * @example text('segment', '华南')
 */
export function text(key: EvidenceKey, value: string | null | undefined): Evidence {
  return { key, kind: 'text', value: value ?? null };
}

/**
 * A role key, or the header of an extra dimension (the layout names it).
 * @example role('dimension', 'region')
 */
export function role(key: EvidenceKey, value: string): Evidence {
  return { key, kind: 'role', value };
}

/** How each figure of a plan check reads. */
const CHECK_VALUE_KIND: Readonly<Record<PlanCheckValueKey, NumberKind>> = {
  annual: 'money',
  sum: 'money',
  diff: 'money',
  diffPct: 'rate',
  index: 'count',
  value: 'money',
  parts: 'count',
  margins: 'count',
  weightedMargin: 'rate',
  marginTarget: 'rate',
  gapPp: 'points',
};

/**
 * The figures of a plan check as evidence.
 * @example checkEvidence({ annual: 1e8, sum: 1.02e8 }) // [money annual, money sum]
 */
export function checkEvidence(values: Partial<Record<PlanCheckValueKey, number | null>>): Evidence[] {
  return (Object.keys(values) as PlanCheckValueKey[]).map((k) => {
    const v = values[k] ?? null;
    // The offending part is counted from 1 for a reader ("part 3" is Q3).
    return num(CHECK_VALUE_KIND[k])(k, k === 'index' && v !== null ? v + 1 : v);
  });
}

/**
 * The value of one figure of a finding's evidence, or null when it has none.
 * @example evidenceValue([money('revenue', 5)], 'revenue') // 5
 */
export function evidenceValue(evidence: readonly Evidence[], key: EvidenceKey): number | string | null {
  return evidence.find((e) => e.key === key)?.value ?? null;
}
