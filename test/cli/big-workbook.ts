/**
 * A generated Chinese workbook big enough to cross every chunk boundary a streaming reader has:
 * a shared-strings part over 2 MB (every string distinct: customer names, remarks, text amounts
 * such as 12.3456万, text dates such as 2024年9月14日), a sheet of inline strings, and a sheet part
 * over 16 MB. The parts are written directly (no spreadsheet library), so the strings are exactly
 * the ones the test compares against.
 */
import { writeZip } from '../../cli/zip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Deterministic CJK text (U+4E00–U+9FA5, three UTF-8 bytes each) from a seeded LCG. */
function cjk(seed: { s: number }, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    seed.s = (Math.imul(seed.s, 1664525) + 1013904223) >>> 0;
    out += String.fromCharCode(0x4e00 + (seed.s % (0x9fa5 - 0x4e00)));
  }
  return out;
}

export const BIG_HEADER = ['订单日期', '客户名称', '区域', '销售额', '备注'];
const REGIONS = ['华东', '华南', '华北', '西南'];

/** The rows of the sales sheet: text dates, distinct customers and remarks, text amounts in 万. */
export function bigRows(n: number, seedValue: number): string[][] {
  const seed = { s: seedValue };
  const rows: string[][] = [BIG_HEADER];
  for (let i = 0; i < n; i++) {
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    rows.push([
      `2024年${month}月${day}日`,
      `客户${cjk(seed, 6)}${i}有限公司`,
      REGIONS[i % REGIONS.length],
      `${(1 + i / 10000).toFixed(4)}万`,
      `备注：${cjk(seed, 40)}，第${i}行。`,
    ]);
  }
  return rows;
}

const col = (c: number): string => String.fromCharCode(65 + c);

function sharedSheet(rows: readonly string[][], index: Map<string, number>): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>`;
  rows.forEach((row, r) => {
    xml += `<row r="${r + 1}">`;
    row.forEach((v, c) => {
      let k = index.get(v);
      if (k === undefined) index.set(v, (k = index.size));
      xml += `<c r="${col(c)}${r + 1}" t="s"><v>${k}</v></c>`;
    });
    xml += '</row>';
  });
  return `${xml}</sheetData></worksheet>`;
}

function inlineSheet(rows: readonly string[][]): string[] {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>`,
  ];
  rows.forEach((row, r) => {
    parts.push(
      `<row r="${r + 1}">${row.map((v, c) => `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`,
    );
  });
  parts.push('</sheetData></worksheet>');
  return parts;
}

/** Sizes of the generated parts, so the test can say it covered what it claims. */
export interface BigWorkbook {
  shared: string[][];
  inline: string[][];
  huge: string[][];
  sharedStringsBytes: number;
  hugeSheetBytes: number;
}

/**
 * Writes the workbook to `path`: sheets 销售明细 (shared strings), 内联 (inline strings), 大表 (inline, > 16 MB).
 * @example const wb = await writeBigWorkbook('/tmp/big.xlsx');
 */
export async function writeBigWorkbook(path: string): Promise<BigWorkbook> {
  const shared = bigRows(12_000, 7);
  const inline = bigRows(3_000, 11);
  const huge = bigRows(62_000, 13);
  const index = new Map<string, number>();
  const sheet1 = sharedSheet(shared, index);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" uniqueCount="${index.size}">${[
    ...index.keys(),
  ]
    .map((s) => `<si><t>${esc(s)}</t></si>`)
    .join('')}</sst>`;
  // About 1 MB per chunk: the writer deflates each chunk on its own.
  const hugeParts: Buffer[] = [];
  let block = '';
  for (const s of inlineSheet(huge)) {
    block += s;
    if (block.length > 1 << 19) {
      hugeParts.push(Buffer.from(block, 'utf8'));
      block = '';
    }
  }
  hugeParts.push(Buffer.from(block, 'utf8'));
  const sheets = ['销售明细', '内联', '大表'];
  const entries = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join(
            '',
          )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets
          .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join(
            '',
          )}<Relationship Id="rId9" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/sharedStrings.xml', data: Buffer.from(sst, 'utf8') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet1, 'utf8') },
    { name: 'xl/worksheets/sheet2.xml', data: Buffer.from(inlineSheet(inline).join(''), 'utf8') },
    { name: 'xl/worksheets/sheet3.xml', chunks: () => hugeParts },
  ];
  await writeZip(path, entries);
  return {
    shared,
    inline,
    huge,
    sharedStringsBytes: Buffer.byteLength(sst, 'utf8'),
    hugeSheetBytes: hugeParts.reduce((n, b) => n + b.length, 0),
  };
}
