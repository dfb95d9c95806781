/**
 * The demo workbook's 销售明细 sheet as a host hands it (test helper): written by
 * examples/generate.ts and read back by the CLI's reader, so the grid has the sample's title row,
 * subtotal row, text amounts and refunds, and dates as the reader gives them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxFile } from '../../../cli/read-xlsx';
import { writeSample } from '../../../examples/generate';
import type { Grid } from '../../../core/table/types';

/**
 * The demo's sales grid (written to a temporary folder, read, and the folder removed).
 * @example const grid = await demoGrid();
 */
export async function demoGrid(): Promise<Grid> {
  const dir = mkdtempSync(join(tmpdir(), 'demo-grid-'));
  try {
    const path = join(dir, 'sales-2025.xlsx');
    await writeSample(path);
    const [sales] = await readXlsxFile(path);
    return sales.grid;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
