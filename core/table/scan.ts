/**
 * One pass per column over the data rows (the ingest hot path). Typed arrays out, parsed text
 * cached per column (repeated dates, regions and amounts parse once), no per-row objects.
 */
import type { Grid } from './types';
import { parseAmountText, hasOwnUnit, plainNumber } from './amount';
import { packedDateNumber, parseDateObject, parseDateText } from './date';
import type { DayOrder } from './date';
import { addVote, emptyVotes } from './date-order';
import { addCommaVote } from './decimal-comma';
import type { CommaVotes } from './decimal-comma';
import { cleanText, headerKey } from './normalize';
import { isSubtotalLabel } from './subtotal';

/** Row flags set by column scans. */
export const FLAG_SUBTOTAL = 1;

/** Cell states of a measure or date scan. */
export const OK = 0;
export const BLANK = 1;
export const BAD = 2;

/** Shared state of one ingest's column scans. */
export interface ScanContext {
  grid: Grid;
  /** Grid index of the first data row. */
  start: number;
  n: number;
  rowFlags: Uint8Array;
  /** Cells per row equal to their column header (repeated header rows). */
  headerHits: Uint8Array;
  /** Row hashes over every column (exact-duplicate detection). */
  hash: Int32Array;
}

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, 0x9e3779b1) ^ (h >>> 15);
}

function numberHash(v: number): number {
  f64[0] = v;
  return i32[0] ^ Math.imul(i32[1], 0x85ebca6b);
}

/** Flags of a text cell computed once per distinct string: subtotal label, equal to the header. */
function textFlags(s: string, hKey: string): number {
  // Number text (most text cells of a measure column) cannot equal a header that starts with a
  // letter, so it skips the costlier header-key comparison.
  const c0 = s.charCodeAt(0);
  const h0 = hKey.charCodeAt(0);
  const numberLike = ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 40) && !(h0 >= 48 && h0 <= 57);
  return (
    (isSubtotalLabel(s) ? FLAG_SUBTOTAL : 0) | (hKey !== '' && !numberLike && headerKey(s) === hKey ? 2 : 0)
  );
}

function noteFlags(ctx: ScanContext, i: number, flags: number): void {
  if (flags & FLAG_SUBTOTAL) ctx.rowFlags[i] |= FLAG_SUBTOTAL;
  if (flags & 2 && ctx.headerHits[i] < 255) ctx.headerHits[i]++;
}

/** A column scan: typed-array results filled block by block by `run(from, to)`. */
export interface Scanner {
  run(from: number, to: number): void;
}

/**
 * Scans a measure column: values × scale (NaN when blank or bad), a state per row and the OK count.
 * @example const s = scanMeasure(ctx, 7, 10000, '销售额'); s.run(0, ctx.n); s.values[0]
 */
