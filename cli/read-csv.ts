/**
 * CSV input: bytes → text (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 — what
 * Chinese Excel saves as "CSV") → grid, RFC 4180 quoting, delimiter sniffed (, ; tab |).
 * A file is read in 4 MB blocks into one reused buffer, decoded as a stream (a character split
 * between blocks is completed by the next) and parsed record by record, so neither the whole file
 * nor its whole text is ever held at once.
 */
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { CellValue } from '../core/table';
import type { ProgressEvent } from '../core/host';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
}

/** The encoding a file's first bytes announce (a BOM), with the BOM's length; null when none. */
function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A streaming decoder: `write` returns the text of whole characters so far. */
interface Decoder {
  write(bytes: Uint8Array, last: boolean): string;
}

function decoderFor(encoding: CsvEncoding): Decoder {
  if (encoding === 'gb18030') {
    const d = iconv.getDecoder('gb18030');
    return {
      write: (b, last) =>
        d.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength)) + (last ? (d.end() ?? '') : ''),
    };
  }
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // Plain UTF-8 is a guess: fatal, so a GBK file fails over to GB18030.
  const d = new TextDecoder(label, { fatal: encoding === 'utf-8', ignoreBOM: true });
  return { write: (b, last) => d.decode(b, { stream: !last }) };
}

/**
 * Decodes CSV bytes: BOM first, then strict UTF-8, else GB18030 (a superset of GBK and GB2312).
 * @example decodeCsvBytes(Buffer.from('a,b')).encoding // 'utf-8'
 */
export function decodeCsvBytes(bytes: Uint8Array): CsvText {
  const bom = bomOf(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  if (bom) return { text: decoderFor(bom.encoding).write(body, true), encoding: bom.encoding };
  try {
    return { text: decoderFor('utf-8').write(body, true), encoding: 'utf-8' };
  } catch {
    return { text: decoderFor('gb18030').write(body, true), encoding: 'gb18030' };
  }
}

/**
 * Picks the delimiter from the first lines: the candidate found most consistently per line.
 * @example sniffDelimiter('a;b;c\n1;2;3') // ';'
 */
export function sniffDelimiter(text: string): string {
  const lines = text
    .slice(0, 65536)
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .slice(0, 20);
  let best = ',';
  let bestScore = 0;
  for (const d of [',', '\t', ';', '|']) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length - 1);
    const score = counts.length > 0 ? Math.min(...counts) * 1000 + counts.reduce((a, b) => a + b, 0) : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Plain decimal numbers (an optional minus, no leading zeros, no separators, at most 15 integer
 * digits) become numbers, as a spreadsheet opening the CSV would do; codes like "00123", "1e3"
 * and "1,234.50" stay text. Up to 15 digits in all are read in place (an exact integer divided by
 * an exact power of ten rounds once, as Number() does); longer ones go through Number().
 * @example toCell('12.5') // 12.5
 */
export function toCell(s: string): CellValue {
  const n = s.length;
  if (n === 0) return null;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 45) {
    if (n === 1) return s;
    c = s.charCodeAt(++i);
  }
  if (c < 48 || c > 57) return s;
  // inline scan for performance
  let v = 0;
  let digits = 0;
  let intDigits = 0;
  let scale = 0;
  let dot = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      if (dot < 0) intDigits++;
      else scale++;
    } else if (c === 46 && dot < 0) dot = i;
    else return s;
  }
  const first = s.charCodeAt(s.charCodeAt(0) === 45 ? 1 : 0);
  if (intDigits > 15 || (first === 48 && intDigits > 1) || dot === n - 1) return s;
  if (digits > 15) return Number(s);
  const r = scale === 0 ? v : v / POW10[scale];
  return s.charCodeAt(0) === 45 ? -r : r;
}

const INTERN_MAX = 100_000;

/**
 * An incremental RFC 4180 parser: quoted fields, doubled quotes, CR/LF/CRLF, newlines inside
 * quotes. Empty fields are null; empty lines are empty rows (the core reports them as blank rows).
 */
export class CsvParser {
  readonly rows: CellValue[][] = [];
  private readonly d: number;
  /**
   * Per column, one string object per distinct text (regions, products, customers repeat on
   * every row): a million rows then hold a few thousand strings instead of millions, which
   * halves the garbage collector's work. A column of mostly distinct text (order numbers) stops
   * being interned once it passes INTERN_MAX distinct values.
   */
  private readonly interned: (Map<string, string> | null)[] = [];

  constructor(delimiter = ',') {
    this.d = delimiter.charCodeAt(0);
  }

  private cell(s: string, col: number): CellValue {
    const v = toCell(s);
    if (typeof v !== 'string') return v;
    let m = this.interned[col];
    if (m === undefined) m = this.interned[col] = new Map();
    if (m === null) return v;
    const known = m.get(v);
    if (known !== undefined) return known;
    if (m.size >= INTERN_MAX) this.interned[col] = null;
    else m.set(v, v);
    return v;
  }

