/**
 * Worksheet rows → grid, scanned from the bytes of complete <row> elements. Values as the core
 * expects them: numbers, text (shared, inline — rich text as plain text — or a formula's string
 * result), booleans, Date for a number in a date-formatted cell, error codes as text ("#N/A"),
 * null for empty cells. Formula cells give their cached result. Rows stay aligned with sheet rows
 * (a missing or empty row is an empty array), and a styled but empty tail adds nothing.
 */
import type { CellValue } from '../../core/table';
import { decodeText, endsName, find, richTags, richText, tags, type RichTags } from './bytes';

/** What the cells of a sheet refer to. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** One flag per style index: 1 when the style shows a date. */
  dateStyles: Uint8Array;
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** The 1904 system counts from 1904-01-01: 1462 days later. */
const OFFSET_1904 = 1462;

// Cell types (the t= attribute), by their first byte and length.
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

function cellType(buf: Buffer, a: number, b: number): number {
  const c = buf[a];
  const n = b - a;
  if (c === 0x73) return n === 1 ? T_SHARED : T_STR; // s, str
  if (c === 0x69) return T_INLINE; // inlineStr
  if (c === 0x62) return T_BOOL; // b
  if (c === 0x65) return T_ERROR; // e
  if (c === 0x64) return T_DATE; // d
  return T_NUMBER; // n
}

function uint(buf: Buffer, a: number, b: number): number {
  let v = 0;
  for (let i = a; i < b; i++) v = v * 10 + (buf[i] - 48);
  return v;
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A number's text as Number() reads it. Plain decimals of up to 15 digits are read in place: the
 * digits form an exact integer and dividing by an exact power of ten rounds once, correctly.
 */
function decimal(buf: Buffer, a: number, b: number): number {
  let i = a;
  const neg = buf[i] === 0x2d;
  if (neg) i++;
  let v = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < b; i++) {
    const ch = buf[i];
    if (ch >= 0x30 && ch <= 0x39) {
      v = v * 10 + (ch - 0x30);
      digits++;
      if (dot) scale++;
    } else if (ch === 0x2e && !dot) dot = true;
    else return Number(buf.toString('latin1', a, b));
  }
  if (digits === 0 || digits > 15) return Number(buf.toString('latin1', a, b));
  const r = scale === 0 ? v : v / POW10[scale];
  return neg ? -r : r;
}
/** An ISO 8601 date of a t="d" cell; a time without a zone is read as UTC, like serials are. */
function isoDate(s: string): Date | string {
  const d = new Date(/T[^Z+-]*$/.test(s) ? `${s}Z` : s);
  return Number.isNaN(d.getTime()) ? s : d;
}

/** Scans the rows of one worksheet into a grid, region by region. */
export class SheetRows {
  readonly grid: CellValue[][] = [];
  private rowIndex = -1;
  private readonly rowOpen: Buffer;
  private readonly rowClose: Buffer;
  private readonly cOpen: Buffer;
  private readonly cClose: Buffer;
  private readonly vOpen: Buffer;
  private readonly vClose: Buffer;
  private readonly isOpen: Buffer;
  private readonly isClose: Buffer;
  private readonly rich: RichTags;
  private readonly dayOffset: number;

  constructor(
    readonly prefix: string,
    private readonly ctx: SheetContext,
  ) {
    const t = tags(prefix);
    this.rowOpen = t.open('row');
    this.rowClose = t.close('row');
    this.cOpen = t.open('c');
    this.cClose = t.close('c');
    this.vOpen = t.open('v');
    this.vClose = t.close('v');
    this.isOpen = t.open('is');
    this.isClose = t.close('is');
    this.rich = richTags(prefix);
    this.dayOffset = ctx.date1904 ? EPOCH_1900 - OFFSET_1904 : EPOCH_1900;
  }

  /** The pattern that starts a row: a region may be cut before it. */
  get cutTag(): Buffer {
    return this.rowOpen;
  }

  /**
   * Scans the rows in buf[start, end) (whole rows only; anything else is skipped).
   * @example rows.scan(buf, 0, cut)
   */
  scan(buf: Buffer, start: number, end: number): void {
    const open = this.rowOpen;
    let i = start;
    // inline scan for performance: tags found by byte search, attributes read in place
    for (;;) {
      const r = buf.indexOf(open, i);
      if (r < 0 || r >= end) return;
      const nameEnd = r + open.length;
      if (!endsName(buf[nameEnd])) {
        i = nameEnd;
        continue;
      }
      const te = buf.indexOf(0x3e, nameEnd);
      if (te < 0 || te >= end) return;
      const num = this.attrUint(buf, nameEnd, te, 0x72);
      this.rowIndex = num > 0 ? num - 1 : this.rowIndex + 1;
      if (buf[te - 1] === 0x2f) {
        i = te + 1;
        continue;
      }
      const rc = buf.indexOf(this.rowClose, te);
      if (rc < 0 || rc >= end) return;
      this.cells(buf, te + 1, rc);
      i = rc + this.rowClose.length;
    }
  }