export function scanMeasure(
  ctx: ScanContext,
  c: number,
  scale: number,
  header: string,
  decimalComma = false,
) {
  const { grid, start, n, hash } = ctx;
  // Evidence of the column's decimal convention, once per distinct text with a comma.
  const votes: CommaVotes = { decimal: 0, thousands: 0 };
  const values = new Float64Array(n);
  const state = new Uint8Array(n);
  const tally = { ok: 0 };
  const cache = new Map<string, number>();
  const cachedValue: number[] = [];
  const cachedFlags: number[] = [];
  const hKey = headerKey(header);
  const h0 = hKey.charCodeAt(0);
  const numericHeader = h0 >= 48 && h0 <= 57;
  const run = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const row = grid[start + i];
      const v = row ? row[c] : undefined;
      if (typeof v === 'number') {
        // inline fast path: most cells are plain numbers. x − x is 0 only for a finite x: NaN,
        // ±Infinity and an amount that overflows under the header's unit are bad amounts.
        const x = v * scale;
        if (x - x === 0) {
          values[i] = x;
          hash[i] = mix(hash[i], numberHash(v));
        } else {
          values[i] = NaN;
          state[i] = BAD;
        }
        continue;
      }
      if (v === null || v === undefined || v === '') {
        values[i] = NaN;
        state[i] = BLANK;
        continue;
      }
      if (typeof v === 'string') {
        // Plain number text ("12,345.6") is mostly unique: parse it directly, caching it would
        // only fill the cache. (Under a header like "2025" it may be a repeated header: cached path.)
        const comma = v.indexOf(',') >= 0;
        const plain = numericHeader || (decimalComma && comma) ? NaN : plainNumber(v);
        if (plain === plain) {
          // enough evidence long before a million rows: stop voting, keep the loop lean
          if (comma && votes.decimal + votes.thousands < 1000) addCommaVote(votes, v);
          const x = plain * scale;
          values[i] = x;
          hash[i] = mix(hash[i], numberHash(x) ^ 0x5bd1e995);
          continue;
        }
        let k = cache.get(v);
        if (k === undefined) {
          k = cachedValue.length;
          cache.set(v, k);
          const trimmed = v.trim();
          const parsed = trimmed === '' ? NaN : parseAmountText(trimmed, decimalComma);
          addCommaVote(votes, trimmed);
          const x = trimmed === '' ? -0 : hasOwnUnit(trimmed) ? parsed : parsed * scale;
          cachedValue.push(x - x === 0 ? x : NaN); // "1e999" is no amount
          cachedFlags.push(trimmed === '' ? 4 : textFlags(trimmed, hKey));
        }
        const f = cachedFlags[k];
        if (f & 4) {
          values[i] = NaN;
          state[i] = BLANK;
          continue;
        }
        if (f) noteFlags(ctx, i, f);
        const x = cachedValue[k];
        values[i] = x;
        if (x !== x) state[i] = BAD;
        hash[i] = mix(hash[i], numberHash(x) ^ 0x5bd1e995);
        continue;
      }
      values[i] = NaN;
      state[i] = BAD;
    }
    // tally while the block is in cache (completeness without another pass over the column)
    let ok = 0; // a local counter: the loop stays in registers
    for (let i = from; i < to; i++) if (state[i] === OK) ok++;
    tally.ok += ok;
  };
  /**
   * Reads the text cells with commas again in the other convention, once the whole column's
   * evidence is in (the sample guessed the other). Hashes and flags depend on the text: they stay.
   */
  const reread = (comma: boolean): void => {
    const memo = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const row = grid[start + i];
      const v = row ? row[c] : undefined;
      if (typeof v !== 'string' || v.indexOf(',') < 0 || state[i] === BLANK) continue;
      let x = memo.get(v);
      if (x === undefined) {
        const trimmed = v.trim();
        const parsed = parseAmountText(trimmed, comma);
        x = hasOwnUnit(trimmed) ? parsed : parsed * scale;
        if (x - x !== 0) x = NaN;
        memo.set(v, x);
      }
      const was = state[i];
      values[i] = x;
      state[i] = x === x ? OK : BAD;
      if (was !== state[i]) tally.ok += state[i] === OK ? 1 : -1;
    }
  };
  return { values, state, run, tally, votes, reread };
}

/**
 * Scans a date or period column: month index, day, a state per row and the OK count.
 * @example const s = scanDate(ctx, 0, false, '日期'); s.run(0, ctx.n); s.monthIndex[0]
 */
