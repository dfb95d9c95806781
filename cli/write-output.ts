/**
 * Writes the output workbook: a copy of the input with the review tabs added. For .xlsx input
 * the user's package is the base (sheets copied byte for byte); for .csv input the data first
 * becomes a sheet of a new workbook (streamed, so a million rows stay cheap).
 */
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue } from '../core/table/types';
import type { SheetDoc } from '../core/sheetdoc/types';
import type { ProgressEvent } from '../core/host/port';
import { renderSheetDoc } from './render-xlsx';
import { addReviewSheets, plannedNames } from './xlsx-package';

export type OutputBase = { kind: 'xlsx'; path: string } | { kind: 'csv'; sheetName: string; grid: readonly (readonly CellValue[])[] };

/**
 * A valid tab name from a file name: no []:*?/\ and at most 31 characters.
 * @example sheetNameFromFile('sales 2025.csv') // 'sales 2025'
 */
export function sheetNameFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const clean = base.replace(/[[\]:*?/\\]/g, '_').slice(0, 31).trim();
  return clean.length > 0 ? clean : 'Data';
}

/** Writes a grid as the only sheet of a new .xlsx (streaming writer, inline strings). */
async function csvWorkbook(sheetName: string, grid: readonly (readonly CellValue[])[], path: string, onProgress?: (e: ProgressEvent) => void): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet(sheetName);
  for (let i = 0; i < grid.length; i++) {
    ws.addRow(grid[i] as ExcelJS.CellValue[]).commit();
    if (onProgress && (i & 0x3ffff) === 0 && i > 0) onProgress({ stage: 'writing', done: i, total: grid.length });
  }
  ws.commit();
  await wb.commit();
}

/**
 * Writes `out`: the base workbook plus the SheetDoc's tabs (replacing tabs a previous run wrote).
 * Atomic: written to a temporary file first, then renamed. Returns the tab names used.
 * @example await writeReviewWorkbook({ kind: 'xlsx', path: 'in.xlsx' }, doc, 'out.xlsx');
 */
export async function writeReviewWorkbook(base: OutputBase, doc: SheetDoc, out: string, onProgress?: (e: ProgressEvent) => void): Promise<string[]> {
  const tmp = await mkdtemp(join(tmpdir(), 'sales-review-'));
  try {
    const basePath = base.kind === 'xlsx' ? base.path : join(tmp, 'base.xlsx');
    if (base.kind === 'csv') await csvWorkbook(base.sheetName, base.grid, basePath, onProgress);
    const baseZip = await JSZip.loadAsync(await readFile(basePath));
    const names = await plannedNames(baseZip, doc.tabs.map((t) => t.name));
    const wb = renderSheetDoc(doc, names);
    const reviewBuf = await wb.xlsx.writeBuffer({ useSharedStrings: false } as Partial<ExcelJS.XlsxWriteOptions>);
    const reviewZip = await JSZip.loadAsync(reviewBuf as ArrayBuffer);
    await addReviewSheets(baseZip, reviewZip);
    const staged = join(dirname(out), `.${Date.now()}-${process.pid}.sales-review.tmp`);
    await pipeline(
      baseZip.generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, streamFiles: true }),
      createWriteStream(staged),
    );
    await rename(staged, out);
    onProgress?.({ stage: 'done', done: doc.tabs.length, total: doc.tabs.length });
    return names;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
