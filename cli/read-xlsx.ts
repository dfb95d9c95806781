/**
 * .xlsx input with ExcelJS's streaming WorkbookReader (constant memory per row, fine for
 * hundreds of thousands of rows). Values come out as the core expects them: numbers, strings,
 * booleans, Date (date-formatted cells), null; formula cells give their cached result; rich text
 * and hyperlinks give their plain text; errors give their code text ("#N/A"). Merged ranges stay
 * as Excel stores them: the value in the top-left cell, the other cells blank.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../core/table/types';
import type { ProgressEvent } from '../core/host/port';

export interface SheetGrid {
  name: string;
  grid: CellValue[][];
}

/** The streaming reader's worksheet carries its name at runtime; the bundled typings omit it. */
interface NamedWorksheetReader extends AsyncIterable<ExcelJS.Row> {
  name?: string;
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
 * Reads every sheet of a workbook (in workbook order) into grids.
 * @example const sheets = await readXlsxFile('sales.xlsx');
 */
export async function readXlsxFile(
  path: string,
  onProgress?: (e: ProgressEvent) => void,
): Promise<SheetGrid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
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
    sheets.push({ name: ws.name ?? `Sheet${sheets.length + 1}`, grid });
  }
  // The zip may store sheets out of tab order: return them in the workbook's tab order.
  const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  const tabOrder = (model?.sheets ?? []).map((s) => s.name);
  const rank = (name: string): number => {
    const k = tabOrder.indexOf(name);
    return k < 0 ? Number.MAX_SAFE_INTEGER : k;
  };
  return sheets
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.name) - rank(b.s.name) || a.i - b.i)
    .map((x) => x.s);
}