export function scanDate(ctx: ScanContext, c: number, date1904: boolean, header: string, order?: DayOrder) {
  const { grid, start, n, hash } = ctx;
  // Evidence of the column's day order, counted once per distinct text (see date-order.ts).
  const votes = emptyVotes();
  const monthIndex = new Int32Array(n);
  const day = new Uint8Array(n);
  const state = new Uint8Array(n);
  const tally = { ok: 0 };
  const cache = new Map<string, number>();
  const cachedPacked: number[] = [];
  const cachedFlags: number[] = [];
  const hKey = headerKey(header);
  // Direct-mapped cache of integer serials: a sales sheet spans a few thousand distinct days.
  const slotKey = new Float64Array(4096).fill(NaN);
  const slotVal = new Int32Array(4096);
  const run = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const row = grid[start + i];
      const v = row ? row[c] : undefined;
      let packed = -1; // month index * 32 + day, −1 = bad
      if (typeof v === 'number') {
        const slot = v & 4095;
        if (slotKey[slot] === v) packed = slotVal[slot];
        else {
          packed = packedDateNumber(v, date1904);
          slotKey[slot] = v;
          slotVal[slot] = packed;
        }
      } else if (v === null || v === undefined || v === '') {
        state[i] = BLANK;
        continue;
      } else if (typeof v === 'string') {
        let k = cache.get(v);
        if (k === undefined) {
          k = cachedPacked.length;
          cache.set(v, k);
          const trimmed = v.trim();
          const d = trimmed === '' ? null : parseDateText(trimmed, order);
          if (trimmed !== '') addVote(votes, trimmed);
          cachedPacked.push(d ? d.monthIndex * 32 + d.day : -1);
          cachedFlags.push(trimmed === '' ? 4 : textFlags(trimmed, hKey));
        }
        const f = cachedFlags[k];
        if (f & 4) {
          state[i] = BLANK;
          continue;
        }
        if (f) noteFlags(ctx, i, f);
        packed = cachedPacked[k];
      } else if (v instanceof Date) {
        const d = parseDateObject(v);
        packed = d ? d.monthIndex * 32 + d.day : -1;
      }
      if (packed < 0) {
        state[i] = BAD;
        continue;
      }
      monthIndex[i] = packed >> 5;
      day[i] = packed & 31;
      hash[i] = mix(hash[i], packed);
    }
    let ok = 0; // a local counter: the loop stays in registers
    for (let i = from; i < to; i++) if (state[i] === OK) ok++;
    tally.ok += ok;
  };
  /**
   * Reads the text cells again in another day order, once the whole column's evidence is in (the
   * sample guessed another). Row hashes and flags stay: they depend on the text, not on its reading.
   */
  const reread = (next: DayOrder): void => {
    const memo = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const row = grid[start + i];
      const v = row ? row[c] : undefined;
      if (typeof v !== 'string' || state[i] === BLANK) continue;
      let packed = memo.get(v);
      if (packed === undefined) {
        const d = parseDateText(v.trim(), next);
        packed = d ? d.monthIndex * 32 + d.day : -1;
        memo.set(v, packed);
      }
      const was = state[i];
      if (packed < 0) state[i] = BAD;
      else {
        state[i] = OK;
        monthIndex[i] = packed >> 5;
        day[i] = packed & 31;
      }
      if (was !== state[i]) tally.ok += state[i] === OK ? 1 : -1;
    }
  };
  return { monthIndex, day, state, run, tally, votes, reread };
}

/**
 * Display text of a non-string cell in a text column (ids as numbers, dates as ISO days).
 * @example cellText(1001) // '1001'
 */
