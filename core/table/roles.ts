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
import { isFlagColumn, profileColumn } from './profile';
import { parseAmountText } from './amount';
import { isCancelledStatus } from './status';
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
/** Headers that call a short list a kind of goods when no header names the product (Coffee Type, Item Class). */
const PRODUCT_KIND = /(type|category|class|group|kind|series|family|类型|种类)(name|名称)?$/;
/** …unless the kind is of a customer, a payment, an order or its delivery, not of the goods. */
const NOT_PRODUCT_KIND =
  /customer|client|member|user|payment|pay|order|ship|deliver|transaction|account|lead|deal|contract|business|store|channel|region|card|status|tax|price|currency|客户|会员|支付|付款|订单|配送|物流|门店|渠道/;

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

/** Product ranks a column of 2–30 values (a product line) over a long list, over a constant. */
function cardinalityTier(p: ColumnProfile): number {
  if (p.distinct < BREAKDOWN_MIN) return 0;
  return p.distinct <= BREAKDOWN_MAX ? 2 : 1;
}

/**
 * Whether a column can carry a dimension: filled on most sampled rows (NA and - count as blank:
 * a TERRITORY of "NA" is mostly empty) and not a yes/no flag.
 */
function usableDimension(p: ColumnProfile, rows: number): boolean {
  return !isFlagColumn(p) && (rows === 0 || p.nonBlank - p.placeholders >= rows * 0.8);
}

interface Candidate {
  role: Role;
  column: number;
  confidence: number;
  tier: number;
  /** 0 for a dimension column mostly blank: any filled candidate of the role goes first. */
  usable: number;
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

/**
 * Header candidates, best first: a filled dimension column, a good header match (≥ 0.8), the role's
 * tier, confidence, leftmost.
 */
function headerCandidates(
  headers: readonly string[],
  profiles: ColumnProfile[],
  sampled: boolean,
  rows: number,
): Candidate[] {
  const cands: Candidate[] = [];
  headers.forEach((h, column) => {
    const key = headerKey(h ?? '');
    const p = profiles[column];
    for (const m of matchHeader(key)) {
      if (!fits(m.role, p, m.confidence, sampled)) continue;
      const dim = DIMS.has(m.role);
      if (dim && isFlagColumn(p)) continue;
      const constant = p.distinct < BREAKDOWN_MIN ? 0 : 2;
      const tier = m.role === 'product' ? cardinalityTier(p) : dim ? constant : tierOf(m.role, key);
      const usable = dim && !usableDimension(p, rows) ? 0 : 1;
      cands.push({ ...m, column, tier, usable });
    }
  });
  const good = (c: Candidate) => (c.confidence >= 0.8 ? 1 : 0);
  return cands.sort(
    (a, b) =>
      b.usable - a.usable ||
      good(b) - good(a) ||
      b.tier - a.tier ||
      b.confidence - a.confidence ||
      a.column - b.column,
  );
}

/** Whether a column's text is mostly short codes (A, CA, APAC) rather than names. */
function isCodes(p: ColumnProfile): boolean {
  return p.text > 0 && p.codes >= p.text * 0.8;
}

/** Whether two columns group the sample's rows the same way (one value of each always goes with one of the other). */
function sameGrouping(rows: readonly (readonly CellValue[])[], a: number, b: number): boolean {
  const ab = new Map<string, string>();
  const ba = new Map<string, string>();
  for (const row of rows) {
    const x = row[a];
    const y = row[b];
    if (x === null || x === undefined || x === '' || y === null || y === undefined || y === '') continue;
    const sx = String(x).trim();
    const sy = String(y).trim();
    if ((ab.get(sx) ?? sy) !== sy || (ba.get(sy) ?? sx) !== sx) return false;
    ab.set(sx, sy);
    ba.set(sy, sx);
  }
  return ab.size >= 2;
}

/** A number from a sample cell (NaN when none). */
function num(v: CellValue): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' ? parseAmountText(v) : NaN;
}

/**
 * Whether a money column is a unit price by its content: for products sold in different quantities,
 * the value stays the same (a restaurant's "amounts" is the dish's price whether 1 or 7 are ordered).
 */
function isUnitPriceByContent(
  rows: readonly (readonly CellValue[])[],
  money: number,
  quantity: number,
  product: number,
): boolean {
  const seen = new Map<string, { q: Set<number>; a: Set<number> }>();
  for (const row of rows) {
    const key = row[product];
    const q = num(row[quantity]);
    const a = num(row[money]);
    if (key === null || key === undefined || key === '' || !(q === q) || !(a === a) || q === 0) continue;
    const k = cleanText(String(key));
    let e = seen.get(k);
    if (!e) seen.set(k, (e = { q: new Set(), a: new Set() }));
    e.q.add(q);
    e.a.add(a);
  }
  let varied = 0;
  let constant = 0;
  for (const e of seen.values()) {
    if (e.q.size < 2) continue;
    varied++;
    if (e.a.size === 1) constant++;
  }
  return varied >= 3 && constant >= varied * 0.9;
}

