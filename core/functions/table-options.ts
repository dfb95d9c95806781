/**
 * The `mapping` argument of the whole-table formulas: text pairs that help detection, one per cell
 * or several in one text separated by ";" or new lines: `amount=销售额(万元)` (a role and the header
 * of its column; `customer=` switches the role off), `unit=万` (the amount column's unit),
 * `fiscal_start=4` (first month of the fiscal year), `date_order=dmy` (how 05-02-2025 reads),
 * `include_cancelled=yes` (count cancelled orders) and `USD=7.2` (an exchange rate). Role names
 * are the review's (amount, date, customer, region …) or their labels in any of the three languages.
 */
import { LANGS, t } from '../i18n';
import {
  DATE_ORDERS,
  ROLES,
  UNIT_CHOICES,
  currencyCode,
  type DateOrder,
  type Role,
  type UnitChoice,
} from '../table';
import type { IngestOptions } from '../table';
import { cells, isBlank } from './coerce';
import type { FnContext, FnError, Matrix } from './types';

/** What the mapping argument asks for. */
export interface TableOptions {
  ingest: Pick<IngestOptions, 'overrides' | 'units' | 'rates' | 'dateOrder' | 'includeCancelled'>;
  fiscalStart: number;
  /** A canonical text of the options, part of the cache key. */
  key: string;
}

function norm(s: string): string {
  return s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_.\-·]/g, '');
}

/** Role by any of its names: the role key, its label in each language, a few common English words. */
const ROLE_NAMES: ReadonlyMap<string, Role> = (() => {
  const m = new Map<string, Role>();
  for (const role of ROLES) {
    m.set(norm(role), role);
    for (const lang of LANGS) m.set(norm(t(`ROLE_${role}`, lang)), role);
  }
  const words: [string, Role][] = [
    ['revenue', 'amount'],
    ['sales', 'amount'],
    ['金额', 'amount'],
    ['金額', 'amount'],
    ['profit', 'grossProfit'],
    ['stretch', 'stretchTarget'],
    ['client', 'customer'],
    ['rep', 'salesperson'],
    ['month', 'period'],
    ['quarter', 'period'],
  ];
  for (const [w, r] of words) m.set(norm(w), r);
  return m;
})();

const UNIT_KEYS = new Set(['unit', '单位', '單位'].map(norm));
const DATE_ORDER_KEYS = new Set(['date_order', 'dateorder', '日期顺序', '日期順序'].map(norm));
const CANCELLED_KEYS = new Set(['include_cancelled', 'cancelled', '计入已取消', '計入已取消'].map(norm));
const YES = new Set(['yes', 'y', 'true', '1', '是', 'on']);
const NO = new Set(['no', 'n', 'false', '0', '否', 'off', '']);
const FISCAL_KEYS = new Set(
  ['fiscal_start', 'fiscal', 'fiscalstartmonth', '财年起始月', '財年起始月'].map(norm),
);
const UNIT_WORDS: Readonly<Record<string, UnitChoice>> = { 萬: '万', 億: '亿', k: 'K', m: 'M' };

function unitChoice(v: string): UnitChoice | null {
  let s = v.normalize('NFKC').trim();
  if (s.length > 1) s = s.replace(/元$/, '');
  if (s === '') s = '元';
  const u = UNIT_WORDS[s.toLowerCase()] ?? s;
  return (UNIT_CHOICES as readonly string[]).includes(u) ? (u as UnitChoice) : null;
}

/** The pairs of one cell: split on ; ； and new lines, blanks dropped. */
function pairs(m: Matrix | undefined): string[] {
  if (!m) return [];
  const out: string[] = [];
  for (const v of cells(m)) {
    if (isBlank(v) || typeof v === 'boolean') continue;
    for (const part of String(v).split(/[;；\n\r]+/)) if (part.trim() !== '') out.push(part.trim());
  }
  return out;
}

/**
 * Parses the mapping argument; an unknown key or a bad value is an error naming it.
 * @example parseTableOptions([['amount=销售额(万元); fiscal_start=4']], ctx).fiscalStart // 4
 */
export function parseTableOptions(m: Matrix | undefined, ctx: FnContext): TableOptions | FnError {
  const overrides: Partial<Record<Role, string | null>> = {};
  const units: NonNullable<IngestOptions['units']> = {};
  const rates: Record<string, number> = {};
  let fiscalStart = 1;
  let dateOrder: DateOrder | undefined;
  let includeCancelled: boolean | undefined;
  for (const option of pairs(m)) {
    const eq = option.search(/[=＝]/);
    const rawKey = eq < 0 ? option : option.slice(0, eq);
    const value = eq < 0 ? '' : option.slice(eq + 1).trim();
    const key = norm(rawKey);
    const role = ROLE_NAMES.get(key);
    if (eq < 0) return badOption(option, ctx);
    if (role) {
      overrides[role] = value === '' ? null : value;
    } else if (UNIT_KEYS.has(key)) {
      const u = unitChoice(value);
      if (!u) return ctx.error('#VALUE!', 'FN_TABLE_BAD_UNIT', { value, units: UNIT_CHOICES.join(' ') });
      units.amount = u;
    } else if (DATE_ORDER_KEYS.has(key)) {
      const order = DATE_ORDERS.find((o) => o === value.trim().toLowerCase());
      if (!order) return ctx.error('#VALUE!', 'FN_TABLE_BAD_DATE_ORDER', { value });
      dateOrder = order;
    } else if (CANCELLED_KEYS.has(key)) {
      const v = value.trim().toLowerCase();
      if (!YES.has(v) && !NO.has(v)) return ctx.error('#VALUE!', 'FN_TABLE_BAD_SWITCH', { option });
      includeCancelled = YES.has(v);
    } else if (FISCAL_KEYS.has(key)) {
      const n = Number(value.replace(/月$/, ''));
      if (!Number.isInteger(n) || n < 1 || n > 12)
        return ctx.error('#VALUE!', 'FN_TABLE_BAD_FISCAL', { value });
      fiscalStart = n;
    } else if (/^(rate)?[a-z]{3}$/.test(key)) {
      // a currency code: USD=7.2 (or rate.USD=7.2); a rate that is no number is named as such
      const rate = Number(value.replace(/,/g, ''));
      if (!(rate > 0) || !Number.isFinite(rate)) {
        if (!key.startsWith('rate') && Number.isNaN(rate)) return badOption(option, ctx);
        return ctx.error('#VALUE!', 'FN_TABLE_BAD_RATE', { option });
      }
      rates[currencyCode(key.slice(-3)) ?? key] = rate;
    } else return badOption(option, ctx);
  }
  const ingest: TableOptions['ingest'] = { overrides, units, rates };
  if (dateOrder !== undefined) ingest.dateOrder = dateOrder;
  if (includeCancelled !== undefined) ingest.includeCancelled = includeCancelled;
  return { ingest, fiscalStart, key: JSON.stringify([ingest, fiscalStart]) };
}

function badOption(option: string, ctx: FnContext): FnError {
  return ctx.error('#VALUE!', 'FN_TABLE_BAD_OPTION', { option, roles: ROLES.join(', ') });
}
