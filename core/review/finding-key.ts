/**
 * A finding's stable key: its code and its subject (the dimension, segment, customer, field, check
 * or quarter it is about), never its figures or its row. The findings tab and the plan's action
 * table show it in their ID column, and a refresh carries the user's notes by it
 * (core/sheetdoc/notes), so a note follows its finding wherever the rows go.
 */
import type { EvidenceKey, Finding } from './model';

/** Every finding code (a code missing here fails to compile). */
const CODES = {
  BELOW_TARGET: true,
  OUTSIDE_TOLERANCE: true,
  DECLINING_SEGMENT: true,
  CUSTOMER_CONCENTRATION: true,
  MARGIN_DOWN: true,
  LOST_CUSTOMER_REVENUE: true,
  QUARTER_VOLATILITY: true,
  LOW_COMPLETENESS: true,
  PLAN_INCONSISTENT: true,
  RECORD_QUARTER: true,
  DARK_HORSE: true,
  ABOVE_STRETCH: true,
  TOTAL_MISMATCH: true,
} as const satisfies Record<Finding['code'], true>;
export const FINDING_CODES = Object.keys(CODES) as Finding['code'][];

/**
 * The evidence that names what a finding is about (a wide sheet's total: its row and column). Figures (revenue, shares) are left out: they
 * change with every month of data while the finding stays the same one. The quarters of a
 * volatility finding are figures too (the high and low quarter move); a record's quarter is its subject.
 */
const SUBJECT: ReadonlySet<EvidenceKey> = new Set<EvidenceKey>([
  'check',
  'dimension',
  'segment',
  'customer',
  'field',
  'quarter',
  'column',
]);

/** Separates the parts of a key: spaced, so keys read well in the ID column. */
export const KEY_SEPARATOR = ' / ';

/**
 * The finding's stable key: code, then its subject values in evidence order.
 * @example findingKey({ code: 'DECLINING_SEGMENT', severity: 'high', evidence: [role('dimension', 'region'), text('segment', 'Central'), …] }) // 'DECLINING_SEGMENT / region / Central'
 */
export function findingKey(f: Finding): string {
  const parts: string[] = [f.code];
  for (const e of f.evidence) {
    if (!SUBJECT.has(e.key)) continue;
    if (e.key === 'segment') parts.push(segmentToken(e.value as string | null));
    else if (e.value !== null && e.value !== '') parts.push(String(e.value));
  }
  return parts.join(KEY_SEPARATOR);
}

/**
 * A segment key as a key part: the blank segment and the folded tail get names no data value has.
 * @example segmentToken(null) // '(others)'
 */
export function segmentToken(key: string | null): string {
  return key === null ? '(others)' : key === '' ? '(blank)' : key;
}

/**
 * Whether a cell's text is a finding key (the key grammar, for a host reading an ID column back).
 * @example isFindingKey('MARGIN_DOWN') // true
 */
export function isFindingKey(s: string): boolean {
  return FINDING_CODES.some((c) => s === c || s.startsWith(c + KEY_SEPARATOR));
}