  /**
   * Parses the records of `text`; unless `final`, a record not yet ended (it may go on in the
   * next block) is left: returns where it starts, for the caller to carry over.
   * @example new CsvParser().feed('a,b\n1', false) // 4 (rows: [['a', 'b']])
   */
  feed(text: string, final: boolean): number {
    const rows = this.rows;
    const n = text.length;
    const d = this.d;
    let i = 0;
    // inline scan for performance: one pass, charCodeAt, slices only at field ends
    while (i < n) {
      const start = i;
      const row: CellValue[] = [];
      let ended = false;
      for (;;) {
        let c = text.charCodeAt(i);
        if (c === 34) {
          let field = '';
          let j = i + 1;
          let closed = false;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q < 0 || (q === n - 1 && !final)) break;
            if (text.charCodeAt(q + 1) === 34) {
              field += text.slice(j, q + 1);
              j = q + 2;
              continue;
            }
            field += text.slice(j, q);
            i = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) return start;
            // An unterminated quote takes the rest of the text (non-conforming writers).
            field += text.slice(j);
            i = n;
          }
          // Tolerate stray characters after a closing quote: keep them.
          let k = i;
          while (k < n) {
            const e = text.charCodeAt(k);
            if (e === d || e === 10 || e === 13) break;
            k++;
          }
          if (k > i) field += text.slice(i, k);
          i = k;
          row.push(this.cell(field, row.length));
        } else {
          let j = i;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === d || c === 10 || c === 13) break;
            j++;
          }
          row.push(j > i ? this.cell(text.slice(i, j), row.length) : null);
          i = j;
        }
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (c === d) {
          i++;
          if (i >= n) {
            if (!final) return start;
            row.push(null);
            break;
          }
          continue;
        }
        // A CR at the end of a block may be the first half of a CRLF.
        if (c === 13 && i + 1 >= n && !final) return start;
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        ended = true;
        break;
      }
      if (!ended && !final) return start;
      rows.push(row.length === 1 && row[0] === null ? [] : row);
      // Empty lines: empty rows, staying at the start of a record.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) break;
        if (c === 13 && i + 1 >= n && !final) return i;
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        rows.push([]);
      }
    }
    return n;
  }
}

/**
 * Parses CSV text.
 * @example parseCsv('a,"b,""c"""\n1,2') // [['a', 'b,"c"'], [1, 2]]
 */
export function parseCsv(text: string, delimiter = ','): CellValue[][] {
  const p = new CsvParser(delimiter);
  p.feed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, true);
  return p.rows;
}

export interface CsvRead {
  grid: CellValue[][];
  encoding: CsvEncoding;
  delimiter: string;
}

/** Bytes read per block: big enough to amortise the calls, small enough to stay in cache-friendly memory. */
const BLOCK = 4 << 20;

class NotUtf8 extends Error {}

/** Reads, decodes and parses a file in one pass with one encoding (throws NotUtf8 for a wrong UTF-8 guess). */
async function parseFile(
  path: string,
  encoding: CsvEncoding,
  skip: number,
  onBytes: (done: number, total: number) => void,
  block: number,
): Promise<CsvRead> {
  const fh = await open(path, 'r');
  try {
    const total = (await fh.stat()).size;
    const decoder = decoderFor(encoding);
    const buf = Buffer.allocUnsafe(block);
    let pos = skip;
    let carry = '';
    let parser: CsvParser | null = null;
    let delimiter = ',';
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, block, pos);
      pos += bytesRead;
      const last = bytesRead === 0 || pos >= total;
      let text: string;
      try {
        text = carry + decoder.write(buf.subarray(0, bytesRead), last);
      } catch {
        throw new NotUtf8();
      }
      if (parser === null) {
        // The delimiter is sniffed from the first block (64 KB of it is enough).
        if (!last && text.length < 65536 && pos - skip < 1 << 20) {
          carry = text;
          continue;
        }
        delimiter = sniffDelimiter(text);
        parser = new CsvParser(delimiter);
      }
      const used = parser.feed(text, last);
      carry = text.slice(used);
      onBytes(pos, total);
      if (last) break;
    }
    return { grid: parser?.rows ?? [], encoding, delimiter };
  } finally {
    await fh.close();
  }
}

/**
 * Reads a CSV file into a grid, reporting progress (bytes read) for large files.
 * @example const { grid, encoding } = await readCsvFile('sales.csv');
 */
export async function readCsvFile(
  path: string,
  onProgress?: (e: ProgressEvent) => void,
  block = BLOCK,
): Promise<CsvRead> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(4);
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  const report = (done: number, total: number): void => onProgress?.({ stage: 'reading', done, total });
  const bom = bomOf(head);
  if (bom) return parseFile(path, bom.encoding, bom.length, report, block);
  try {
    return await parseFile(path, 'utf-8', 0, report, block);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    return parseFile(path, 'gb18030', 0, report, block);
  }
}
