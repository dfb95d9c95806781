/**
 * .xlsx input with ExcelJS's streaming WorkbookReader (constant memory per row, fine for
 * hundreds of thousands of rows). Values come out as the core expects them: numbers, strings,
 * booleans, Date (date-formatted cells), null; formula cells give their cached result; rich text
 * and hyperlinks give their plain text; errors give their code text ("#N/A"). Merged ranges stay
 * as Excel stores them: the value in the top-left cell, the other cells blank.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { partPath, relsOf, sheetsOf } from './xlsx-package';
import type { CellValue } from '../core/table/types';
import type { ProgressEvent } from '../core/host/port';

export interface SheetGrid {
  name: string;
  grid: CellValue[][];
}

/** The streaming reader's worksheet carries its name at runtime; the bundled typings omit it. */
interface NamedWorksheetReader extends AsyncIterable<ExcelJS.Row> {
  name?: string;
  id?: number | string;
}

/**
 * Maps one ExcelJS cell value to a grid value.
 * @example plainValue({ formula: 'A1*2', result: 4 }) // 4
 */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) return plainValue(o.result);
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    }
    if ('error' in o) return String(o.error);
    if ('text' in o) return plainValue(o.text);
  }
  return null;
}

/**
 * The tabs of a workbook in order, with the number N of their xl/worksheets/sheetN.xml part
 * (the streaming reader only names sheets whose relationship target it recognises).
 */
async function tabIndex(path: string): Promise<{
  tabs: { name: string; partNo: number | null }[];
  normalized: Buffer | null;
}> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const wb = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (wb === undefined || rels === undefined) throw new Error('not an .xlsx workbook');
  const byId = new Map(relsOf(rels).map((r) => [r.id, partPath(r.target)]));
  const tabs = sheetsOf(wb).map((s) => {
    const m = /sheet(\d+)\.xml$/.exec(byId.get(s.rid) ?? '');
    return { name: s.name, partNo: m ? Number(m[1]) : null };
  });
  // ExcelJS's streaming reader only understands targets relative to xl/ ("worksheets/sheet1.xml");
  // with absolute ones ("/xl/worksheets/sheet1.xml", written by some tools) it parses sheets
  // before the workbook part and fails on date cells. Rewrite them in a copy, never in the file.
  if (!/Target="\/xl\//.test(rels)) return { tabs, normalized: null };
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/Target="\/xl\//g, 'Target="'));
  return { tabs, normalized: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}

/**
 * Reads every sheet of a workbook (in workbook order) into grids.
 * @example const sheets = await readXlsxFile('sales.xlsx');
 */
export async function readXlsxFile(
  path: string,
  onProgress?: (e: ProgressEvent) => void,
): Promise<SheetGrid[]> {
  const { tabs, normalized } = await tabIndex(path);
  const input = normalized ? Readable.from([normalized]) : path;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const sheets: SheetGrid[] = [];
  let total = 0;
  for await (const wsRaw of reader) {
    const ws = wsRaw as unknown as NamedWorksheetReader;
    const grid: CellValue[][] = [];
    for await (const row of ws) {
      const values = row.values as unknown[];
      const out: CellValue[] = new Array(Math.max(0, values.length - 1)).fill(null);
      for (let c = 1; c < values.length; c++) out[c - 1] = plainValue(values[c]);
      // Rows may be missing from the file (blank): keep the grid aligned to sheet rows.
      while (grid.length < row.number - 1) grid.push([]);
      grid.push(out);
      total++;
      if (onProgress && (total & 0xffff) === 0) onProgress({ stage: 'reading', done: total, total: total });
    }
    // A name the reader could not resolve falls back to its part number (sheetN.xml → N).
    const known = tabs.find((t) => t.name === ws.name) ?? tabs.find((t) => t.partNo === Number(ws.id));
    sheets.push({ name: known?.name ?? ws.name ?? `Sheet${sheets.length + 1}`, grid });
  }
  // The zip may store sheets out of tab order: return them in the workbook's tab order.
  const rank = (name: string): number => {
    const k = tabs.findIndex((t) => t.name === name);
    return k < 0 ? Number.MAX_SAFE_INTEGER : k;
  };
  return sheets
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.name) - rank(b.s.name) || a.i - b.i)
    .map((x) => x.s);
}
