/** What a column's sample cells look like, for content-based role guesses and header checks. */
import type { CellValue } from './types';
import { parseAmountText } from './amount';
import { parseDateText } from './date';
import { isBlank } from './normalize';
import { isPlaceName } from './places';

export interface ColumnProfile {
  nonBlank: number;
  /** Cells that read as amounts (numbers, or text numbers). */
  numeric: number;
  /** Cells that look like dates on their own: Date objects, serials 1955..2099, date text. */
  dateLike: number;
  /** Date text at month or quarter precision. */
  periodText: number;
  /** Text cells that are neither numbers nor dates (placeholders such as NA or - excluded). */
  text: number;
  /** Placeholder cells: NA, N/A, -, null, 无 … (a column of them holds nothing). */
  placeholders: number;
  distinct: number;
  /** Median absolute numeric value (0 when none). */
  medianAbs: number;
  /** Text cells that name a place (province, city, region, country, state). */
  places: number;
  /** Text cells that name a company or a customer (…公司, …Ltd, Client 3). */
  companies: number;
  /** Cells that are phone numbers or identifiers (masked or long digit runs, codes such as CA-2016-152156). */
  identifiers: number;
  /** Cells that are yes/no flags: Yes, No, TRUE, 0, 1, 是, 否 … */
  flags: number;
  /** Text cells that are short codes (A, B, CA, NY, APAC): a place's code rather than its name. */
  codes: number;
}

const COMPANY =
  /公司|集团|集團|有限|企业|企業|工厂|工廠|商行|商店|医院|醫院|学校|學校|客户|客戶|\b(inc|ltd|llc|corp|co|gmbh|plc|company|client|customer)\b/i;
/** Phone numbers (masked or not) and identifiers: a long digit run, or letters and digits in a code. */
const IDENTIFIER =
  /^\+?\d[\d*\s-]{6,}\d$|\d{3}\*+\d{2,}|^[a-z]{1,4}[-_]?\d{4,}([-_]\d+)*$|^[a-z]{1,4}-\d{2,}-\d{2,}/i;

/** A short upper-case code. */
const CODE = /^[A-Z0-9]{1,4}$/;
/** Yes/no values. */
const FLAG = /^(yes|no|y|n|true|false|t|f|是|否|有|无|0|1|x|√|✓|✗)$/i;
/** Cells that stand for "no value". */
const PLACEHOLDER = /^(na|n\/a|#n\/a|nan|null|none|nil|-+|—+|–+|\/|无|空|暂无)$/i;

/**
 * Profiles column `c` over the sample rows.
 * @example profileColumn([[1], ['x']], 0).numeric // 1
 */
export function profileColumn(rows: readonly (readonly CellValue[])[], c: number): ColumnProfile {
  const p: ColumnProfile = {
    nonBlank: 0,
    numeric: 0,
    dateLike: 0,
    periodText: 0,
    text: 0,
    placeholders: 0,
    distinct: 0,
    medianAbs: 0,
    places: 0,
    companies: 0,
    identifiers: 0,
    flags: 0,
    codes: 0,
  };
  const seen = new Set<string>();
  const nums: number[] = [];
  for (const row of rows) {
    const v = row ? row[c] : undefined;
    if (isBlank(v)) continue;
    p.nonBlank++;
    if (v instanceof Date) {
      p.dateLike++;
      seen.add(String(v.getTime()));
      continue;
    }
    if (typeof v === 'boolean') {
      p.flags++;
      seen.add(String(v));
      continue;
    }
    if (typeof v === 'number') {
      if (v === 0 || v === 1) p.flags++;
      p.numeric++;
      nums.push(Math.abs(v));
      if (Number.isInteger(v) && v >= 20090 && v <= 73050) p.dateLike++;
      if (Number.isInteger(v) && Math.abs(v) >= 1e7) p.identifiers++;
      seen.add(String(v));
      continue;
    }
    const s = String(v).trim();
    seen.add(s);
    if (FLAG.test(s)) p.flags++;
    const d = parseDateText(s);
    if (d) {
      p.dateLike++;
      if (d.precision !== 'day') p.periodText++;
      continue;
    }
    if (IDENTIFIER.test(s)) p.identifiers++;
    const n = parseAmountText(s);
    if (!Number.isNaN(n)) {
      p.numeric++;
      nums.push(Math.abs(n));
      continue;
    }
    if (PLACEHOLDER.test(s)) {
      p.placeholders++;
      continue;
    }
    p.text++;
    if (CODE.test(s)) p.codes++;
    if (isPlaceName(s)) p.places++;
    if (COMPANY.test(s)) p.companies++;
  }
  p.distinct = seen.size;
  if (nums.length > 0) {
    nums.sort((a, b) => a - b);
    p.medianAbs = nums[Math.floor(nums.length / 2)];
  }
  return p;
}

/**
 * A yes/no column (Holiday_Flag, B2BOrder, a long notice or "No"): at most two values, one a flag.
 * Never a dimension to break a review down by.
 * @example isFlagColumn(profileColumn([[0], [1], [0]], 0)) // true
 */
export function isFlagColumn(p: ColumnProfile): boolean {
  return p.nonBlank > 0 && p.distinct <= 2 && p.flags > 0;
}
