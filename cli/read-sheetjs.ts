/**
 * .xls (BIFF8: what old Excel and WPS save, still everywhere in Chinese offices; BIFF5 with its
 * code page too) and .ods input, through SheetJS Community Edition 0.20.3 as republished on npm
 * by @e965/xlsx (npm's own `xlsx` package stopped at 0.18.5, which has the published prototype-
 * pollution and ReDoS CVEs fixed in 0.19.3 and 0.20.2). Values come out as .xlsx cells do: a
 * number in a date-formatted cell becomes a Date by the same serial rule (1904 system honoured),
 * errors become their code text, cached formula results are the value, blank rows stay aligned.
 */
import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkBook } from '@e965/xlsx';
import type { CellValue } from '../core/table';
import type { ProgressEvent } from '../core/host';
import { isDateFormat } from './ooxml/date-formats';
import type { SheetGrid } from './read-xlsx';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25569;
const OFFSET_1904 = 1462;

/** Excel's error codes as BIFF stores them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** Built-in format ids that show dates (SheetJS gives the id when a file names no format code). */
function isDateFormatRef(z: string | number | undefined): boolean {
  if (typeof z === 'number')
    return (z >= 14 && z <= 22) || (z >= 27 && z <= 36) || (z >= 45 && z <= 47) || (z >= 50 && z <= 58);
  return typeof z === 'string' && isDateFormat(z);
}

/**
 * One SheetJS cell as the core expects it.
 * @example cellValue({ t: 'n', v: 45658, z: 'yyyy-mm-dd' }, false) // Date 2025-01-01
 */
export function cellValue(cell: CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (!isDateFormatRef(cell.z)) return v;
      return new Date(Math.round((v - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY));
    }
    case 's':
      return cell.v as string;
    case 'b':
      return cell.v as boolean;
    case 'e':
      return ERRORS[cell.v as number] ?? '#N/A';
    case 'd': {
      // Only when a reader hands a date object; SheetJS builds it from local time parts.
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return new Date(
        Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
      );
    }
    default:
      return null;
  }
}

/** The grids of a parsed workbook, in tab order. */
export function gridsOf(wb: WorkBook): SheetGrid[] {
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    const rows = (ws?.['!data'] ?? []) as (CellObject[] | undefined)[];
    const grid: CellValue[][] = [];
    for (let r = 0; r < rows.length; r++) {
      const src = rows[r];
      if (!src) continue;
      let out: CellValue[] | null = null;
      for (let c = 0; c < src.length; c++) {
        const v = cellValue(src[c], date1904);
        if (v === null) continue;
        out ??= [];
        while (out.length < c) out.push(null);
        out[c] = v;
      }
      if (out === null) continue;
      while (grid.length < r) grid.push([]);
      grid[r] = out;
    }
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return { name, grid, ...(hidden ? { hidden: true } : {}) };
  });
}

/**
 * Reads every sheet of an .xls or .ods workbook (in tab order) into grids.
 * @example const sheets = await readSheetjsFile('销售.xls');
 */
export async function readSheetjsFile(
  path: string,
  onProgress?: (e: ProgressEvent) => void,
): Promise<SheetGrid[]> {
  const bytes = await readFile(path);
  onProgress?.({ stage: 'reading', done: 0, total: 1 });
  // SheetJS reports some ODS format conditions it does not model with console.error; they are
  // not errors of the data, and the CLI's stderr is for the user's messages only.
  const consoleError = console.error;
  console.error = () => undefined;
  let wb: WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellText: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } finally {
    console.error = consoleError;
  }
  onProgress?.({ stage: 'reading', done: 1, total: 1 });
  return gridsOf(wb);
}