export function cellText(v: unknown): string {
  if (v instanceof Date) {
    const d = parseDateObject(v);
    if (!d) return '';
    const m = (d.monthIndex % 12) + 1;
    return `${Math.floor(d.monthIndex / 12)}-${m < 10 ? '0' : ''}${m}-${d.day < 10 ? '0' : ''}${d.day}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * Scans a text column into dictionary codes (−1 = blank) and the non-blank count; values are
 * cleaned (half-width, trimmed).
 * @example const s = scanDim(ctx, 1, '区域'); s.run(0, ctx.n); s.values // ['华东', '华南']
 */
export function scanDim(ctx: ScanContext, c: number, header: string) {
  const { grid, start, n, hash } = ctx;
  const codes = new Int32Array(n);
  const tally = { filled: 0 };
  const values: string[] = [];
  // A null-prototype object, not a Map: V8's keyed property lookup on string keys is about a
  // third faster than Map.get here, and this lookup is the ingest's largest single cost.
  const byString = Object.create(null) as Record<string, number | undefined>;
  const byOther = new Map<unknown, number>();
  const byClean = new Map<string, number>();
  const codeFlags: number[] = [];
  // Whether any value so far is a subtotal label or the header: most columns never have one, and
  // their rows then skip the flag lookup.
  let flagged = false;
  const hKey = headerKey(header);
  const encode = (v: unknown): number => {
    const text = cleanText(cellText(v));
    if (text === '') return -1;
    let code = byClean.get(text);
    if (code === undefined) {
      code = values.length;
      values.push(text);
      byClean.set(text, code);
      const f = typeof v === 'string' ? textFlags(text, hKey) : 0;
      codeFlags.push(f);
      if (f !== 0) flagged = true;
    }
    return code;
  };
  let last: unknown = undefined;
  let lastCode = -1;
  const run = (from: number, to: number): void => {
    // locals, not closure slots, in the hot loop
    let prev = last;
    let prevCode = lastCode;
    for (let i = from; i < to; i++) {
      const row = grid[start + i];
      const v = row ? row[c] : undefined;
      let code: number | undefined;
      if (v === prev && v !== undefined)
        code = prevCode; // sorted sheets repeat the cell above
      else if (typeof v === 'string') {
        code = byString[v];
        if (code === undefined) {
          code = encode(v);
          byString[v] = code;
        }
      } else if (v === null || v === undefined) {
        codes[i] = -1;
        hash[i] = mix(hash[i], -1);
        continue;
      } else {
        const key = v instanceof Date ? v.getTime() : v;
        code = byOther.get(key);
        if (code === undefined) {
          code = encode(v);
          byOther.set(key, code);
        }
      }
      prev = v;
      prevCode = code;
      codes[i] = code;
      if (flagged && code >= 0) {
        const f = codeFlags[code];
        if (f) noteFlags(ctx, i, f);
      }
      hash[i] = mix(hash[i], code);
    }
    let filled = 0;
    for (let i = from; i < to; i++) if (codes[i] >= 0) filled++;
    tally.filled += filled;
    last = prev;
    lastCode = prevCode;
  };
  return { codes, values, run, tally };
}

/**
 * Scans a column no role uses: only subtotal labels, repeated headers and the duplicate hash.
 * @example scanOther(ctx, 9, '备注').run(0, ctx.n)
 */
export function scanOther(ctx: ScanContext, c: number, header: string): Scanner {
  const { grid, start, hash } = ctx;
  const cache = new Map<string, number>();
  const hKey = headerKey(header);
  const run = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const row = grid[start + i];
      const v = row ? row[c] : undefined;
      if (typeof v === 'number') hash[i] = mix(hash[i], numberHash(v));
      else if (typeof v === 'string') {
        let f = cache.get(v);
        if (f === undefined) {
          f = textFlags(v.trim(), hKey) | (cache.size << 3);
          cache.set(v, f);
        }
        if (f & 7) noteFlags(ctx, i, f & 7);
        hash[i] = mix(hash[i], f >> 3);
      }
    }
  };
  return { run };
}

/**
 * The amount as quantity × unit price, block by block after both columns' scans (no amount column).
 * A blank factor is a blank amount; a factor that is no number is a bad amount.
 * @example const a = scanProduct(qty, price); a.run(0, ctx.n); a.values[0] // 3 × 12.5
 */
export function scanProduct(
  n: number,
  a: { values: Float64Array; state: Uint8Array },
  b: { values: Float64Array; state: Uint8Array },
) {
  const values = new Float64Array(n);
  const state = new Uint8Array(n);
  const tally = { ok: 0 };
  const run = (from: number, to: number): void => {
    let ok = 0;
    for (let i = from; i < to; i++) {
      const sa = a.state[i];
      const sb = b.state[i];
      if (sa === BLANK || sb === BLANK) {
        values[i] = NaN;
        state[i] = sa === BAD || sb === BAD ? BAD : BLANK;
      } else if (sa === BAD || sb === BAD) {
        values[i] = NaN;
        state[i] = BAD;
      } else {
        const x = a.values[i] * b.values[i];
        values[i] = x;
        if (x - x !== 0) state[i] = BAD;
        else ok++;
      }
    }
    tally.ok += ok;
  };
  // a product has no text of its own to read again: its factors were read in their conventions
  const votes: CommaVotes = { decimal: 0, thousands: 0 };
  return { values, state, run, tally, votes, reread: (_comma: boolean): void => undefined };
}
