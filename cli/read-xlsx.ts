/**
 * .xlsx input: the package's zip entries streamed through Node's zlib, the shared strings and the
 * sheets scanned as bytes (whole elements only, so no character is ever split), the styles and the
 * workbook index parsed as XML. Values come out as the core expects them (see xlsx-read/sheet-rows).
 * Merged ranges stay as Excel stores them: the value in the top-left cell, the other cells blank.
 */
import { readFile } from 'node:fs/promises';
import type { CellValue } from '../core/table';
import type { ProgressEvent } from '../core/host';
import { openZip } from './zip';
import { dateStyles } from './ooxml';
import { partEntry, partText, workbookIndex } from './xlsx-read/workbook-index';
import { scanEntry } from './xlsx-read/scan-entry';
import { SharedStringItems } from './xlsx-read/shared-strings';
import { SheetRows } from './xlsx-read/sheet-rows';

export interface SheetGrid {
  name: string;
  grid: CellValue[][];
  /** Hidden (or very hidden) in the workbook: never picked as the sales sheet on its own. */
  hidden?: boolean;
}

/**
 * Reads every worksheet of a workbook (in tab order) into grids; chart sheets are left out.
 * Progress is reported as compressed bytes read of the parts scanned.
 * @example const sheets = await readXlsxFile('sales.xlsx');
 */
export async function readXlsxFile(
  path: string,
  onProgress?: (e: ProgressEvent) => void,
): Promise<SheetGrid[]> {
  const zip = openZip(await readFile(path));
  const index = workbookIndex(zip);
  const stylesPath = index.partOfType('styles');
  const stylesXml = stylesPath === null ? null : partText(zip, stylesPath);
  const sstPath = index.partOfType('sharedStrings');
  const sstEntry = sstPath === null ? undefined : partEntry(zip, sstPath);
  const sheetParts = index.tabs
    .filter((t) => t.kind === 'worksheet' && t.path !== null)
    .map((t) => ({ tab: t, entry: partEntry(zip, t.path ?? '') }));
  const total = [sstEntry, ...sheetParts.map((s) => s.entry)].reduce(
    (n, e) => n + (e?.compressedSize ?? 0),
    0,
  );
  let before = 0;
  const report = (consumed: number): void =>
    onProgress?.({ stage: 'reading', done: before + consumed, total: Math.max(1, total) });

  const sharedStrings = sstEntry
    ? (await scanEntry(zip, sstEntry, (p) => new SharedStringItems(p), report)).items
    : [];
  before += sstEntry?.compressedSize ?? 0;
  const ctx = {
    sharedStrings,
    dateStyles: stylesXml === null ? new Uint8Array(0) : dateStyles(stylesXml),
    date1904: index.workbook.date1904,
  };
  const sheets: SheetGrid[] = [];
  for (const { tab, entry } of sheetParts) {
    const grid = entry ? (await scanEntry(zip, entry, (p) => new SheetRows(p, ctx), report)).grid : [];
    before += entry?.compressedSize ?? 0;
    sheets.push({ name: tab.ref.name, grid, ...(tab.ref.state !== 'visible' ? { hidden: true } : {}) });
  }
  return sheets;
}
