/**
 * Measures the core pipeline's cost per row under Node (the basis of COMPUTE_MS_PER_ROW in
 * sheets-addon/server/guard.ts). Run on demand: `npx tsx test/sheets-addon/measure-compute.ts`.
 */
import { runReview } from '../../core/pipeline';
import { defaultSettings } from '../../core/settings/schema';
import { makeDateToSerial, plainGrid } from '../../sheets-addon/server/cells';
import { formatDate } from './fake-spreadsheet-app';
import { salesGrid } from './sales-data';

const perYear = Number(process.argv[2] ?? 100_000);
const toSerial = makeDateToSerial({ formatDate }, 'Asia/Shanghai');
const grid = plainGrid(salesGrid(perYear), toSerial);
const settings = defaultSettings();
runReview(grid.slice(0, 2000), settings); // warm up
const t0 = performance.now();
const result = runReview(grid, settings, { sheet: 'Sales' });
const ms = performance.now() - t0;
if (!result.ok) throw new Error(result.message);
const rows = grid.length - 1;
console.log(
  `${rows} rows: ${ms.toFixed(0)} ms, ${(ms / rows).toFixed(5)} ms/row, ${result.doc.tabs.length} tabs`,
);
