/** How much a grid looks like a sales sheet, to pick the right sheet of a workbook. */
import type { Grid } from './types';
import { detectHeaderRow } from './header';
import { detectRoles } from './roles';
import { isBlank } from './normalize';
import { sampleRows } from './sample';
import { DIMENSION_ROLES } from './types';

/**
 * A score 0..1: amount and date columns found (by header more than by content), dimensions, data rows.
 * @example looksLikeSales([['日期', '客户', '销售额'], [45658, '甲', 100]]) // close to 1
 */
export function looksLikeSales(grid: Grid): number {
  if (!Array.isArray(grid) || grid.length === 0) return 0;
  const headerRow = detectHeaderRow(grid);
  if (headerRow < 0) return 0;
  const headers = (grid[headerRow] ?? []).map((v: unknown) => (isBlank(v) ? '' : String(v)));
  const end = grid.length;
  const sample = sampleRows(grid, headerRow + 1, end);
  const { roles } = detectRoles(headers, sample);
  const weight = (found: boolean, conf: number, w: number) => (found ? w * Math.min(1, 0.4 + conf * 0.6) : 0);
  let score = 0;
  score += weight(!!roles.amount, roles.amount?.confidence ?? 0, 0.4);
  const dateDet = roles.date ?? roles.period;
  score += weight(!!dateDet, dateDet?.confidence ?? 0, 0.3);
  const dims = DIMENSION_ROLES.filter((r) => roles[r]).length;
  score += Math.min(dims, 3) * 0.05;
  const dataRows = sample.filter((r) => r.some((v) => !isBlank(v))).length;
  score += dataRows >= 5 ? 0.15 : dataRows * 0.03;
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
