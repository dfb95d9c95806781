/** Column roles: header vocabulary first, then content, then the user's overrides. */
import type { CellValue, ColumnMapping, Role, RoleDetection } from './types';
import { DIMENSION_ROLES, MEASURE_ROLES } from './types';
import { cleanText, headerKey } from './normalize';
import { matchHeader } from './synonyms';
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

const MEASURES = new Set<Role>(MEASURE_ROLES);
const DIMS = new Set<Role>(DIMENSION_ROLES);

function fits(role: Role, p: ColumnProfile): boolean {
  if (p.nonBlank === 0) return true;
  if (MEASURES.has(role)) return p.numeric >= p.nonBlank * 0.5;
  if (role === 'date' || role === 'period') return p.dateLike >= p.nonBlank * 0.5;
  return true;
}

function detection(
  role: Role,
  column: number,
  header: string,
  confidence: number,
  source: RoleDetection['source'],
): RoleDetection {
  const d: RoleDetection = { role, column, header, confidence, source };
  if (MEASURES.has(role)) d.unit = unitFromHeader(header);
  return d;
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
  const roles: Partial<Record<Role, RoleDetection>> = {};
  const taken = new Set<number>();
  const bad: BadOverride[] = [];

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

  // 2. Header vocabulary: best (confidence, leftmost) pairs first, one column per role.
  const cands: { role: Role; column: number; confidence: number }[] = [];
  headers.forEach((h, column) => {
    for (const m of matchHeader(headerKey(h ?? '')))
      if (m.confidence >= 0.95 || fits(m.role, profiles[column])) cands.push({ ...m, column });
  });
  cands.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  // A column whose header names a role is never re-guessed from content as another role.
  const named = new Set(cands.map((c) => c.column));
  for (const c of cands) {
    if (roles[c.role] || off(c.role) || taken.has(c.column)) continue;
    roles[c.role] = detection(c.role, c.column, headers[c.column] ?? '', c.confidence, 'header');
    taken.add(c.column);
  }

  // 3. Content: dates, then the amount, then text dimensions, when headers said nothing.
  const free = (c: number) => !taken.has(c) && profiles[c].nonBlank > 0;
  const guessable = (c: number) => free(c) && !named.has(c);
  const pick = (role: Role, column: number, confidence: number) => {
    roles[role] = detection(role, column, headers[column] ?? '', confidence, 'content');
    taken.add(column);
  };
  if (!roles.date && !roles.period && !off('date')) {
    for (let c = 0; c < width; c++) {
      const p = profiles[c];
      if (guessable(c) && p.dateLike >= p.nonBlank * 0.8) {
        pick(p.periodText >= p.nonBlank * 0.8 && !off('period') ? 'period' : 'date', c, 0.6);
        break;
      }
    }
  }
  if (!roles.amount && !off('amount')) {
    let best = -1;
    for (let c = 0; c < width; c++) {
      const p = profiles[c];
      if (guessable(c) && p.numeric >= p.nonBlank * 0.8 && p.dateLike < p.nonBlank * 0.5) {
        if (best < 0 || p.medianAbs > profiles[best].medianAbs) best = c;
      }
    }
    if (best >= 0) pick('amount', best, 0.5);
  }
  const textCols = () =>
    Array.from({ length: width }, (_, c) => c).filter(
      (c) => free(c) && profiles[c].text >= profiles[c].nonBlank * 0.5,
    );
  if (!roles.customer && !off('customer')) {
    const cols = textCols()
      .filter(guessable)
      .sort((a, b) => profiles[b].distinct - profiles[a].distinct || a - b);
    if (cols.length > 0 && profiles[cols[0]].distinct > 20) pick('customer', cols[0], 0.4);
  }
  if (!roles.region && !off('region')) {
    const cols = textCols()
      .filter(guessable)
      .sort((a, b) => profiles[a].distinct - profiles[b].distinct || a - b);
    if (cols.length > 0 && profiles[cols[0]].distinct <= 12 && profiles[cols[0]].distinct >= 2)
      pick('region', cols[0], 0.4);
  }

  // 4. Every other text column is an extra dimension, keyed by its header (made unique).
  const extraDimensions: { header: string; column: number }[] = [];
  const used = new Set<string>(Object.keys(roles).filter((r) => DIMS.has(r as Role)));
  for (const c of textCols()) {
    const base = cleanText(headers[c] ?? '') || `#${c + 1}`;
    let header = base;
    for (let k = 2; used.has(header); k++) header = `${base} (${k})`;
    used.add(header);
    extraDimensions.push({ header, column: c });
  }
  return { roles, extraDimensions, bad };
}
