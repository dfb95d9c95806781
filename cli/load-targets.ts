/**
 * The targets of `--targets file[:sheet]`: the sheet of another file that holds them (named, else
 * the one that looks like targets, else the first). Every engine reads them the same way: the
 * in-core review, DuckDB and a warehouse's results.
 */
import type { Grid } from '../core/table';
import { findSheet, loadInput, pickTargetSheet } from './load-input';
import type { CliMessage } from './messages';

export type LoadedTargets = { ok: true; grid: Grid; sheet: string } | { ok: false; message: CliMessage };

/**
 * Reads the targets sheet of a --targets file.
 * @example await loadTargets({ file: 'plan.xlsx', sheet: null }) // { ok: true, grid, sheet: '目标' }
 */
export async function loadTargets(targets: { file: string; sheet: string | null }): Promise<LoadedTargets> {
  const t = await loadInput(targets.file);
  if (!t.ok) {
    const { ok: _ok, ...message } = t;
    return { ok: false, message: message as CliMessage };
  }
  const sheets = t.input.sheets;
  const ts =
    targets.sheet !== null ? findSheet(sheets, targets.sheet) : (pickTargetSheet(sheets, '') ?? sheets[0]);
  if (!ts)
    return {
      ok: false,
      message: {
        code: 'SHEET_NOT_FOUND',
        params: {
          sheet: targets.sheet ?? '',
          file: targets.file,
          sheets: sheets.map((s) => s.name).join(', '),
        },
      },
    };
  return { ok: true, grid: ts.grid, sheet: ts.name };
}