/**
 * Whether the amount already nets the refund out: on rows with a refund, amount = gross − refund
 * (a Tmall report's 买家实际支付金额 = 总金额 − 退款金额), so subtracting it again would count it twice.
 */
function refundAlreadyNet(
  rows: readonly (readonly CellValue[])[],
  amount: number,
  gross: number,
  refund: number,
): boolean {
  let withRefund = 0;
  let netted = 0;
  for (const row of rows) {
    const r = num(row[refund]);
    const a = num(row[amount]);
    const g = num(row[gross]);
    if (!(r > 0) || !(a === a) || !(g === g)) continue;
    withRefund++;
    if (Math.abs(a - (g - r)) <= 0.005 + 1e-9 * Math.abs(g)) netted++;
  }
  return withRefund >= 3 && netted >= withRefund * 0.8;
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
  const rowsSampled = sampleRows.filter(
    (r) => r && r.some((v) => v !== null && v !== undefined && v !== ''),
  ).length;
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
  const cands = headerCandidates(headers, profiles, sampled, rowsSampled);
  // A column whose header names a role is never re-guessed from content as another role.
  const named = new Set(cands.map((c) => c.column));
  for (const c of cands) {
    if (roles[c.role] || off(c.role) || taken.has(c.column)) continue;
    roles[c.role] = detection(c.role, c.column, headerAt(c.column), c.confidence, 'header');
    taken.add(c.column);
  }

  // Between two geography columns that say the same thing (Branch A/B/C beside City Yangon/Mandalay,
  // State CA/TX beside City Los Angeles/Dallas), a reviewer reads the names, not the codes.
  const region = roles.region;
  if (region && region.source === 'header' && isCodes(profiles[region.column])) {
    const alt = cands.find(
      (c) =>
        c.role === 'region' &&
        c.usable === 1 &&
        !taken.has(c.column) &&
        profiles[c.column].text > 0 &&
        !isCodes(profiles[c.column]) &&
        sameGrouping(sampleRows, region.column, c.column),
    );
    if (alt) {
      taken.delete(region.column);
      roles.region = detection('region', alt.column, headerAt(alt.column), alt.confidence, 'header');
      taken.add(alt.column);
    }
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
  // An "amount" that stays the same for a product whatever the quantity is its unit price.
  const a0 = roles.amount;
  if (
    a0 &&
    a0.source === 'header' &&
    roles.quantity &&
    roles.product &&
    !roles.unitPrice &&
    !off('unitPrice') &&
    isUnitPriceByContent(sampleRows, a0.column, roles.quantity.column, roles.product.column)
  ) {
    delete roles.amount;
    roles.unitPrice = detection('unitPrice', a0.column, a0.header, a0.confidence, 'content');
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
  if (!roles.product && !off('product')) {
    // No header named the product: a column of 2–30 text values whose header calls it a type,
    // category or class of goods is the product line. Of a code column and its names (Coffee
    // Type: Ara, Rob … beside Coffee Type Name: Arabica, Robusta …) a reviewer reads the names.
    const byName = (c: number) => /(name|名称)$/.test(headerKey(headerAt(c)));
    const cols = Array.from({ length: width }, (_, c) => c)
      .filter((c) => guessable(c) && isText(c) && cardinalityTier(profiles[c]) === 2)
      .filter((c) => usableDimension(profiles[c], rowsSampled) && profiles[c].places < profiles[c].text * 0.8)
      .filter(
        (c) => PRODUCT_KIND.test(headerKey(headerAt(c))) && !NOT_PRODUCT_KIND.test(headerKey(headerAt(c))),
      )
      .sort((a, b) => Number(byName(b)) - Number(byName(a)) || a - b);
    if (cols.length > 0) pick('product', cols[0], 0.5);
  }
  if (!roles.status && !off('status')) {
    // A short list of values with a cancellation word (拒货, 已取消, Cancelled) is an order status.
    for (let c = 0; c < width; c++) {
      if (!guessable(c) || !isText(c) || profiles[c].distinct > 10) continue;
      const values = new Set(sampleRows.map((r) => r[c]).filter((v): v is string => typeof v === 'string'));
      if ([...values].some((v) => isCancelledStatus(v))) {
        pick('status', c, 0.5);
        break;
      }
    }
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
  const refund = roles.refund;
  const amount = roles.amount;
  if (refund && amount && amount.source !== 'derived' && refund.source !== 'user') {
    const gross = cands.find(
      (c) => c.role === 'amount' && c.column !== amount.column && c.column !== refund.column,
    );
    if (gross && refundAlreadyNet(sampleRows, amount.column, gross.column, refund.column))
      refund.alreadyNetIn = amount.header;
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
