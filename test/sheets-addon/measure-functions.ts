/**
 * Measures one SALES_REVENUE call the way Apps Script runs it: the built project loaded fresh
 * into a vm (each custom-function call is its own execution, so nothing is cached), the range
 * as Sheets passes it (Dates in the spreadsheet's zone). The basis of the size docs/sheets.md
 * states for the whole-table formulas. Run on demand:
 * `npx tsx test/sheets-addon/measure-functions.ts [rowsPerYear=50000]` (two years of rows).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSheets } from '../../sheets-addon/build';
import { createFakeGas } from './fake-spreadsheet-app';
import { loadProject } from './load-project';
import { salesGrid } from './sales-data';

async function main(): Promise<void> {
  const perYear = Number(process.argv[2] ?? 50_000);
  const out = mkdtempSync(join(tmpdir(), 'measure-functions-'));
  try {
    await buildSheets({ outDir: out, sidebar: false });
    const grid = salesGrid(perYear);
    const cells = grid.length * grid[0].length;
    loadProject(out, createFakeGas()).SALES_REVENUE(salesGrid(2000), 2025); // warm up
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      // a fresh execution: project loaded again, the range copied as Sheets hands a new one
      const p = loadProject(out, createFakeGas({ timeZone: 'Asia/Shanghai' }));
      const range = grid.map((r) => [...r]);
      const t0 = performance.now();
      p.SALES_REVENUE(range, 2025);
      times.push(performance.now() - t0);
    }
    const ms = [...times].sort((a, b) => a - b)[1];
    const rows = grid.length - 1;
    console.log(
      `${rows} rows × ${grid[0].length} columns (${cells} cells): SALES_REVENUE ${ms.toFixed(0)} ms a call ` +
        `(${((ms / rows) * 1000).toFixed(2)} µs a row; runs ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

void main();
