/**
 * Writes the output workbook: a copy of the input with the review tabs added. For .xlsx input
 * the user's package is the base (sheets copied byte for byte); for .csv input the data first
 * becomes the first sheet of a new workbook (sheet XML written directly, so a million rows stay cheap).
 */
import { readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue } from '../core/table/types';
import type { SheetDoc } from '../core/sheetdoc/types';
import type { ProgressEvent } from '../core/host/port';
import { renderSheetDoc } from './render-xlsx';
import { addReviewSheets, plannedNames } from './xlsx-package';
import { sheetXmlChunks, SharedStrings } from './sheet-xml';
import { writeZip, type ZipEntry } from './zip-writer';

export type OutputBase =
  | { kind: 'xlsx'; path: string }
  | { kind: 'csv'; sheetName: string; grid: readonly (readonly CellValue[])[] };

/**
 * A valid tab name from a file name: no []:*?/\ and at most 31 characters.
 * @example sheetNameFromFile('sales 2025.csv') // 'sales 2025'
 */
export function sheetNameFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const clean = base
    .replace(/[[\]:*?/\\]/g, '_')
    .slice(0, 31)
    .trim();
  return clean.length > 0 ? clean : 'Data';
}

/** Rows an Excel sheet holds. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Display width of a value in Excel character units (CJK counts double). */
function textWidth(v: CellValue): number {
  if (v === null || v === undefined) return 0;
  const s = v instanceof Date ? '2025-01-01' : String(v);
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x2e80 ? 2 : 1;
  return w;
}

/** A package: the zip model plus large parts kept as raw buffers (never copied through JSZip). */
interface Pkg {
  zip: JSZip;
  raw: Map<string, () => Iterable<Buffer>>;
}

/** A new package holding the grid as its only sheet (sheet XML written directly: fast for 10^6 rows). */
async function csvPackage(sheetName: string, all: readonly (readonly CellValue[])[]): Promise<Pkg> {
  // A CSV longer than a sheet cannot be copied (Excel would truncate it); the review still covers every row.
  const grid = all.length > MAX_SHEET_ROWS ? [] : all;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheetName);
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const widths: number[] = [];
  for (const row of grid.slice(0, 200))
    row.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 8, Math.min(40, textWidth(v) + 2))));
  const sst = new SharedStrings();
  const raw = new Map<string, () => Iterable<Buffer>>();
  // Placeholders keep the part names taken in the zip model; the data stays in `raw`.
  zip.file('xl/worksheets/sheet1.xml', '');
  zip.file('xl/sharedStrings.xml', '');
  // Generated while written: the sheet first, then the strings it collected.
  raw.set('xl/worksheets/sheet1.xml', () =>
    sheetXmlChunks(
      grid,
      sst,
      Array.from(widths, (w) => w ?? 8),
    ),
  );
  raw.set('xl/sharedStrings.xml', () => [sst.toXml()]);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (rels === undefined || types === undefined) throw new Error('ExcelJS wrote an incomplete package');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdSrSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
  );
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
  );
  return { zip, raw };
}

/** Every part of a package, [Content_Types].xml first, uncompressed. */
async function entriesOf({ zip, raw }: Pkg): Promise<ZipEntry[]> {
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const out: ZipEntry[] = [];
  for (const name of names) {
    const chunks = raw.get(name);
    out.push(chunks ? { name, chunks } : { name, data: await zip.files[name].async('nodebuffer') });
  }
  return out;
}

/**
 * Writes `out`: the base workbook plus the SheetDoc's tabs (replacing tabs a previous run wrote).
 * Atomic: written to a temporary file first, then renamed. Returns the tab names used.
 * @example await writeReviewWorkbook({ kind: 'xlsx', path: 'in.xlsx' }, doc, 'out.xlsx');
 */
export async function writeReviewWorkbook(
  base: OutputBase,
  doc: SheetDoc,
  out: string,
  onProgress?: (e: ProgressEvent) => void,
): Promise<string[]> {
  const staged = join(dirname(out), `.${process.pid}-${Date.now()}.sales-review.tmp`);
  try {
    onProgress?.({ stage: 'writing', done: 0, total: doc.tabs.length });
    const pkg: Pkg =
      base.kind === 'xlsx'
        ? { zip: await JSZip.loadAsync(await readFile(base.path)), raw: new Map() }
        : await csvPackage(base.sheetName, base.grid);
    const baseZip = pkg.zip;
    const names = await plannedNames(
      baseZip,
      doc.tabs.map((t) => t.name),
    );
    const wb = renderSheetDoc(doc, names);
    const reviewBuf = await wb.xlsx.writeBuffer();
    const reviewZip = await JSZip.loadAsync(reviewBuf as ArrayBuffer);
    const tabs = new Map(
      doc.tabs.map((t, i) => [names[i], { charts: t.charts, printTitleRows: t.freeze.rows }] as const),
    );
    await addReviewSheets(baseZip, reviewZip, { tabs, lang: doc.lang });
    await writeZip(staged, await entriesOf(pkg));
    await rename(staged, out);
    onProgress?.({ stage: 'done', done: doc.tabs.length, total: doc.tabs.length });
    return names;
  } finally {
    await rm(staged, { force: true });
  }
}
