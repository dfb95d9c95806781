/**
 * Column roles the way a reviewer reads a sheet: the header's words first (ranked: the paid amount
 * over the list amount, the order date over the ship date, a category over product names), then the
 * cells' content (dates, an amount, places, company names), then the user's overrides. Every choice
 * keeps its runner-up so the data-quality tab can say what was passed over.
 */
import type { CellValue, ColumnMapping, DimensionRole, Role, RoleDetection } from './types';
import { DIMENSION_ROLES, MEASURE_ROLES } from './types';
import { cleanText, headerKey } from './normalize';
import { matchHeader, neverAmount, tierOf } from './synonyms';
import { profileColumn } from './profile';
import type { ColumnProfile } from './profile';
import { unitFromHeader } from './unit';

/** What detectRoles returns: roles and extra dimensions (ColumnMapping without headerRow/headers). */
export type RoleDetectionResult = Pick<ColumnMapping, 'roles' | 'extraDimensions'>;

/** A user override that names no header: the role and the text given. */
export interface BadOverride {
  role: Role;
  header: string;
}

const DIMS = new Set<Role>(DIMENSION_ROLES);
/** Roles whose cells must be numbers: the measures, the unit price and the refund. */
const NUMERIC = new Set<Role>([...MEASURE_ROLES, 'unitPrice', 'refund']);
/** Roles read in the unit of their header (money, and the price a derived amount is made of). */
const UNIT_ROLES = new Set<Role>([...MEASURE_ROLES, 'unitPrice', 'refund']);
/** Dimensions a reviewer breaks down by: fewer than 2 values says nothing, more than 30 is a list. */
export const BREAKDOWN_MIN = 2;
export const BREAKDOWN_MAX = 30;
/** Headers a content guess never takes for a date. */
const NOT_DATE = /生日|birth|出生|到期|due|入职|hire|有效期|expir|修改|更新|update|modified/;

/**
 * Whether a column's cells fit a role its header names. Numbers are required of numeric roles: a
 * Profit column of NA or '-' is no profit column (the margin is then n/a, never 100%). A date header
 * is kept even when the cells do not read (those rows are then reported, not silently lost).
 */
function fits(role: Role, p: ColumnProfile, confidence: number, sampled: boolean): boolean {
  if (NUMERIC.has(role)) {
    if (p.nonBlank === 0) return !sampled || role === 'target' || role === 'stretchTarget';
    return p.numeric > 0 && p.numeric >= p.nonBlank * 0.5;
  }
  if (p.nonBlank === 0) return true;
  if (role === 'date' || role === 'period') return confidence >= 0.95 || p.dateLike >= p.nonBlank * 0.5;
  return true;
}

/** Region and product rank a column of 2–30 values (a breakdown) over a long list, over a constant. */
function cardinalityTier(p: ColumnProfile): number {
  if (p.distinct < BREAKDOWN_MIN) return 0;
  return p.distinct <= BREAKDOWN_MAX ? 2 : 1;
}

interface Candidate {
  role: Role;
  column: number;
  confidence: number;
  tier: number;
}

function detection(
  role: Role,
  column: number,
  header: string,
  confidence: number,
  source: RoleDetection['source'],
): RoleDetection {
  const d: RoleDetection = { role, column, header, confidence, source };
  if (UNIT_ROLES.has(role)) d.unit = unitFromHeader(header);
  return d;
}

/** Header candidates, best first: a good header match (≥ 0.8), then the role's tier, then confidence, leftmost. */
function headerCandidates(
  headers: readonly string[],
  profiles: ColumnProfile[],
  sampled: boolean,
): Candidate[] {
  const cands: Candidate[] = [];
  headers.forEach((h, column) => {
    const key = headerKey(h ?? '');
    const p = profiles[column];
    for (const m of matchHeader(key)) {
      if (!fits(m.role, p, m.confidence, sampled)) continue;
      const tier = m.role === 'region' || m.role === 'product' ? cardinalityTier(p) : tierOf(m.role, key);
      cands.push({ ...m, column, tier });
    }
  });
  const good = (c: Candidate) => (c.confidence >= 0.8 ? 1 : 0);
  return cands.sort(
    (a, b) => good(b) - good(a) || b.tier - a.tier || b.confidence - a.confidence || a.column - b.column,
  );
}

/**
 * Finds the column of each role from headers (en / zh-CN / zh-TW) and sample data rows, then
 * applies overrides (role → header text, null = role off). Unknown override headers are returned in `bad`.
 * @example detectRoles(['日期', '客户', '销售额'], [[45658, 'A', 100]]).roles.amount?.column // 2
 */
