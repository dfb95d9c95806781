/**
 * Writes the output workbook: a copy of the input with the review tabs added. For .xlsx input
 * the user's package is the base (its parts copied as stored, not recompressed); for .csv input
 * the data first becomes the first sheet of a new package (sheet XML written directly, so a
 * million rows stay cheap).
 */
import { readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CellValue } from '../core/table';
import type { SheetDoc } from '../core/sheetdoc';
import type { ProgressEvent } from '../core/host';
import { renderSheetDoc } from './render-xlsx';
import { addReviewSheets, plannedNames } from './xlsx-package';
import { sheetXmlChunks, SharedStrings } from './sheet-xml';
import { openZip, writeZip } from './zip';
import { parseWorkbook, renderRels, renderWorkbook } from './ooxml';
import { renderContentTypes } from './ooxml/content-types-part';
import { OoxmlPackage } from './xlsx-write/package';
import { CT, openEdit } from './xlsx-write/workbook-edit';

/** The package the review is added to: the user's workbook, or a new one for a CSV (its rows as a data sheet, or none). */
export type OutputBase =
  | { kind: 'xlsx'; path: string }
  | { kind: 'csv'; sheetName: string; grid: readonly (readonly CellValue[])[] | null };

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

/**
 * A CSV's rows are copied into the workbook by default up to this many cells (about 200,000 rows
 * of 10 columns): writing them costs about 1 s per 2 million cells on a 2-core machine, and the
 * review itself reads the CSV, not the copy. --with-data copies more, --no-data none.
 */
export const CSV_DATA_AUTO_MAX_CELLS = 2_000_000;

export type CsvDataPlan =
  { copy: true } | { copy: false; why: 'asked' | 'over-sheet' | 'too-big'; cells: number };

/**
 * Whether a CSV's rows go into the workbook as a data sheet.
 * @example csvDataPlan([['a', 1]], 'auto') // { copy: true }
 */
export function csvDataPlan(
  grid: readonly (readonly CellValue[])[],
  choice: 'auto' | 'with' | 'without',
): CsvDataPlan {
  let cells = 0;
  for (let r = 0; r < grid.length; r++) cells += grid[r].length;
  if (choice === 'without') return { copy: false, why: 'asked', cells };
  // A CSV longer than a sheet cannot be copied (Excel would truncate it); the review still covers every row.
  if (grid.length > MAX_SHEET_ROWS) return { copy: false, why: 'over-sheet', cells };
  if (choice === 'auto' && cells > CSV_DATA_AUTO_MAX_CELLS) return { copy: false, why: 'too-big', cells };
  return { copy: true };
}

/** Display width of a value in Excel character units (CJK counts double). */
function textWidth(v: CellValue): number {
  if (v === null || v === undefined) return 0;
  const s = v instanceof Date ? '2025-01-01' : String(v);
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x2e80 ? 2 : 1;
  return w;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A new package holding the grid as its only sheet, or no sheet (sheet XML written directly: fast for 10^6 rows). */
function csvPackage(sheetName: string, grid: readonly (readonly CellValue[])[] | null): OoxmlPackage {
  const pkg = new OoxmlPackage();
  pkg.set(
    '[Content_Types].xml',
    renderContentTypes({
      defaults: [
        { extension: 'rels', contentType: 'application/vnd.openxmlformats-package.relationships+xml' },
        { extension: 'xml', contentType: 'application/xml' },
      ],
      overrides: [
        {
          partName: '/xl/workbook.xml',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        },
        ...(grid
          ? [
              { partName: '/xl/worksheets/sheet1.xml', contentType: CT.worksheet },
              { partName: '/xl/sharedStrings.xml', contentType: CT.sharedStrings },
            ]
          : []),
      ],
    }),
  );
  pkg.set(
    '_rels/.rels',
    renderRels({ rels: [{ id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml' }] }),
  );
  const workbook = parseWorkbook(
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  );
  if (grid) workbook.sheets = [{ name: sheetName, sheetId: 1, relId: 'rId1', state: 'visible' }];
  pkg.set('xl/workbook.xml', renderWorkbook(workbook));
  pkg.set(
    'xl/_rels/workbook.xml.rels',
    renderRels({
      rels: grid
        ? [
            { id: 'rId1', type: `${REL}/worksheet`, target: 'worksheets/sheet1.xml' },
            { id: 'rId2', type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' },
          ]
        : [],
    }),
  );
  if (!grid) return pkg;
  const widths: number[] = [];
  for (const row of grid.slice(0, 200))
    row.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 8, Math.min(40, textWidth(v) + 2))));
  const sst = new SharedStrings();
  // Generated while written: the sheet first, then the strings it collected.
  pkg.set('xl/worksheets/sheet1.xml', () =>
    sheetXmlChunks(
      grid,
      sst,
      Array.from(widths, (w) => w ?? 8),
    ),
  );
  pkg.set('xl/sharedStrings.xml', () => [sst.toXml()]);
  return pkg;
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
    const pkg =
      base.kind === 'xlsx'
        ? OoxmlPackage.fromZip(openZip(await readFile(base.path)))
        : csvPackage(base.sheetName, base.grid);
    const names = plannedNames(
      openEdit(pkg).workbook,
      doc.tabs.map((t) => t.name),
    );
    // Stored, not deflated: the review workbook is only unpacked again here (its parts are
    // compressed once, by writeZip).
    const rendered = await renderSheetDoc(doc, names).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    const review = openZip(Buffer.from(rendered));
    const tabs = new Map(
      doc.tabs.map((t, i) => [names[i], { charts: t.charts, printTitleRows: t.freeze.rows }] as const),
    );
    addReviewSheets(pkg, review, { tabs, lang: doc.lang });
    const entries = pkg.entries();
    await writeZip(staged, entries, (done, total) =>
      onProgress?.({ stage: 'writing', done: doc.tabs.length + done, total: doc.tabs.length + total }),
    );
    await rename(staged, out);
    onProgress?.({ stage: 'done', done: 1, total: 1 });
    return names;
  } finally {
    await rm(staged, { force: true });
  }
}
