/**
 * The bundled demo workbook (examples/sales-2025.xlsx) as Excel holds it: every sheet's cells in a
 * FakeExcel, dates as the serial numbers Excel's `values` gives.
 */
import { join } from 'node:path';
import { readXlsxFile } from '../../../cli/read-xlsx';
import { FakeExcel } from '../fake-excel';

const DEMO = join(__dirname, '..', '..', '..', 'examples', 'sales-2025.xlsx');
const EPOCH = Date.UTC(1899, 11, 30);

/** A cell as Excel's `values` reports it (a Date read from the file becomes its serial). */
function excelValue(v: unknown): string | number | boolean | null {
  if (v instanceof Date) return (v.getTime() - EPOCH) / 86_400_000;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/**
 * A workbook holding the demo's sheets (销售明细, 目标).
 * @example const xl = await demoWorkbook(); xl.sheets.map((s) => s.name) // ['销售明细', '目标']
 */
export async function demoWorkbook(): Promise<FakeExcel> {
  const sheets = await readXlsxFile(DEMO);
  const xl = new FakeExcel(sheets.map((s) => s.name));
  sheets.forEach((s, i) => xl.sheets[i].setGrid(s.grid.map((row) => row.map(excelValue))));
  return xl;
}