  /** A one-letter attribute's unsigned value in a tag, or 0 (r= of a row). */
  private attrUint(buf: Buffer, a: number, b: number, letter: number): number {
    for (let k = a; k < b - 3; k++) {
      if (
        buf[k] === letter &&
        buf[k + 1] === 0x3d &&
        (buf[k - 1] === 0x20 || buf[k - 1] === 0x09 || buf[k - 1] === 0x0a)
      ) {
        const q = buf[k + 2];
        const e = buf.indexOf(q, k + 3);
        return e < 0 || e > b ? 0 : uint(buf, k + 3, e);
      }
    }
    return 0;
  }

  private cells(buf: Buffer, from: number, to: number): void {
    let row: CellValue[] | null = null;
    let col = -1;
    let k = from;
    const cOpen = this.cOpen;
    for (;;) {
      const c = find(buf, cOpen, k, to);
      if (c < 0) break;
      const nameEnd = c + cOpen.length;
      if (!endsName(buf[nameEnd])) {
        k = nameEnd;
        continue;
      }
      const te = buf.indexOf(0x3e, nameEnd);
      if (te < 0 || te >= to) break;
      // Attributes: r (reference), t (type), s (style).
      let ref = -1;
      let type = T_NUMBER;
      let style = 0;
      for (let p = nameEnd; p < te; p++) {
        const ch = buf[p];
        if (buf[p + 1] !== 0x3d || !(buf[p - 1] === 0x20 || buf[p - 1] === 0x09 || buf[p - 1] === 0x0a))
          continue;
        const q = buf[p + 2];
        const vs = p + 3;
        const ve = buf.indexOf(q, vs);
        if (ch === 0x72) {
          let n = 0;
          for (let x = vs; x < ve; x++) {
            const l = buf[x];
            if (l >= 0x41 && l <= 0x5a) n = n * 26 + (l - 0x40);
            else if (l >= 0x61 && l <= 0x7a) n = n * 26 + (l - 0x60);
            else break;
          }
          ref = n - 1;
        } else if (ch === 0x74) type = cellType(buf, vs, ve);
        else if (ch === 0x73) style = uint(buf, vs, ve);
        p = ve;
      }
      col = ref >= 0 ? ref : col + 1;
      if (buf[te - 1] === 0x2f) {
        k = te + 1;
        continue;
      }
      const ce = find(buf, this.cClose, te, to);
      const cellEnd = ce < 0 ? to : ce;
      const v = this.value(buf, te + 1, cellEnd, type, style);
      k = ce < 0 ? to : ce + this.cClose.length;
      if (v === null) continue;
      if (row === null) row = [];
      while (row.length < col) row.push(null);
      row[col] = v;
    }
    if (row === null) return;
    const grid = this.grid;
    while (grid.length < this.rowIndex) grid.push([]);
    if (grid.length === this.rowIndex) grid.push(row);
    else grid[this.rowIndex] = row;
  }

  private value(buf: Buffer, a: number, b: number, type: number, style: number): CellValue {
    if (type === T_INLINE) {
      const is = find(buf, this.isOpen, a, b);
      if (is >= 0) {
        const ie = find(buf, this.isClose, is, b);
        return richText(buf, is, ie < 0 ? b : ie, this.rich);
      }
    }
    const v = find(buf, this.vOpen, a, b);
    if (v < 0) return null;
    const vte = buf.indexOf(0x3e, v + this.vOpen.length);
    if (vte < 0 || vte >= b || buf[vte - 1] === 0x2f) return null;
    const ve = find(buf, this.vClose, vte, b);
    if (ve < 0) return null;
    const s = vte + 1;
    switch (type) {
      case T_SHARED:
        return this.ctx.sharedStrings[uint(buf, s, ve)] ?? null;
      case T_BOOL:
        return buf[s] === 0x31 || buf[s] === 0x74;
      case T_STR:
      case T_INLINE:
      case T_ERROR:
        return decodeText(buf, s, ve);
      case T_DATE:
        return isoDate(decodeText(buf, s, ve));
      default: {
        if (ve === s) return null;
        const n = decimal(buf, s, ve);
        if (Number.isNaN(n)) return decodeText(buf, s, ve);
        if (this.ctx.dateStyles[style] === 1) return new Date(Math.round((n - this.dayOffset) * MS_PER_DAY));
        return n;
      }
    }
  }
}
