/**
 * CSV input: bytes → text (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 — what
 * Chinese Excel saves as "CSV") → grid, RFC 4180 quoting, delimiter sniffed (, ; tab).
 */
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { CellValue } from '../core/table/types';
import type { ProgressEvent } from '../core/host/port';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
}

/**
 * Decodes CSV bytes: BOM first, then strict UTF-8, else GB18030 (a superset of GBK and GB2312).
 * @example decodeCsvBytes(Buffer.from('a,b')).encoding // 'utf-8'
 */
export function decodeCsvBytes(bytes: Uint8Array): CsvText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'),
      encoding: 'gb18030',
    };
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

/** Plain decimal numbers (no leading zeros, no separators) become numbers, as a spreadsheet opening the CSV would do; codes like "00123" stay text. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

function toCell(s: string): CellValue {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45) {
    if (PLAIN_NUMBER.test(s)) return Number(s);
  }
  return s;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CR/LF/CRLF, newlines inside quotes).
 * Empty fields are null; empty lines are empty rows (the core reports them as blank rows).
 * @example parseCsv('a,"b,""c"""\n1,2') // [['a', 'b,"c"'], [1, 2]]
 */
export function parseCsv(text: string, delimiter = ',', onRows?: (rows: number) => void): CellValue[][] {
  const rows: CellValue[][] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row: CellValue[] = [];
  // inline scan for performance: one pass, charCodeAt, slices only at field ends
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 34) {
      let field = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        field += text.slice(j, q);
        i = q + 1;
        break;
      }
      // Tolerate stray characters after a closing quote (non-conforming writers): keep them.
      let k = i;
      while (k < n) {
        const e = text.charCodeAt(k);
        if (e === d || e === 10 || e === 13) break;
        k++;
      }
      if (k > i) field += text.slice(i, k);
      i = k;
      row.push(toCell(field));
    } else {
      let j = i;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === d || c === 10 || c === 13) break;
        j++;
      }
      row.push(j > i ? toCell(text.slice(i, j)) : null);
      i = j;
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) row.push(null);
      continue;
    }
    // end of record
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row.length === 1 && row[0] === null ? [] : row);
    row = [];
    if (onRows && (rows.length & 0x3ffff) === 0) onRows(rows.length);
    // An empty line: emit an empty row and stay at the start of a record.
    while (i < n && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) {
      i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      rows.push([]);
    }
  }
  if (row.length > 0) rows.push(row.length === 1 && row[0] === null ? [] : row);
  return rows;
}

export interface CsvRead {
  grid: CellValue[][];
  encoding: CsvEncoding;
  delimiter: string;
}

/**
 * Reads a CSV file into a grid, reporting progress (rows parsed) for large files.
 * @example const { grid, encoding } = await readCsvFile('sales.csv');
 */
export async function readCsvFile(path: string, onProgress?: (e: ProgressEvent) => void): Promise<CsvRead> {
  const bytes = await readFile(path);
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = sniffDelimiter(text);
  const estimate = Math.max(1, Math.round(bytes.length / 80));
  const grid = parseCsv(
    text,
    delimiter,
    onProgress
      ? (done) => onProgress({ stage: 'reading', done, total: Math.max(done, estimate) })
      : undefined,
  );
  return { grid, encoding, delimiter };
}