export function detectRoles(
  headers: readonly string[],
  sampleRows: readonly (readonly CellValue[])[],
  overrides: Partial<Record<Role, string | null>> = {},
): RoleDetectionResult & { bad: BadOverride[] } {
  const width = Math.max(headers.length, ...sampleRows.map((r) => (r ? r.length : 0)), 0);
  const profiles = Array.from({ length: width }, (_, c) => profileColumn(sampleRows, c));
  const sampled = profiles.some((p) => p.nonBlank > 0);
  const roles: Partial<Record<Role, RoleDetection>> = {};
  const taken = new Set<number>();
  const bad: BadOverride[] = [];
  const headerAt = (c: number) => headers[c] ?? '';

  // 1. User overrides first: they win and take their column.
  for (const [role, header] of Object.entries(overrides) as [Role, string | null | undefined][]) {
    if (header === undefined || header === null) continue;
    const want = cleanText(header).toLowerCase();
    let col = headers.findIndex((h) => cleanText(h ?? '').toLowerCase() === want);
    if (col < 0)
      col = headers.findIndex((h) => headerKey(h ?? '') === headerKey(header) && headerKey(header) !== '');
    if (col < 0) bad.push({ role, header });
    else {
      roles[role] = detection(role, col, headers[col], 1, 'user');
      taken.add(col);
    }
  }
  const off = (role: Role) => role in overrides;

  // 2. Header vocabulary, best candidates first, one column per role and one role per column.
  const cands = headerCandidates(headers, profiles, sampled);
  // A column whose header names a role is never re-guessed from content as another role.
  const named = new Set(cands.map((c) => c.column));
  for (const c of cands) {
    if (roles[c.role] || off(c.role) || taken.has(c.column)) continue;
    roles[c.role] = detection(c.role, c.column, headerAt(c.column), c.confidence, 'header');
    taken.add(c.column);
  }

  // 3. Content, when headers said nothing: dates, the amount (or quantity × unit price), places, companies.
  const free = (c: number) => !taken.has(c) && profiles[c].nonBlank > 0;
  const guessable = (c: number) => free(c) && !named.has(c);
  const pick = (role: Role, column: number, confidence: number) => {
    roles[role] = detection(role, column, headerAt(column), confidence, 'content');
    taken.add(column);
  };
  if (!roles.date && !roles.period && !off('date')) {
    for (let c = 0; c < width; c++) {
      const p = profiles[c];
      if (guessable(c) && p.dateLike >= p.nonBlank * 0.8 && !NOT_DATE.test(headerKey(headerAt(c)))) {
        pick(p.periodText >= p.nonBlank * 0.8 && !off('period') ? 'period' : 'date', c, 0.6);
        break;
      }
    }
  }
  if (!roles.amount && !off('amount')) {
    const q = roles.quantity;
    const price = roles.unitPrice;
    if (q && price) {
      roles.amount = {
        role: 'amount',
        column: price.column,
        header: `${q.header} × ${price.header}`,
        confidence: Math.min(q.confidence, price.confidence),
        source: 'derived',
        unit: price.unit ?? unitFromHeader(price.header),
        derivedFrom: { quantity: q.column, unitPrice: price.column },
      };
    } else {
      let best = -1;
      for (let c = 0; c < width; c++) {
        const p = profiles[c];
        const plausible =
          p.numeric >= p.nonBlank * 0.8 &&
          p.dateLike < p.nonBlank * 0.5 &&
          p.identifiers < p.nonBlank * 0.2 &&
          !neverAmount(headerKey(headerAt(c)));
        if (guessable(c) && plausible && (best < 0 || p.medianAbs > profiles[best].medianAbs)) best = c;
      }
      if (best >= 0) pick('amount', best, 0.5);
    }
  }
  const isText = (c: number) => profiles[c].text >= profiles[c].nonBlank * 0.5;
  if (!roles.customer && !off('customer')) {
    const cols = Array.from({ length: width }, (_, c) => c)
      .filter((c) => guessable(c) && isText(c))
      .filter((c) => profiles[c].companies >= profiles[c].text * 0.5 && profiles[c].distinct >= 3)
      .sort((a, b) => profiles[b].distinct - profiles[a].distinct || a - b);
    if (cols.length > 0) pick('customer', cols[0], 0.4);
  }
  if (!roles.region && !off('region')) {
    const cols = Array.from({ length: width }, (_, c) => c)
      .filter((c) => guessable(c) && isText(c))
      .filter((c) => profiles[c].places >= profiles[c].text * 0.8 && profiles[c].distinct >= BREAKDOWN_MIN)
      .sort(
        (a, b) =>
          cardinalityTier(profiles[b]) - cardinalityTier(profiles[a]) ||
          profiles[a].distinct - profiles[b].distinct ||
          a - b,
      );
    if (cols.length > 0) pick('region', cols[0], 0.5);
  }

  // 4. What each choice passed over: the runner-up of every role, every other amount column.
  for (const d of Object.values(roles)) {
    if (!d || d.source === 'derived') continue;
    const others = cands.filter((c) => c.role === d.role && c.column !== d.column);
    const next = others.find((c) => !taken.has(c.column)) ?? others[0];
    d.runnerUp = next ? { header: headerAt(next.column), column: next.column } : null;
    if (d.role === 'amount')
      d.passedOver = others.map((c) => ({ header: headerAt(c.column), column: c.column }));
  }

  // 5. Every other text column is an extra dimension, keyed by its header (made unique); a header
  // that names a dimension another column won (State beside Region) says which kind it is.
  const extraDimensions: ColumnMapping['extraDimensions'] = [];
  const used = new Set<string>(Object.keys(roles).filter((r) => DIMS.has(r as Role)));
  for (let c = 0; c < width; c++) {
    if (!free(c) || !isText(c)) continue;
    const base = cleanText(headerAt(c)) || `#${c + 1}`;
    let header = base;
    for (let k = 2; used.has(header); k++) header = `${base} (${k})`;
    used.add(header);
    const kind = cands.find((x) => x.column === c && DIMS.has(x.role))?.role as DimensionRole | undefined;
    extraDimensions.push(kind ? { header, column: c, kind } : { header, column: c });
  }
  return { roles, extraDimensions, bad };
}
