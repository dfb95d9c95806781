/** Lists the visible worksheets with their used-range sizes (all used ranges in one round trip). */
import type { SheetInfo } from '../core/host/port';
import type { RunFn, SettingsBag } from './office-env';
import { ownedIds, readOwned } from './owned-registry';

/**
 * Two round trips whatever the number of sheets: the list, then every used range together.
 * @example const sheets = await listSheets(Excel.run, Office.context.document.settings);
 */
export function listSheets(run: RunFn, settings: SettingsBag): Promise<SheetInfo[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/id,items/visibility');
    const active = ctx.workbook.worksheets.getActiveWorksheet();
    active.load('id');
    await ctx.sync();
    const visible = sheets.items.filter((s) => s.visibility === 'Visible');
    const used = visible.map((s) => {
      const r = s.getUsedRangeOrNullObject(true);
      r.load('rowCount,columnCount');
      return r;
    });
    await ctx.sync();
    const owned = ownedIds(readOwned(settings), visible);
    return visible.map((s, i) => ({
      name: s.name,
      rows: used[i].isNullObject ? 0 : used[i].rowCount,
      cols: used[i].isNullObject ? 0 : used[i].columnCount,
      isActive: s.id === active.id,
      owned: owned.has(s.id),
    }));
  });
}
