/**
 * A grid as worksheet XML, written directly (no per-cell objects) so a million CSV rows become a
 * sheet in seconds. Strings are shared strings (never formulas), numbers are numbers.
 */
import type { CellValue } from '../core/table';
import { colLetter } from './render-xlsx';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

// XML 1.0 forbids most control characters; keep tab, LF, CR.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Escapes text for an XML element.
 * @example xmlText('a<b') // 'a&lt;b'
 */
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Shared strings collected while writing a sheet: each distinct text stored once. */
export class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  /** The index of a string, adding it on first use. */
  add(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  /** The sharedStrings.xml part. */
  toXml(): Buffer {
    const parts: Buffer[] = [];
    let chunk = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.items.length}">`;
    for (const s of this.items) {
      chunk += /^\s|\s$/.test(s)
        ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>`
        : `<si><t>${xmlText(s)}</t></si>`;
      if (chunk.length > 1 << 20) {
        parts.push(Buffer.from(chunk, 'utf8'));
        chunk = '';
      }
    }
    parts.push(Buffer.from(`${chunk}</sst>`, 'utf8'));
    return Buffer.concat(parts);
  }
}

/**
 * Worksheet XML for a grid in ~1 MB chunks (ragged rows fine; empty rows omitted); text goes to
 * `sst` (shared strings are never formulas). Chunks let the writer compress while rows are made.
 * @example Buffer.concat([...sheetXmlChunks([['a', 1]], new SharedStrings())]).toString().includes('<v>1</v>') // true
 */
export function* sheetXmlChunks(
  grid: readonly (readonly CellValue[])[],
  sst: SharedStrings,
  colWidths: readonly number[] = [],
): Generator<Buffer> {
  const width = grid.reduce((m, r) => Math.max(m, r.length), 0);
  const cols = Array.from({ length: width }, (_, c) => colLetter(c));
  let chunk = HEAD;
  if (width > 0) chunk += `<dimension ref="A1:${cols[width - 1]}${Math.max(1, grid.length)}"/>`;
  if (colWidths.length > 0) {
    chunk += `<cols>${colWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  }
  chunk += '<sheetData>';
  yield Buffer.from(chunk, 'utf8');
  const refs = cols.map((c) => `<c r="${c}`);
  // inline loop for performance: one string per row, joined and encoded per ~1 MB block
  // (the text lives in the shared strings, so the sheet XML is pure ASCII).
  const block: string[] = [];
  let size = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (row.length === 0) continue;
    const n = String(r + 1);
    let cells = '<row r="' + n + '">';
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        cells += refs[c] + n + '"><v>' + v + '</v></c>';
      } else if (typeof v === 'string') {
        cells += refs[c] + n + '" t="s"><v>' + sst.add(v) + '</v></c>';
      } else if (typeof v === 'boolean') {
        cells += refs[c] + n + '" t="b"><v>' + (v ? 1 : 0) + '</v></c>';
      } else {
        cells += refs[c] + n + '" t="s"><v>' + sst.add(v.toISOString().slice(0, 10)) + '</v></c>';
      }
      any = true;
    }
    if (!any) continue;
    cells += '</row>';
    block.push(cells);
    size += cells.length;
    if (size > 1 << 20) {
      yield Buffer.from(block.join(''), 'latin1');
      block.length = 0;
      size = 0;
    }
  }
  block.push('</sheetData></worksheet>');
  yield Buffer.from(block.join(''), 'latin1');
}
