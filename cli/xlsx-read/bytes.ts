/**
 * Byte-level helpers for scanning SpreadsheetML parts without building a tree: bounded search,
 * text decoding (UTF-8 over whole elements, XML entities, OOXML's _xHHHH_ escapes), the rich-text
 * rule (runs joined, phonetic runs left out), and a reusable buffer that joins inflated chunks so
 * each scan sees whole elements.
 */

/**
 * The index of `needle` in `buf` within [from, to), or -1. A plain loop: for the short spans
 * inside one cell, where Buffer#indexOf would run on past the span to the end of the buffer.
 * @example find(Buffer.from('<c><v>1</v></c>'), Buffer.from('<v'), 0, 15) // 3
 */
export function find(buf: Buffer, needle: Buffer, from: number, to: number): number {
  const first = needle[0];
  const n = needle.length;
  // inline scan for performance
  outer: for (let i = from; i <= to - n; i++) {
    if (buf[i] !== first) continue;
    for (let j = 1; j < n; j++) if (buf[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A name ends at whitespace, '>' or '/': so "<c" does not match "<cols". */
export function endsName(b: number): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(_m: string, e: string): string {
  if (e.charCodeAt(0) !== 35) return NAMED[e];
  const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * The text of bytes [a, b) of an element's content: UTF-8 (the span holds whole characters, as
 * it lies between two tags), line ends normalised as XML requires, entities and _xHHHH_ decoded.
 * @example decodeText(Buffer.from('a &amp; b_x000D_'), 0, 16) // 'a & b\r'
 */
export function decodeText(buf: Buffer, a: number, b: number): string {
  let s = buf.toString('utf8', a, b);
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, entity);
  if (s.indexOf('_x') >= 0)
    s = s.replace(OOXML_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** The tags a scanner looks for, with the part's namespace prefix ("x:" or ""). */
export interface Tags {
  open: (local: string) => Buffer;
  close: (local: string) => Buffer;
}

/**
 * Tag byte patterns for a prefix.
 * @example tags('x:').open('row').toString() // '<x:row'
 */
export function tags(prefix: string): Tags {
  return {
    open: (local) => Buffer.from(`<${prefix}${local}`, 'latin1'),
    close: (local) => Buffer.from(`</${prefix}${local}>`, 'latin1'),
  };
}

/** Rich-text patterns of one prefix: runs' <t>, phonetic runs <rPh> (left out of the text). */
export interface RichTags {
  t: Buffer;
  tEnd: Buffer;
  rPh: Buffer;
  rPhEnd: Buffer;
}

/**
 * The rich-text patterns for a prefix.
 * @example richTags('').t.toString() // '<t'
 */
export function richTags(prefix: string): RichTags {
  const t = tags(prefix);
  return { t: t.open('t'), tEnd: t.close('t'), rPh: t.open('rPh'), rPhEnd: t.close('rPh') };
}

/**
 * The plain text of a string item's content [a, b) (<si> or <is>): every <t>, in order, except
 * those of phonetic runs — what Excel shows in the cell.
 * @example richText(Buffer.from('<r><t>上海</t></r><r><t>恒达</t></r>'), 0, 30, richTags('')) // '上海恒达'
 */
export function richText(buf: Buffer, a: number, b: number, rt: RichTags): string {
  let out = '';
  let k = a;
  for (;;) {
    const t = find(buf, rt.t, k, b);
    if (t < 0) break;
    if (!endsName(buf[t + rt.t.length])) {
      k = t + 1;
      continue;
    }
    const ph = find(buf, rt.rPh, k, t);
    if (ph >= 0) {
      const phEnd = find(buf, rt.rPhEnd, ph, b);
      if (phEnd < 0) break;
      k = phEnd + rt.rPhEnd.length;
      continue;
    }
    const te = buf.indexOf(0x3e, t);
    if (te < 0 || te >= b) break;
    if (buf[te - 1] === 0x2f) {
      k = te + 1;
      continue;
    }
    const tc = find(buf, rt.tEnd, te, b);
    if (tc < 0) break;
    out += decodeText(buf, te + 1, tc);
    k = tc + rt.tEnd.length;
  }
  return out;
}

/**
 * The namespace prefix of a part's root element ("x:" for <x:worksheet>, "" for <worksheet>).
 * @example rootPrefix(Buffer.from('<?xml version="1.0"?><x:sst xmlns:x="…">')) // 'x:'
 */
export function rootPrefix(buf: Buffer): string {
  let i = 0;
  for (;;) {
    i = buf.indexOf(0x3c, i);
    if (i < 0 || i + 1 >= buf.length) return '';
    const next = buf[i + 1];
    if (next !== 0x3f && next !== 0x21) break;
    i++;
  }
  let j = i + 1;
  while (j < buf.length && !endsName(buf[j])) j++;
  const name = buf.toString('latin1', i + 1, j);
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/**
 * Joins inflated chunks in one reused buffer: push a chunk, scan up to a cut, keep the rest for
 * the next chunk (no fresh allocation per chunk once the buffer has grown to fit).
 */
export class Joiner {
  buf = Buffer.allocUnsafe(1 << 22);
  length = 0;

  /** Appends a chunk. */
  push(chunk: Buffer): void {
    if (this.length + chunk.length > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + chunk.length));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    chunk.copy(this.buf, this.length);
    this.length += chunk.length;
  }

  /** Drops the bytes before `cut` (they have been scanned). */
  consume(cut: number): void {
    this.buf.copyWithin(0, cut, this.length);
    this.length -= cut;
  }

  /**
   * Where complete elements end: the start of the last `open` tag in the buffer (everything
   * before it is whole), or 0 when there is none yet.
   */
  cutBefore(open: Buffer): number {
    let i = this.buf.lastIndexOf(open, this.length - open.length);
    while (i > 0 && i + open.length < this.length && !endsName(this.buf[i + open.length]))
      i = this.buf.lastIndexOf(open, i - 1);
    return Math.max(0, i);
  }
}
